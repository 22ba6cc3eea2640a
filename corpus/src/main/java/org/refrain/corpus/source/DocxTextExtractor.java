package org.refrain.corpus.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Reads the body of a Word document (.docx) with POI: each paragraph one line in document order (a
 * line break inside one kept), an empty paragraph a blank line, a heading set apart by blank lines,
 * a list item prefixed "- " or its number as {@link HtmlTextExtractor} does, and a table one line
 * per row with its cells separated by a tab, so a signatory table reads like the "Org\tCountry"
 * lines a word processor copies. Footnotes and endnotes are kept apart from the body: "[1]" where
 * one is referenced, its text after the body under "Notes" ({@link LineWriter}); POI's own text
 * would put it in the middle of the sentence. Page headers, footers and comments are left out.
 *
 * <p>Zip bombs are refused by POI's {@link ZipSecureFile} checks, tightened here: an entry may not
 * expand more than 100 times (ratio 0.01), nor beyond 100 MB, nor the text beyond 20 million chars.
 */
final class DocxTextExtractor {

  /** POI's text for a note reference: "[footnoteRef:3]", "[endnoteRef:1]". */
  private static final Pattern NOTE_REFERENCE =
      Pattern.compile("\\[(footnote|endnote)Ref:(\\d+)\\]");

  static {
    ZipSecureFile.setMinInflateRatio(0.01);
    ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
    ZipSecureFile.setMaxTextSize(20_000_000L);
    ZipSecureFile.setMaxFileCount(10_000);
  }

  ExtractedText extract(byte[] bytes) throws UnreadableDocumentException {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      Writer out = new Writer(doc);
      for (IBodyElement element : doc.getBodyElements()) {
        if (Thread.currentThread().isInterrupted()) {
          throw new UnreadableDocumentException("reading was interrupted");
        }
        if (element instanceof XWPFParagraph p) {
          out.paragraph(p);
        } else if (element instanceof XWPFTable t) {
          out.table(t);
        } else if (element instanceof XWPFSDT sdt) {
          out.lines.line(sdt.getContent().getText());
        }
      }
      return new ExtractedText(out.lines.text(), List.of());
    } catch (IOException | RuntimeException e) {
      String reason = UnreadableDocumentException.oneLine(e);
      if (reason.toLowerCase(Locale.ROOT).contains("zip bomb")) {
        throw new UnreadableDocumentException(
            "expands far beyond its size (a zip bomb?); not read");
      }
      throw new UnreadableDocumentException("is not a readable Word document (" + reason + ")");
    }
  }

  /** Writes a document's paragraphs and tables as lines, numbering its lists and notes. */
  private static final class Writer {
    private final XWPFDocument doc;
    private final LineWriter lines = new LineWriter();
    private final Map<String, Integer> numbers = new HashMap<>();

    Writer(XWPFDocument doc) {
      this.doc = doc;
    }

    void paragraph(XWPFParagraph p) {
      String body = text(p).replace('\r', '\n').strip();
      if (body.isEmpty()) {
        lines.blank();
      } else if (heading(p)) {
        lines.heading(body);
      } else {
        lines.line(listMarker(p) + body);
      }
    }

    void table(XWPFTable table) {
      lines.blank();
      for (XWPFTableRow row : table.getRows()) {
        List<String> cells = new ArrayList<>();
        for (XWPFTableCell cell : row.getTableCells()) {
          cells.add(cellText(cell).replaceAll("\\s+", " ").strip());
        }
        while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
          cells.remove(cells.size() - 1);
        }
        if (!cells.isEmpty()) {
          lines.line(String.join("\t", cells));
        }
      }
      lines.blank();
    }

    private String cellText(XWPFTableCell cell) {
      StringBuilder s = new StringBuilder();
      for (IBodyElement element : cell.getBodyElements()) {
        s.append(' ');
        if (element instanceof XWPFParagraph p) {
          s.append(text(p));
        } else if (element instanceof XWPFTable t) {
          s.append(t.getText());
        } else if (element instanceof XWPFSDT sdt) {
          s.append(sdt.getContent().getText());
        }
      }
      return s.toString();
    }

    /**
     * A paragraph's runs, each note reference replaced by its marker and the note kept for the
     * notes section; without the note texts POI appends to {@link XWPFParagraph#getText()}.
     */
    private String text(XWPFParagraph p) {
      StringBuilder s = new StringBuilder();
      for (IRunElement run : p.getIRuns()) {
        if (run instanceof XWPFRun r) {
          s.append(r.text());
        } else if (run instanceof XWPFSDT sdt) {
          s.append(sdt.getContent().getText());
        }
      }
      return NOTE_REFERENCE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(note(m)));
    }

    /** The marker for the note a reference points to; the note's text is kept. */
    private String note(MatchResult reference) {
      int id;
      try {
        id = Integer.parseInt(reference.group(2));
      } catch (NumberFormatException e) {
        return "";
      }
      XWPFAbstractFootnoteEndnote note =
          reference.group(1).equals("footnote") ? doc.getFootnoteByID(id) : doc.getEndnoteByID(id);
      if (note == null) {
        return "";
      }
      StringBuilder s = new StringBuilder();
      for (XWPFParagraph p : note.getParagraphs()) {
        s.append(' ').append(NOTE_REFERENCE.matcher(p.getText()).replaceAll(""));
      }
      String marker = lines.nextNoteMarker();
      lines.note(s.toString());
      return marker;
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
