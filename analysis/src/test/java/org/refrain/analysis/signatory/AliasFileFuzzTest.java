package org.refrain.analysis.signatory;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.StringReader;
import java.util.List;

/**
 * Fuzzes reading an alias file: any text is a list of rules or an {@link AliasFileException} whose
 * message names the file; no other exception, and no rule without names.
 */
class AliasFileFuzzTest {

  @FuzzTest(maxDuration = "90s")
  void parse(byte[] bytes) {
    // Raw bytes, so the committed seeds are read as the files they are.
    String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    try {
      List<AliasRule> rules = AliasFile.parse(new StringReader(text), "fuzz.csv");
      rules.forEach(r -> assertNotNull(r));
    } catch (AliasFileException e) {
      assertTrue(e.getMessage().startsWith("fuzz.csv"), e.getMessage());
    }
  }
}
