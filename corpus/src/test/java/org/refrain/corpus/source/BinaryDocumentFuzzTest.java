package org.refrain.corpus.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes reading any bytes as a PDF or a Word file: reading never throws and never hangs (a bad
 * file is a {@link ReadResult.Failed} naming it, under the parse time limit), and a read text is
 * not blank. Seeds: a letter printed to PDF by Chromium and a small Word letter with a signatory
 * table.
 */
class BinaryDocumentFuzzTest {

  private final DocumentReader reader = new DocumentReader();

  @FuzzTest(maxDuration = "5m")
  void pdf(byte[] bytes) {
    check("f.pdf", bytes);
  }

  @FuzzTest(maxDuration = "5m")
  void docx(byte[] bytes) {
    check("f.docx", bytes);
  }

  private void check(String name, byte[] bytes) {
    ReadResult result = reader.read(name, bytes);
    if (result instanceof ReadResult.Failed failed) {
      assertEquals(name, failed.error().file());
      return;
    }
    assertFalse(((ReadResult.Read) result).document().text().isBlank());
  }
}
