package org.refrain.corpus.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Writes Word documents for tests with POI, as a word processor would hold them: a plain-text
 * letter becomes one paragraph per line, the last line of each block of lines followed by paragraph
 * spacing (not an empty paragraph), so the reader sees no blank lines at all.
 */
public final class DocxFixtures {

  private DocxFixtures() {}

  /** A Word version of a plain-text letter file's text. */
  public static byte[] fromText(String text) {
    try (XWPFDocument doc = new XWPFDocument()) {
      List<String> lines = List.of(text.split("\\R", -1));
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i).strip();
        if (line.isEmpty()) {
          continue;
        }
        XWPFParagraph p = doc.createParagraph();
        p.createRun().setText(line);
        boolean blockEnds = i + 1 >= lines.size() || lines.get(i + 1).isBlank();
        p.setSpacingAfter(blockEnds ? 200 : 0);
      }
      return bytes(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A letter: a heading, prose paragraphs, a bulleted list, closing paragraphs, then a signatory
   * table.
   */
  public static byte[] withSignatoryTable(
      String heading,
      List<String> prose,
      List<String> bullets,
      List<String> closing,
      List<List<String>> rows) {
    try (XWPFDocument doc = new XWPFDocument()) {
      XWPFParagraph h = doc.createParagraph();
      h.setStyle("Heading1");
      h.createRun().setText(heading);
      for (String s : prose) {
        doc.createParagraph().createRun().setText(s);
      }
      BigInteger numId = bullets.isEmpty() ? null : bulletNumbering(doc);
      for (String s : bullets) {
        XWPFParagraph p = doc.createParagraph();
        p.setNumID(numId);
        p.createRun().setText(s);
      }
      for (String s : closing) {
        doc.createParagraph().createRun().setText(s);
      }
      XWPFTable table = doc.createTable(rows.size(), rows.get(0).size());
      for (int r = 0; r < rows.size(); r++) {
        XWPFTableRow row = table.getRow(r);
        for (int c = 0; c < rows.get(r).size(); c++) {
          row.getCell(c).setText(rows.get(r).get(c));
        }
      }
      return bytes(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A paragraph that references a footnote between {@code before} and {@code after}, as Word writes
   * it: the reference in a run of its own.
   */
  public static byte[] withFootnote(String before, String note, String after) {
    try (XWPFDocument doc = new XWPFDocument()) {
      XWPFFootnote footnote = doc.createFootnote();
      footnote.createParagraph().createRun().setText(note);
      XWPFParagraph p = doc.createParagraph();
      p.createRun().setText(before);
      p.createRun().getCTR().addNewFootnoteReference().setId(footnote.getId());
      p.createRun().setText(after);
      doc.createParagraph().createRun().setText("Sincerely,");
      return bytes(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A paragraph, then {@code items} as a numbered (decimal) list, then another paragraph. */
  public static byte[] withNumberedList(List<String> items) {
    try (XWPFDocument doc = new XWPFDocument()) {
      doc.createParagraph().createRun().setText("We ask you to:");
      BigInteger numId = numbering(doc, STNumberFormat.DECIMAL, "%1.");
      for (String s : items) {
        XWPFParagraph p = doc.createParagraph();
        p.setNumID(numId);
        p.setNumILvl(BigInteger.ZERO);
        p.createRun().setText(s);
      }
      doc.createParagraph().createRun().setText("Sincerely,");
      return bytes(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static BigInteger bulletNumbering(XWPFDocument doc) {
    return numbering(doc, STNumberFormat.BULLET, "•");
  }

  private static BigInteger numbering(XWPFDocument doc, STNumberFormat.Enum format, String text) {
    var abs = CTAbstractNum.Factory.newInstance();
    XWPFNumbering numbering = doc.createNumbering();
    BigInteger absId = BigInteger.valueOf(numbering.getAbstractNums().size());
    abs.setAbstractNumId(absId);
    var lvl = abs.addNewLvl();
    lvl.setIlvl(BigInteger.ZERO);
    lvl.addNewNumFmt().setVal(format);
    lvl.addNewLvlText().setVal(text);
    lvl.addNewStart().setVal(BigInteger.ONE);
    return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abs)));
  }

  private static byte[] bytes(XWPFDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.write(out);
    return out.toByteArray();
  }

  /** Table rows from "cell\tcell" strings. */
  static List<List<String>> rows(String... tabbed) {
    List<List<String>> rows = new ArrayList<>();
    for (String r : tabbed) {
      rows.add(List.of(r.split("\t", -1)));
    }
    return rows;
  }
}
