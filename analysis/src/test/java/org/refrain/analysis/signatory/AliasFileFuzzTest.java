package org.refrain.analysis.signatory;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import java.io.StringReader;
import java.util.List;

/**
 * Fuzzes reading an alias file: any text is a list of rules or an {@link AliasFileException} whose
 * message names the file; no other exception, and no rule without names.
 */
class AliasFileFuzzTest {

  @FuzzTest(maxDuration = "90s")
  void parse(@NotNull String text) {
    try {
      List<AliasRule> rules = AliasFile.parse(new StringReader(text), "fuzz.csv");
      rules.forEach(r -> assertNotNull(r));
    } catch (AliasFileException e) {
      assertTrue(e.getMessage().startsWith("fuzz.csv"), e.getMessage());
    }
  }
}
