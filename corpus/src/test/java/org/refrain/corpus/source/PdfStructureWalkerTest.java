package org.refrain.corpus.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.junit.jupiter.api.Test;

/** Tagged PDFs are read in the order of their structure tree, and broken trees are not trusted. */
class PdfStructureWalkerTest {

  private final DocumentReader reader = new DocumentReader();

  private RawDocument read(byte[] pdf) {
    ReadResult r = reader.read("l.pdf", pdf);
    return assertInstanceOf(ReadResult.Read.class, r, r.toString()).document();
  }

  @Test
  void blocksComeInTheOrderOfTheTreeNotOfThePage() {
    TaggedPdfFixtures f = new TaggedPdfFixtures().page();
    PDStructureElement first = f.element("P", f.document());
    PDStructureElement second = f.element("P", f.document());
    f.text(second, "Sincerely,").gap().text(first, "Dear Ambassador,");
    assertEquals("Dear Ambassador,\n\nSincerely,\n", read(f.bytes()).text());
  }

  @Test
  void aHeadingAndAWrappedParagraphAreOneLineEachWithHyphenationUndoneAndArtifactsDropped() {
    TaggedPdfFixtures f = new TaggedPdfFixtures().page().artifact(40, "Joint letter – page 1");
    f.text(f.element("H1", f.document()), "Joint letter on North Korea").gap();
    f.text(
        f.element("P", f.document()),
        "We urge all states to respect the principle of non-",
        "refoulement and the obligations of international law",
        "without delay.");
    assertEquals(
        "Joint letter on North Korea\n\nWe urge all states to respect the principle of"
            + " non-refoulement and the obligations of international law without delay.\n",
        read(f.bytes()).text());
  }

  @Test
  void linesBrokenOnPurposeInOneParagraphStayLinesThoughOneFillsTheWidth() {
    // As Chromium prints <p>name<br>description<br>...</p>: each line a piece of its own
    TaggedPdfFixtures f = new TaggedPdfFixtures().page();
    PDStructureElement p = f.element("P", f.document());
    f.text(f.element("NonStruct", p), "David Alton, Lord");
    f.text(
        f.element("NonStruct", p),
        "Independent Crossbench Member of the House of Lords & Co-chair of the All Party",
        "Parliamentary Group on North Korea");
    f.filled(
        f.element("NonStruct", p),
        "Balay Alternative Legal Advocates for Development in Mindanaw, Philippines");
    f.text(f.element("NonStruct", p), "British-North Korean Escapee Community, U.K.");
    f.text(f.element("NonStruct", p), "Sonja Biserko");
    assertEquals(
        "David Alton, Lord\nIndependent Crossbench Member of the House of Lords & Co-chair of the"
            + " All Party Parliamentary Group on North Korea\n"
            + "Balay Alternative Legal Advocates for Development in Mindanaw, Philippines\n"
            + "British-North Korean Escapee Community, U.K.\nSonja Biserko\n",
        read(f.bytes()).text());
  }

  @Test
  void listItemsAreLinesWithTheirLabelsAndTableRowsAreTabSeparated() {
    TaggedPdfFixtures f = new TaggedPdfFixtures().page();
    f.text(f.element("P", f.document()), "We ask you to:").gap();
    PDStructureElement list = f.element("L", f.document());
    for (String[] item : new String[][] {{"1.", "release them;"}, {"2.", "let them go home."}}) {
      PDStructureElement li = f.element("LI", list);
      f.text(f.element("Lbl", li), item[0]);
      f.sameLine(f.element("P", f.element("LBody", li)), item[1]);
    }
    f.gap();
    PDStructureElement table = f.element("Table", f.document());
    for (String[] row : new String[][] {{"Alpha Watch", "Japan"}, {"Beta Rights", "Korea"}}) {
      PDStructureElement tr = f.element("TR", table);
      f.text(f.element("TD", tr), row[0]).text(f.element("TD", tr), row[1]);
    }
    assertEquals(
        "We ask you to:\n\n1. release them;\n2. let them go home.\n\n"
            + "Alpha Watch\tJapan\nBeta Rights\tKorea\n",
        read(f.bytes()).text());
  }

