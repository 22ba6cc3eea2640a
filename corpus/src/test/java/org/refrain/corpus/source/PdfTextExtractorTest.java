package org.refrain.corpus.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.refrain.corpus.Diagnostic;

class PdfTextExtractorTest {

  private final DocumentReader reader = new DocumentReader();

  private RawDocument read(byte[] pdf) {
    ReadResult r = reader.read("l.pdf", pdf);
    return assertInstanceOf(ReadResult.Read.class, r, r.toString()).document();
  }

  private String failure(String name, byte[] bytes) {
    Diagnostic d = assertInstanceOf(ReadResult.Failed.class, reader.read(name, bytes)).error();
    assertFalse(d.toString().contains("\n"), d.toString());
    return d.toString();
  }

  @Test
  void wrappedLinesBecomeOneParagraphAndHyphenationAtLineEndsIsUndone() {
    byte[] pdf =
        new PdfFixtures()
            .page()
            .justified("We urge all states to respect the principle of non-")
            .justified("refoulement and the obligations of inter-")
            .justified("national law, which binds every state, and to take")
            .justified("International action in the Council for all of the people of North")
            .line("Korea without delay.")
            .gap()
            .line("Alpha Watch, Japan")
            .line("Beta Rights, South Korea")
            .bytes();
    assertEquals(
        "We urge all states to respect the principle of non-refoulement and the obligations of"
            + " international law, which binds every state, and to take International action in"
            + " the Council for all of the people of North Korea without delay.\n\n"
            + "Alpha Watch, Japan\nBeta Rights, South Korea\n",
        read(pdf).text());
  }

  @Test
  void aHyphenBeforeACapitalIsKeptWithoutASpace() {
    byte[] pdf =
        new PdfFixtures()
            .page()
            .justified("We call on the government of Chairman Kim Jong-")
            .line("Un to release them.")
            .bytes();
    assertEquals(
        "We call on the government of Chairman Kim Jong-Un to release them.\n", read(pdf).text());
  }

  @Test
  void runningHeadersFootersAndPageNumbersAreRemovedAndPagesKept() {
    PdfFixtures f = new PdfFixtures();
    List<String> bodies = List.of("Dear Ambassador,", "We ask you to act.", "Sincerely,");
    for (int p = 1; p <= 3; p++) {
      f.page()
          .at(40, "Joint letter on human rights in North Korea")
          .at(52, "12 March 2024")
          .line(bodies.get(p - 1))
          .at(800, "Page " + p + " of 3");
    }
    RawDocument doc = read(f.bytes());
    assertEquals("Dear Ambassador,\nWe ask you to act.\nSincerely,\n", doc.text());
    assertEquals(List.of(0, 17, 36), doc.pageStarts());
    assertEquals(DocumentFormat.PDF, doc.format());
  }

  @Test
  void aFootnoteIsNotGluedIntoTheParagraphRunningOverThePage() {
    byte[] pdf =
        new PdfFixtures()
            .page()
            .justified("We recall the findings of the Commission of Inquiry, which found")
            .justified("that crimes against humanity had been committed in the country,1 and")
            .footnote("1 Report of the Commission of Inquiry, A/HRC/25/63, 2014.")
            .page()
            .line("we ask you to act on them.")
            .bytes();
    RawDocument doc = read(pdf);
    assertEquals(
        "We recall the findings of the Commission of Inquiry, which found that crimes against"
            + " humanity had been committed in the country,1 and we ask you to act on them.\n\n"
            + "1 Report of the Commission of Inquiry, A/HRC/25/63, 2014.\n",
        doc.text());
  }

  @Test
  void aPdfWithoutATextLayerSaysSoInOneLine() {
    assertEquals(
        "scan.pdf: error: the PDF has no text layer (scanned?); Refrain does no OCR",
        failure("scan.pdf", PdfFixtures.blankPages(2)));
  }

  @Test
  void tooManyPagesIsOneLine() {
    String message = failure("bomb.pdf", PdfFixtures.blankPages(PdfTextExtractor.MAX_PAGES + 1));
    assertEquals(
        "bomb.pdf: error: the PDF has 2001 pages, more than the 2000 Refrain reads", message);
  }

  @Test
  void corruptAndEncryptedPdfsAreOneLineNamingTheFile() {
    String corrupt =
        failure(
            "broken.pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes(StandardCharsets.UTF_8));
    assertTrue(corrupt.startsWith("broken.pdf: error: is not a readable PDF ("), corrupt);
    byte[] locked = new PdfFixtures().page().line("Secret letter.").encrypted("secret");
    assertEquals(
        "locked.pdf: error: the PDF is encrypted with a password; not read",
        failure("locked.pdf", locked));
  }
}
