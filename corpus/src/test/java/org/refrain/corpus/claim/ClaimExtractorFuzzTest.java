package org.refrain.corpus.claim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fuzzes the claims extractor on any texts: it never throws, and a claim's evidence is text taken
 * from one of the texts searched.
 */
class ClaimExtractorFuzzTest {

  private final ClaimExtractor extractor = new ClaimExtractor();

  @FuzzTest(maxDuration = "2m")
  void extract(FuzzedDataProvider data) {
    List<String> texts = new ArrayList<>();
    int n = data.consumeInt(1, 4);
    for (int i = 0; i < n; i++) {
      texts.add(data.consumeString(600));
    }
    Optional<Claim> claim = extractor.extract(texts);
    claim.ifPresent(
        c -> assertTrue(texts.stream().anyMatch(t -> t.contains(c.evidence())), c.evidence()));
  }
}
