package org.refrain.analysis.demand;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes reading a taxonomy file: any text is a taxonomy or a {@link TaxonomyException} whose
 * one-line message names the file; no other exception.
 */
class TaxonomyReaderFuzzTest {

  @FuzzTest(maxDuration = "90s")
  @DictionaryEntries({
    "extends: bundled",
    "remove:",
    "asks:",
    "directives:",
    "obligations:",
    "list-leads:",
    "demands:",
    "- id: ",
    "label: ",
    "patterns:",
    "exclude:",
    "examples:",
    "counterexamples:",
    "phrase: ",
    "regex: ",
    "  - "
  })
  void read(byte[] bytes) {
    // Raw bytes, so the committed seeds are read as the files they are.
    String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    try {
      Taxonomy taxonomy = TaxonomyReader.read(text, "fuzz.yaml");
      assertTrue(taxonomy != null);
    } catch (TaxonomyException e) {
      assertTrue(e.getMessage().startsWith("fuzz.yaml"), e.getMessage());
      assertFalse(e.getMessage().isBlank());
    }
  }
}
