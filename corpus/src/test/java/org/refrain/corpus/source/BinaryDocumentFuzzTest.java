package org.refrain.corpus.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes reading any bytes as a PDF, Word, OpenDocument, RTF or email file: reading never throws
 * and never hangs (a bad file is a {@link ReadResult.Failed} naming it, under the parse time
 * limit), and a read text is not blank. Seeds: a letter printed to PDF by Chromium, a small Word
 * letter with a signatory table, and small OpenDocument, RTF and email letters with a list, a table
 * and a note.
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

  @FuzzTest(maxDuration = "5m")
  void odt(byte[] bytes) {
    check("f.odt", bytes);
  }

  /** Any bytes as the content.xml of a well-formed zip: the zip's checksums do not stop them. */
  @FuzzTest(maxDuration = "5m")
  void odtContent(byte[] bytes) {
    check("f.odt", OdtFixtures.zip("application/vnd.oasis.opendocument.text", bytes));
  }

  @FuzzTest(maxDuration = "5m")
  void rtf(byte[] bytes) {
    check("f.rtf", bytes);
  }

  @FuzzTest(maxDuration = "5m")
  void eml(byte[] bytes) {
    check("f.eml", bytes);
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
