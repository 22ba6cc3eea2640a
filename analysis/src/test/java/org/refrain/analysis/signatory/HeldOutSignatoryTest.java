package org.refrain.analysis.signatory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.refrain.analysis.SampleLetters;
import org.refrain.corpus.CorpusReader;
import org.refrain.corpus.Letter;

/**
 * Resolution on four held-out letters (161 mentions, written by a helper who never saw the rules,
 * with their own traps) resolved together with the sample corpus. The helper's gold ({@code
 * heldout/gold.csv}) and its links into the sample ({@code heldout/bundled-links.csv}) are joined
 * with the sample gold into one clustering of all 433 mentions.
 */
class HeldOutSignatoryTest {

  @Test
  void pairwisePrecisionAndRecallOnSampleAndHeldOutLetters() throws Exception {
    List<Letter> letters = new ArrayList<>(SampleLetters.letters());
    letters.addAll(CorpusReader.create().read(heldOutFiles()).letters());
    SignatoryResolution resolved = SignatoryResolver.create().resolve(letters);
    SignatoryGold gold = joinedGold();
    assertEquals(433, gold.rows.size());
    SignatoryGold.Score score = gold.score(resolved);
    System.out.println("sample + held-out signatory resolution: " + score);
    assertTrue(score.precision() >= 0.97, score.toString());
    assertTrue(score.recall() >= 0.97, score.toString());
    assertTrue(score.falseMerges().isEmpty(), score.toString());
  }

  /** Sample rows take the helper's slug where the helper linked their entity. */
  private static SignatoryGold joinedGold() {
    SignatoryGold sample = SignatoryGold.load("gold.csv");
    SignatoryGold links = SignatoryGold.load("heldout/bundled-links.csv");
    Map<String, String> helperSlug = new HashMap<>();
    Map<String, String> sampleEntity = new HashMap<>();
    sample.rows.forEach(r -> sampleEntity.put(r.key(), r.entity()));
    for (SignatoryGold.Row link : links.rows) {
      String previous = helperSlug.put(sampleEntity.get(link.key()), link.entity());
      if (previous != null && !previous.equals(link.entity())) {
        throw new AssertionError("two helper slugs for one sample entity: " + link);
      }
    }
    List<SignatoryGold.Row> rows = new ArrayList<>();
    for (SignatoryGold.Row row : sample.rows) {
      String slug = helperSlug.get(row.entity());
      rows.add(
          new SignatoryGold.Row(
              row.letter(),
              row.index(),
              row.name(),
              slug != null ? "h:" + slug : "s:" + row.entity()));
    }
    for (SignatoryGold.Row row : SignatoryGold.load("heldout/gold.csv").rows) {
      rows.add(new SignatoryGold.Row(row.letter(), row.index(), row.name(), "h:" + row.entity()));
    }
    return SignatoryGold.of(rows);
  }

  private static List<Path> heldOutFiles() throws URISyntaxException, java.io.IOException {
    Path dir = Path.of(HeldOutSignatoryTest.class.getResource("heldout").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }
}
