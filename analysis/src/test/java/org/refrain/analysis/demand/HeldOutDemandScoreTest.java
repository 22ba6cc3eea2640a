package org.refrain.analysis.demand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.refrain.analysis.annotate.AnnotatedLetter;
import org.refrain.analysis.annotate.OpenNlpAnnotator;
import org.refrain.corpus.Corpus;
import org.refrain.corpus.CorpusReader;

/**
 * Scores the tagger on four letters of the genre written for this test by someone who saw only the
 * demands' descriptions, never the patterns, with a gold judged by hand ({@code heldout/gold.csv}):
 * the measure of how the bundled taxonomy does on letters it was not written from. Printed; the
 * floor is below the sample corpus's, as it should be.
 */
class HeldOutDemandScoreTest {

  @Test
  void heldOutLettersScoreAtLeastNinetyPercentOnPresenceAndEightyFiveOnStrength() throws Exception {
    Corpus corpus = CorpusReader.create().read(letters());
    assertEquals(4, corpus.letters().size(), corpus.diagnostics().toString());
    List<AnnotatedLetter> annotated =
        corpus.letters().stream().map(OpenNlpAnnotator.shared()::annotate).toList();
    DemandResult result = DemandTagger.of(Taxonomy.bundled()).tag(annotated);
    GoldScore score = GoldScore.of("heldout/gold.csv", result);
    System.out.println("Demand tagging, held-out letters: " + score);
    score.disagreements.forEach((k, v) -> System.out.println("  " + k + ": " + v));
    assertEquals(60, GoldScore.read("heldout/gold.csv").size());
    assertTrue(score.precision() >= 0.9, score.toString());
    assertTrue(score.recall() >= 0.9, score.toString());
    assertTrue(score.strengthAccuracy() >= 0.85, score.toString());
  }

  @Test
  void thePressReleasesAboutParagraphIsNotItsBody() throws Exception {
    Corpus corpus = CorpusReader.create().read(letters());
    var release =
        corpus.letters().stream()
            .filter(l -> l.id().contains("press-release"))
            .findFirst()
            .orElseThrow();
    assertTrue(
        release.paragraphs().stream().noneMatch(p -> p.text().startsWith("About the coalition")),
        release.paragraphs().toString());
    assertTrue(release.paragraphs().stream().anyMatch(p -> p.text().contains("urged")));
  }

  private static List<Path> letters() throws URISyntaxException, java.io.IOException {
    Path dir = Path.of(HeldOutDemandScoreTest.class.getResource("heldout").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
  }
}