  @Test
  void aNoteFollowsTheParagraphItIsInAndAParagraphRunsOverThePageBreak() {
    TaggedPdfFixtures f = new TaggedPdfFixtures().page();
    PDStructureElement p = f.element("P", f.document());
    f.text(p, "We recall the findings of the Commission of Inquiry, which found that crimes");
    f.text(f.element("Note", p), "1 Report of the Commission of Inquiry, A/HRC/25/63, 2014.");
    f.page().text(p, "against humanity had been committed.");
    f.text(f.element("P", f.document()), "Sincerely,");
    RawDocument doc = read(f.bytes());
    String text =
        "We recall the findings of the Commission of Inquiry, which found that crimes against"
            + " humanity had been committed.\n\n"
            + "1 Report of the Commission of Inquiry, A/HRC/25/63, 2014.\n\nSincerely,\n";
    assertEquals(text, doc.text());
    assertEquals(List.of(0, text.indexOf("against")), doc.pageStarts());
  }

  @Test
  void aTreeWithACycleIsNotTrustedAndTheLayoutIsRead() throws IOException {
    TaggedPdfFixtures f = new TaggedPdfFixtures().page();
    PDStructureElement p = f.element("P", f.document());
    PDStructureElement span = f.element("Span", p);
    f.text(span, "Dear Ambassador,");
    span.appendKid(p); // p -> span -> p -> ...
    byte[] pdf = f.bytes();
    RawDocument doc = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> read(pdf));
    assertEquals("Dear Ambassador,\n", doc.text());
    assertTrue(byStructure(pdf).isEmpty());
  }

  @Test
  void contentThatTheTreePointsToTwiceIsReadOnce() {
    TaggedPdfFixtures f = new TaggedPdfFixtures().page();
    PDStructureElement p = f.element("P", f.document());
    f.text(p, "Dear Ambassador,");
    COSDictionary again = new COSDictionary();
    again.setInt(COSName.MCID, 0);
    p.appendKid(PDMarkedContent.create(COSName.P, again));
    f.element("P", f.document()).appendKid(PDMarkedContent.create(COSName.P, again));
    assertEquals("Dear Ambassador,\n", read(f.bytes()).text());
  }

  @Test
  void aTreeDeeperThanTheLimitIsNotTrusted() throws IOException {
    TaggedPdfFixtures f = new TaggedPdfFixtures().page();
    PDStructureElement e = f.document();
    for (int i = 0; i <= PdfStructureWalker.MAX_DEPTH; i++) {
      e = f.element("Div", e);
    }
    f.text(e, "Dear Ambassador,");
    byte[] pdf = f.bytes();
    assertTrue(byStructure(pdf).isEmpty());
    assertEquals("Dear Ambassador,\n", read(pdf).text());
  }

  @Test
  void aTreeThatMissesMostOfTheTextGivesWayToTheLayout() throws IOException {
    TaggedPdfFixtures f = new TaggedPdfFixtures().page();
    f.text(f.element("P", f.document()), "Dear Ambassador,").gap();
    PDStructureElement orphan = new PDStructureElement("P", null); // not in the tree
    orphan.setPage(f.document().getPage());
    f.text(orphan, "We ask you to act on the findings of the Commission of Inquiry.").gap();
    f.text(orphan, "Sincerely,");
    byte[] pdf = f.bytes();
    assertEquals("Dear Ambassador,\n", byStructure(pdf).orElseThrow().text());
    assertEquals(
        "Dear Ambassador,\nWe ask you to act on the findings of the Commission of Inquiry.\n"
            + "Sincerely,\n",
        read(pdf).text());
  }

  @Test
  void anUntaggedCopyIsReadByItsLayout() throws IOException {
    TaggedPdfFixtures f = new TaggedPdfFixtures().page();
    PDStructureElement first = f.element("P", f.document());
    PDStructureElement second = f.element("P", f.document());
    f.text(second, "Sincerely,").gap().text(first, "Dear Ambassador,");
    byte[] untagged = PdfFixtures.untagged(f.bytes());
    assertTrue(byStructure(untagged).isEmpty());
    assertEquals("Sincerely,\nDear Ambassador,\n", read(untagged).text()); // by position
  }

  private static java.util.Optional<ExtractedText> byStructure(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return PdfTextExtractor.byStructure(doc);
    }
  }
}
