package org.refrain.corpus.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.refrain.corpus.clean.CleanText;
import org.refrain.corpus.clean.TextNormalizer;

/**
 * Fuzzes reading any bytes as a text, Markdown or HTML document, then cleaning it: reading never
 * throws (a bad file is a {@link ReadResult.Failed}), a read text is not blank, and the cleaned
 * text keeps no control character and maps back into the read text.
 */
class DocumentReaderFuzzTest {

  private static final String[] NAMES = {"f.txt", "f.md", "f.html"};
  private final DocumentReader reader = new DocumentReader();
  private final TextNormalizer normalizer = new TextNormalizer();

  @FuzzTest(maxDuration = "4m")
  void read(FuzzedDataProvider data) {
    String name = NAMES[data.consumeInt(0, NAMES.length - 1)];
    ReadResult result = reader.read(name, data.consumeRemainingAsBytes());
    if (result instanceof ReadResult.Failed failed) {
      assertEquals(name, failed.error().file());
      return;
    }
    String text = ((ReadResult.Read) result).document().text();
    assertFalse(text.isBlank());
    CleanText clean = normalizer.normalize(text);
    String c = clean.text();
    assertEquals(0, TextNormalizer.controls(c));
    assertEquals(c, normalizer.normalize(c).text(), "cleaning is idempotent");
    int previous = 0;
    for (int i = 0; i <= c.length(); i++) {
      int raw = clean.rawOffset(i);
      assertTrue(raw >= previous && raw <= text.length(), "offset " + i);
      previous = raw;
      if (i < c.length() && c.charAt(i) != ' ' && c.charAt(i) != '\n') {
        assertEquals(c.charAt(i), text.charAt(raw), "character " + i + " maps back");
      }
    }
  }
}
