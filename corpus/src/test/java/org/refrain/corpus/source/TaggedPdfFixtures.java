package org.refrain.corpus.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes small tagged PDFs for tests with PDFBox: a structure tree of elements a test builds, each
 * piece of text a marked-content sequence with its MCID, placed line by line down the page in
 * Helvetica (a wrapped line stretched to the right margin), and artifacts outside the tree. The
 * content is written in the order it is added, so a test can place text out of reading order.
 */
final class TaggedPdfFixtures {

  private static final float LEFT = 72;
  private static final float RIGHT = 523;
  private static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

  private record Line(String text, float x, float top, float size, boolean justified) {}

  /** One marked-content sequence: its MCID (or -1 for an artifact) and its lines. */
  private record Sequence(int mcid, List<Line> lines) {}

  private final PDDocument doc = new PDDocument();
  private final PDStructureTreeRoot root = new PDStructureTreeRoot();
  private final PDStructureElement document;
  private final List<List<Sequence>> pages = new ArrayList<>();
  private float top;
  private float x = LEFT;

  TaggedPdfFixtures() {
    doc.getDocumentCatalog().setStructureTreeRoot(root);
    PDMarkInfo mark = new PDMarkInfo();
    mark.setMarked(true);
    doc.getDocumentCatalog().setMarkInfo(mark);
    document = new PDStructureElement("Document", root);
    root.appendKid(document);
  }

  /** The tree's Document element, parent of the top-level blocks. */
  PDStructureElement document() {
    return document;
  }

  /** Starts a page; text follows from 72 pt below its top. */
  TaggedPdfFixtures page() {
    doc.addPage(new PDPage(PDRectangle.A4));
    pages.add(new ArrayList<>());
    top = 72;
    return this;
  }

  /** Text from now on begins at {@code left} points from the page's left edge. */
  TaggedPdfFixtures column(float left) {
    x = left;
    return this;
  }

  /** A new element of {@code type} under {@code parent}. */
  PDStructureElement element(String type, PDStructureNode parent) {
    PDStructureElement e = new PDStructureElement(type, parent);
    e.setPage(currentPage());
    parent.appendKid(e);
    return e;
  }

  /**
   * A piece of text of {@code owner}: its lines, one below the other, all but the last stretched to
   * the right margin as a wrapped paragraph's are.
   */
  TaggedPdfFixtures text(PDStructureElement owner, String... lines) {
    return sequence(owner, false, lines);
  }

  /** A piece of text of one line that fills the width, as a long list entry may by chance. */
  TaggedPdfFixtures filled(PDStructureElement owner, String line) {
    return sequence(owner, true, line);
  }

  private TaggedPdfFixtures sequence(PDStructureElement owner, boolean filled, String... lines) {
    List<Sequence> page = pages.get(pages.size() - 1);
    int mcid = (int) page.stream().filter(s -> s.mcid() >= 0).count();
    List<Line> placed = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      placed.add(new Line(lines[i], x, top, 11, filled || i < lines.length - 1));
      top += 14;
    }
    page.add(new Sequence(mcid, placed));
    COSDictionary properties = new COSDictionary();
    properties.setInt(COSName.MCID, mcid);
    if (owner.getPage() != null && owner.getPage().getCOSObject() == currentPage().getCOSObject()) {
      owner.appendKid(PDMarkedContent.create(COSName.P, properties));
    } else {
      PDMarkedContentReference ref = new PDMarkedContentReference();
      ref.setPage(currentPage());
      ref.setMCID(mcid);
      owner.appendKid(ref);
    }
    return this;
  }

  /** A piece of text of {@code owner} on the line before, after its text (a list item's body). */
  TaggedPdfFixtures sameLine(PDStructureElement owner, String text) {
    List<Sequence> page = pages.get(pages.size() - 1);
    Line last = page.get(page.size() - 1).lines().get(0);
    float saved = x;
    x = last.x() + width(last.text(), last.size()) + 3;
    top = last.top();
    sequence(owner, false, text);
    x = saved;
    return this;
  }

  private static float width(String text, float size) {
    try {
      return FONT.getStringWidth(text) / 1000 * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A line outside the tree, marked as an artifact (a running header), at a given height. */
  TaggedPdfFixtures artifact(float lineTop, String text) {
    pages
        .get(pages.size() - 1)
        .add(new Sequence(-1, List.of(new Line(text, x, lineTop, 9, false))));
    return this;
  }

  /** A blank line's worth of space. */
  TaggedPdfFixtures gap() {
    top += 14;
    return this;
  }

  /** Moves the next text back up to {@code lineTop} (the top of a second column). */
  TaggedPdfFixtures top(float lineTop) {
    top = lineTop;
    return this;
  }

  private PDPage currentPage() {
    return doc.getPage(doc.getNumberOfPages() - 1);
  }

  /** The document as written. */
  byte[] bytes() {
    try (doc) {
      for (int p = 0; p < pages.size(); p++) {
        PDPage page = doc.getPage(p);
        float height = page.getMediaBox().getHeight();
        try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
          for (Sequence sequence : pages.get(p)) {
            if (sequence.mcid() >= 0) {
              s.beginMarkedContent(COSName.P, sequence.mcid());
            } else {
              s.beginMarkedContent(COSName.ARTIFACT);
            }
            for (Line l : sequence.lines()) {
              s.beginText();
              s.setFont(FONT, l.size());
              float width = FONT.getStringWidth(l.text()) / 1000 * l.size();
              long spaces = l.text().chars().filter(c -> c == ' ').count();
              s.setWordSpacing(l.justified() && spaces > 0 ? (RIGHT - l.x() - width) / spaces : 0);
              s.newLineAtOffset(l.x(), height - l.top());
              s.showText(l.text());
              s.endText();
            }
            s.endMarkedContent();
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
