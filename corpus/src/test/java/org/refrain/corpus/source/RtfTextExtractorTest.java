package org.refrain.corpus.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.GraphicsEnvironment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refrain.corpus.Diagnostic;

class RtfTextExtractorTest {

  private static final String HEADER =
      "{\\rtf1\\ansi\\ansicpg1252\\deff0\\uc1{\\fonttbl{\\f0\\froman Times New Roman;}}\n";

  /** A letter as Word saves it: code-page escapes, Unicode escapes with fallbacks, a table. */
  static final String LETTER =
      HEADER
          + "{\\pard\\b Joint letter to the HRC\\b0\\par}\n"
          + "\\pard 12 March 2024\\par\n"
          + "Dear Ambassador,\\par\n"
          + "We are writing on behalf of four organizations from three countries to urge your"
          + " government to support the resolution on the human rights situation in North Korea"
          + " at the 55th session of the Human Rights Council.\\par\n"
          + "{\\listtext \\'b7\\tab}Vote for the resolution.\\par\n"
          + "{\\listtext 2.\\tab}Call for the release of all political prisoners.\\par\n"
          + "Thank you for your attention.\\par\n"
          + "Sincerely,\\par\\par\n"
          + row("Alpha Watch", "Japan")
          + row("Beta Rights Network", "South Korea")
          + row("Gamma Justice Centre", "United Kingdom")
          + row("Delta Refugee Aid", "Japan")
          + "\\pard\\par}";

  private final DocumentReader reader = new DocumentReader();

  private static String row(String org, String country) {
    return "\\trowd\\cellx3000\\cellx6000\\pard\\intbl "
        + org
        + "\\cell "
        + country
        + "\\cell\\row\n";
  }

  private RawDocument read(String rtf) {
    return assertInstanceOf(
            ReadResult.Read.class, reader.read("l.rtf", rtf.getBytes(StandardCharsets.ISO_8859_1)))
        .document();
  }

  @Test
  void paragraphsListItemsAndTableRowsAreLines() {
    RawDocument doc = read(LETTER);
    assertEquals(DocumentFormat.RTF, doc.format());
    assertEquals(
        "Joint letter to the HRC\n12 March 2024\nDear Ambassador,\n"
            + "We are writing on behalf of four organizations from three countries to urge your"
            + " government to support the resolution on the human rights situation in North Korea"
            + " at the 55th session of the Human Rights Council.\n"
            + "- Vote for the resolution.\n"
            + "2. Call for the release of all political prisoners.\n"
            + "Thank you for your attention.\nSincerely,\n\n"
            + "Alpha Watch\tJapan\nBeta Rights Network\tSouth Korea\n"
            + "Gamma Justice Centre\tUnited Kingdom\nDelta Refugee Aid\tJapan\n",
        doc.text());
  }

  @Test
  void curlyQuotesAndAccentedLettersSurviveEitherEscape() {
    String rtf =
        HEADER
            + "\\'93Caf\\'e9\\'94 \\u8220\\'93M\\u252\\'fcnchen\\u8221\\'94 and"
            + " {\\uc2\\u8212\\'97\\'97} \\u233? d\\'e9j\\'e0 \\endash\\par}";
    assertEquals("“Café” “München” and — é déjà –\n", read(rtf).text());
  }

  @Test
  void theCodePageOfTheDocumentIsUsed() {
    String rtf = "{\\rtf1\\ansi\\ansicpg1251 \\'cf\\'f0\\'e8\\'e2\\'e5\\'f2\\par}";
    assertEquals("Привет\n", read(rtf).text());
  }

  @Test
  void aSignatoryTableIsReadAsTheSignatoryList(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("table.rtf"), LETTER, StandardCharsets.ISO_8859_1);
    SignatoryTables.readsAsTheSignatoryList(dir);
  }

  @Test
  void aFileThatIsNotRtfIsOneLineNamingIt() {
    Diagnostic d =
        assertInstanceOf(
                ReadResult.Failed.class,
                reader.read("broken.rtf", "Dear Minister,\n".getBytes(StandardCharsets.UTF_8)))
            .error();
    assertEquals("broken.rtf: error: is not a readable RTF file (no {\\rtf header)", d.toString());
  }

  @Test
  void aTruncatedFileIsReadAsFarAsItGoes() {
    RawDocument doc = read("{\\rtf1\\ansi Dear Minister, we write{\\b to urge");
    assertTrue(doc.text().startsWith("Dear Minister, we write"), doc.text());
    assertFalse(doc.text().contains("\\"), doc.text());
  }

  @Test
  void binaryPictureDataIsSkipped() {
    assertEquals(
        "Dear Minister\n", read("{\\rtf1\\ansi Dear{\\pict\\bin4 {\\'9} Minister\\par}").text());
  }

  @Test
  void groupsNestedTooDeeplyAreOneLine() {
    String rtf = "{\\rtf1 " + "{".repeat(5_000) + "x";
    Diagnostic d =
        assertInstanceOf(
                ReadResult.Failed.class,
                reader.read("deep.rtf", rtf.getBytes(StandardCharsets.ISO_8859_1)))
            .error();
    assertEquals(
        "deep.rtf: error: nests groups more than 1000 deep; not read (a limit)", d.toString());
  }

  @Test
  void readingNeedsNoDisplay() {
    read(LETTER);
    assertTrue(GraphicsEnvironment.isHeadless());
  }
}
