package org.refrain.corpus.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Reads the body of a Word document (.docx) with POI: each paragraph one line in document order (a
 * line break inside one kept), an empty paragraph a blank line, a heading set apart by blank lines,
 * a list item prefixed "- " or its number as {@link HtmlTextExtractor} does, and a table one line
 * per row with its cells separated by a tab, so a signatory table reads like the "Org\tCountry"
 * lines a word processor copies. Page headers, footers, footnotes and comments are left out: they
 * are furniture or notes, not the letter's text.
 *
 * <p>Zip bombs are refused by POI's {@link ZipSecureFile} checks, tightened here: an entry may not
 * expand more than 100 times (ratio 0.01), nor beyond 100 MB, nor the text beyond 20 million chars.
 */
final class DocxTextExtractor {

  static {
    ZipSecureFile.setMinInflateRatio(0.01);
    ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
    ZipSecureFile.setMaxTextSize(20_000_000L);
    ZipSecureFile.setMaxFileCount(10_000);
  }

  ExtractedText extract(byte[] bytes) throws UnreadableDocumentException {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      Writer out = new Writer();
      for (IBodyElement element : doc.getBodyElements()) {
        if (Thread.currentThread().isInterrupted()) {
          throw new UnreadableDocumentException("reading was interrupted");
        }
        if (element instanceof XWPFParagraph p) {
          out.paragraph(p);
        } else if (element instanceof XWPFTable t) {
          out.table(t);
        } else if (element instanceof XWPFSDT sdt) {
          out.line(sdt.getContent().getText());
        }
      }
      return new ExtractedText(out.text(), List.of());
    } catch (IOException | RuntimeException e) {
      String reason = UnreadableDocumentException.oneLine(e);
      if (reason.toLowerCase(Locale.ROOT).contains("zip bomb")) {
        throw new UnreadableDocumentException(
            "expands far beyond its size (a zip bomb?); not read");
      }
      throw new UnreadableDocumentException("is not a readable Word document (" + reason + ")");
    }
  }

  /** Writes lines, keeping at most one blank line in a row. */
  private static final class Writer {
    private final StringBuilder text = new StringBuilder();
    private final Map<String, Integer> numbers = new HashMap<>();

    void paragraph(XWPFParagraph p) {
      String body = p.getText().replace('\r', '\n').strip();
      if (body.isEmpty()) {
        blank();
        return;
      }
      if (heading(p)) {
        blank();
        line(body);
        blank();
        return;
      }
      line(listMarker(p) + body);
    }

    void table(XWPFTable table) {
      blank();
      for (XWPFTableRow row : table.getRows()) {
        List<String> cells = new ArrayList<>();
        for (XWPFTableCell cell : row.getTableCells()) {
          cells.add(cell.getText().replaceAll("\\s+", " ").strip());
        }
        while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
          cells.remove(cells.size() - 1);
        }
        if (!cells.isEmpty()) {
          line(String.join("\t", cells));
        }
      }
      blank();
    }

    void line(String s) {
      if (!s.isBlank()) {
        text.append(s.strip()).append('\n');
      }
    }

    void blank() {
      int n = text.length();
      if (n > 0 && !(n >= 2 && text.charAt(n - 1) == '\n' && text.charAt(n - 2) == '\n')) {
        text.append('\n');
      }
    }

    String text() {
      return text.toString();
    }

    private static boolean heading(XWPFParagraph p) {
      String style = p.getStyle();
      if (style == null) {
        return false;
      }
      String s = style.toLowerCase(Locale.ROOT);
      return s.startsWith("heading") || s.equals("title") || s.equals("subtitle");
    }

    /** "- " for a bullet, "3. " for the third item of a numbered list, "" outside lists. */
    private String listMarker(XWPFParagraph p) {
      BigInteger numId = p.getNumID();
      if (numId == null) {
        return "";
      }
      String format = p.getNumFmt();
      if (format == null || format.equals("bullet") || format.equals("none")) {
        return "- ";
      }
      BigInteger level = p.getNumIlvl() == null ? BigInteger.ZERO : p.getNumIlvl();
      int n = numbers.merge(numId + "/" + level, 1, Integer::sum);
      return n + ". ";
    }
  }
}
