package org.refrain.corpus.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** An untagged page in two columns is read left column first; a table of two columns is not. */
class PdfColumnsTest {

  private static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private static final String LEFT =
      "We are writing on behalf of many organizations from several countries to urge the"
          + " Council to renew the mandate of the Special Rapporteur and to keep the situation"
          + " of human rights in the country on its agenda for as long as the violations found"
          + " by the Commission of Inquiry continue without any accountability.";
  private static final String RIGHT =
      "We further request the resolution to call upon states to observe the principle of"
          + " non-refoulement for the protection of the right not to be subjected to torture,"
          + " and to encourage the United Nations to facilitate standardization in documentation"
          + " and access to open sources of information about the crimes.";

  private final DocumentReader reader = new DocumentReader();

  private String read(byte[] pdf) {
    ReadResult r = reader.read("l.pdf", pdf);
    return assertInstanceOf(ReadResult.Read.class, r, r.toString()).document().text();
  }

  @Test
  void twoColumnsOfProseAreReadLeftColumnFirst() throws IOException {
    byte[] pdf =
        page(
            s -> {
              line(s, "Joint letter to the Human Rights Council", 72, 60, false, 0);
              column(s, LEFT, 72, 210, 100);
              column(s, RIGHT, 313, 210, 100);
            });
    assertEquals(
        "Joint letter to the Human Rights Council\n\n" + LEFT + "\n" + RIGHT + "\n", read(pdf));
  }

  @Test
  void aTableOfNamesAndCountriesIsReadRowByRow() throws IOException {
    String[][] rows = {
      {"Alpha Watch", "Japan"},
      {"Beta Rights Network for North Korean Refugees", "South Korea"},
      {"Citizens' Alliance", "United States of America"},
      {"Delta Foundation", "United Kingdom"},
      {"Epsilon Human Rights Center", "Canada"},
      {"Zeta", "Philippines"}
    };
    byte[] pdf =
        page(
            s -> {
              float top = 72;
              for (String[] row : rows) {
                line(s, row[0], 72, top, false, 0);
                line(s, row[1], 330, top, false, 0);
                top += 14;
              }
            });
    List<String> expected = new ArrayList<>();
    for (String[] row : rows) {
      expected.add(row[0] + " " + row[1]);
    }
    assertEquals(String.join("\n", expected) + "\n", read(pdf));
  }

  private interface Writer {
    void write(PDPageContentStream s) throws IOException;
  }

  private static byte[] page(Writer writer) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
        writer.write(s);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  /** {@code text} wrapped to {@code width} at {@code x}, justified but for its last line. */
  private static void column(PDPageContentStream s, String text, float x, float width, float top)
      throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      String longer = line.isEmpty() ? word : line + " " + word;
      if (width(longer) > width && !line.isEmpty()) {
        lines.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(longer);
      }
    }
    lines.add(line.toString());
    for (int i = 0; i < lines.size(); i++) {
      line(s, lines.get(i), x, top + 14 * i, i < lines.size() - 1, width);
    }
  }

  private static void line(
      PDPageContentStream s, String text, float x, float top, boolean justified, float width)
      throws IOException {
    long spaces = text.chars().filter(c -> c == ' ').count();
    s.beginText();
    s.setFont(FONT, 11);
    s.setWordSpacing(justified && spaces > 0 ? (width - width(text)) / spaces : 0);
    s.newLineAtOffset(x, PDRectangle.A4.getHeight() - top);
    s.showText(text);
    s.endText();
  }

  private static float width(String text) throws IOException {
    return FONT.getStringWidth(text) / 1000 * 11;
  }
}
