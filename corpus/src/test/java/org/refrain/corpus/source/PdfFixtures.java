package org.refrain.corpus.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes small PDFs for tests with PDFBox: pages of lines placed where a test says, in Helvetica, a
 * line marked {@link #justified} stretched to the right margin as a wrapped line of a justified
 * paragraph is.
 */
public final class PdfFixtures {

  static final float LEFT = 72;
  static final float RIGHT = 523;
  private static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

  /** A line: its text, its baseline from the page top, its font size, stretched or not. */
  public record Line(String text, float top, float size, boolean justified) {}

  private final List<List<Line>> pages = new ArrayList<>();
  private float top;

  /** Starts a page; lines follow from 72 pt below its top. */
  public PdfFixtures page() {
    pages.add(new ArrayList<>());
    top = 72;
    return this;
  }

  /** A line left as written (a short last line, a list entry). */
  public PdfFixtures line(String text) {
    return add(text, 11, false, 14);
  }

  /** A wrapped line of a justified paragraph. */
  public PdfFixtures justified(String text) {
    return add(text, 11, true, 14);
  }

  /** A blank line's worth of space: the gap between paragraphs. */
  public PdfFixtures gap() {
    top += 14;
    return this;
  }

  /** A line in a small font at the foot of the page (a footnote). */
  public PdfFixtures footnote(String text) {
    pages.get(pages.size() - 1).add(new Line(text, 760, 8, false));
    return this;
  }

  /** A line at a given height (a running header or footer). */
  public PdfFixtures at(float lineTop, String text) {
    pages.get(pages.size() - 1).add(new Line(text, lineTop, 9, false));
    return this;
  }

  private PdfFixtures add(String text, float size, boolean justified, float advance) {
    pages.get(pages.size() - 1).add(new Line(text, top, size, justified));
    top += advance;
    return this;
  }

  public byte[] bytes() {
    return write(null);
  }

  /** The same document, encrypted with a user password. */
  public byte[] encrypted(String password) {
    return write(password);
  }

  private byte[] write(String password) {
    try (PDDocument doc = new PDDocument()) {
      for (List<Line> lines : pages) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        float height = page.getMediaBox().getHeight();
        try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
          for (Line l : lines) {
            s.beginText();
            s.setFont(FONT, l.size());
            float width = FONT.getStringWidth(l.text()) / 1000 * l.size();
            long spaces = l.text().chars().filter(c -> c == ' ').count();
            s.setWordSpacing(l.justified() && spaces > 0 ? (RIGHT - LEFT - width) / spaces : 0);
            s.newLineAtOffset(LEFT, height - l.top());
            s.showText(l.text());
            s.endText();
          }
        }
      }
      if (password != null) {
        StandardProtectionPolicy policy =
            new StandardProtectionPolicy("owner", password, new AccessPermission());
        doc.protect(policy);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code pdf} without its structure tree and mark info, as a PDF printed untagged is. */
  public static byte[] untagged(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      doc.getDocumentCatalog().setStructureTreeRoot(null);
      doc.getDocumentCatalog().setMarkInfo(null);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A document of {@code n} blank pages: a scan without its images, or a page-count bomb. */
  public static byte[] blankPages(int n) {
    try (PDDocument doc = new PDDocument()) {
      for (int i = 0; i < n; i++) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        if (i == 0) {
          try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
            s.addRect(72, 72, 400, 600); // where a scanned image would be
            s.fill();
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
