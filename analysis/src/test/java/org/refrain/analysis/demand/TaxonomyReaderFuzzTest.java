package org.refrain.analysis.demand;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;

/**
 * Fuzzes reading a taxonomy file: any text is a taxonomy or a {@link TaxonomyException} whose
 * one-line message names the file; no other exception.
 */
class TaxonomyReaderFuzzTest {

  @FuzzTest(maxDuration = "90s")
  void read(@NotNull String text) {
    try {
      Taxonomy taxonomy = TaxonomyReader.read(text, "fuzz.yaml");
      assertTrue(taxonomy != null);
    } catch (TaxonomyException e) {
      assertTrue(e.getMessage().startsWith("fuzz.yaml"), e.getMessage());
      assertFalse(e.getMessage().isBlank());
    }
  }
}
