package org.refrain.corpus.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refrain.corpus.Diagnostic;
import org.refrain.corpus.Letter;

class DocxTextExtractorTest {

  private static final List<String> PROSE =
      List.of(
          "12 March 2024",
          "Dear Ambassador,",
          "We are writing on behalf of four organizations from three countries to urge your"
              + " government to support the resolution on the human rights situation in North"
              + " Korea at the 55th session of the Human Rights Council.",
          "We ask your delegation to do the following:");

  private static final List<String> BULLETS =
      List.of(
          "Vote for the resolution and co-sponsor it.",
          "Call for the release of all political prisoners.");

  private static final List<String> CLOSING =
      List.of("Thank you for your attention to these urgent matters.", "Sincerely,");

  private static final List<List<String>> TABLE =
      DocxFixtures.rows(
          "Organization\tCountry",
          "Alpha Watch\tJapan",
          "Beta Rights Network\tSouth Korea",
          "Gamma Justice Centre\tUnited Kingdom",
          "Delta Refugee Aid\tJapan");

  private final DocumentReader reader = new DocumentReader();

  private static byte[] letter() {
    return DocxFixtures.withSignatoryTable(
        "Joint letter to the HRC", PROSE, BULLETS, CLOSING, TABLE);
  }

  @Test
  void paragraphsHeadingsListItemsAndTableRowsAreLinesInOrder() {
    RawDocument doc =
        assertInstanceOf(ReadResult.Read.class, reader.read("l.docx", letter())).document();
    assertEquals(DocumentFormat.DOCX, doc.format());
    assertEquals(
        "Joint letter to the HRC\n\n"
            + String.join("\n", PROSE)
            + "\n- Vote for the resolution and co-sponsor it.\n"
            + "- Call for the release of all political prisoners.\n"
            + String.join("\n", CLOSING)
            + "\n\n"
            + "Organization\tCountry\nAlpha Watch\tJapan\nBeta Rights Network\tSouth Korea\n"
            + "Gamma Justice Centre\tUnited Kingdom\nDelta Refugee Aid\tJapan\n\n",
        doc.text());
  }

  @Test
  void aSignatoryTableIsReadAsTheSignatoryList(@TempDir Path dir) throws Exception {
    Files.write(dir.resolve("table.docx"), letter());
    Letter l = SignatoryTables.readsAsTheSignatoryList(dir);
    assertEquals(4, l.claimed().organizations());
  }

  @Test
  void footnotesAreKeptApartFromTheBody() {
    RawDocument doc =
        assertInstanceOf(
                ReadResult.Read.class,
                reader.read(
                    "n.docx",
                    DocxFixtures.withFootnote(
                        "We urge you to act.",
                        "Report of the Special Rapporteur, 2023.",
                        " We thank you.")))
            .document();
    assertEquals(
        "We urge you to act.[1] We thank you.\nSincerely,\n\n"
            + "Notes\n\n[1] Report of the Special Rapporteur, 2023.\n",
        doc.text());
  }

  @Test
  void numberedListItemsAreNumberedInOrder() {
    RawDocument doc =
        assertInstanceOf(
                ReadResult.Read.class,
                reader.read(
                    "l.docx",
                    DocxFixtures.withNumberedList(
                        List.of("Vote for the resolution.", "Co-sponsor it.", "Speak up."))))
            .document();
    assertEquals(
        "We ask you to:\n1. Vote for the resolution.\n2. Co-sponsor it.\n3. Speak up.\n"
            + "Sincerely,\n",
        doc.text());
  }

  @Test
  void aCorruptWordFileIsOneLineNamingIt() {
    Diagnostic d =
        assertInstanceOf(
                ReadResult.Failed.class,
                reader.read(
                    "broken.docx",
                    "PK\u0003\u0004 not a zip".getBytes(StandardCharsets.ISO_8859_1)))
            .error();
    assertTrue(
        d.toString().startsWith("broken.docx: error: is not a readable Word document ("),
        d.toString());
    assertFalse(d.toString().contains("\n"));
  }

  @Test
  void aZipBombIsRefusedInOneLine() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(
          ("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                  + "content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                  + "</Types>")
              .getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      byte[] spaces = new byte[1 << 20];
      java.util.Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 20; i++) {
        zip.write(spaces); // 20 MB of spaces: compresses about a thousand times
      }
    }
    Diagnostic d =
        assertInstanceOf(ReadResult.Failed.class, reader.read("bomb.docx", out.toByteArray()))
            .error();
    assertTrue(d.toString().startsWith("bomb.docx: error: "), d.toString());
    assertTrue(d.message().contains("zip bomb"), d.toString());
  }
}
