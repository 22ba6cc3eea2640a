package org.refrain.corpus.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refrain.corpus.Diagnostic;
import org.refrain.corpus.Letter;

class OdtTextExtractorTest {

  private static final String NUMBERED_STYLE =
      "<text:list-style style:name=\"L2\"><text:list-level-style-number text:level=\"1\""
          + " style:num-format=\"1\"/></text:list-style>"
          + "<text:list-style style:name=\"L1\"><text:list-level-style-bullet text:level=\"1\""
          + " text:bullet-char=\"•\"/></text:list-style>";

  /** LibreOffice names list styles with style:name; text:name is accepted as well. */
  private static final String STYLES = NUMBERED_STYLE.replace("style:name", "text:name");

  private static final String LETTER =
      "<text:h text:outline-level=\"1\">Joint letter to the HRC</text:h>"
          + "<text:p>12 March 2024</text:p>"
          + "<text:p>Dear  Ambassador,</text:p>"
          + "<text:p>We are writing on behalf of four organizations from three countries to urge"
          + " your government to support the resolution on the human rights situation in North"
          + " Korea at the 55th session of the Human Rights Council.<text:note text:id=\"ftn1\""
          + " text:note-class=\"footnote\"><text:note-citation>1</text:note-citation>"
          + "<text:note-body><text:p>A/HRC/55/L.1, 2024.</text:p></text:note-body></text:note>"
          + "</text:p>"
          + "<text:p>We ask your delegation to do the following:</text:p>"
          + "<text:list text:style-name=\"L1\">"
          + "<text:list-item><text:p>Vote for the resolution.</text:p></text:list-item>"
          + "<text:list-item><text:p>Call for the release of all political prisoners.</text:p>"
          + "</text:list-item></text:list>"
          + "<text:list text:style-name=\"L2\">"
          + "<text:list-item><text:p>First numbered.</text:p></text:list-item>"
          + "<text:list-item><text:p>Second numbered.</text:p></text:list-item></text:list>"
          + "<text:p>Thank you for your attention.<office:annotation><text:p>draft comment"
          + "</text:p></office:annotation></text:p>"
          + "<text:p>Sincerely,</text:p>"
          + "<table:table table:name=\"Signatories\"><table:table-column/>"
          + row("Organization", "Country")
          + row("Alpha Watch", "Japan")
          + row("Beta Rights Network", "South Korea")
          + row("Gamma Justice Centre", "United Kingdom")
          + row("Delta Refugee Aid", "Japan")
          + "</table:table>";

  private final DocumentReader reader = new DocumentReader();

  private static String row(String... cells) {
    StringBuilder s = new StringBuilder("<table:table-row>");
    for (String c : cells) {
      s.append("<table:table-cell office:value-type=\"string\"><text:p>")
          .append(c)
          .append("</text:p></table:table-cell>");
    }
    return s.append("<table:table-cell/></table:table-row>").toString();
  }

  private RawDocument read(byte[] odt) {
    return assertInstanceOf(ReadResult.Read.class, reader.read("l.odt", odt)).document();
  }

  private Diagnostic failure(String name, byte[] bytes) {
    return assertInstanceOf(ReadResult.Failed.class, reader.read(name, bytes)).error();
  }

  @Test
  void headingsParagraphsListsTablesAndNotesAreLinesInOrder() {
    RawDocument doc = read(OdtFixtures.withBody(STYLES, LETTER));
    assertEquals(DocumentFormat.ODT, doc.format());
    assertEquals(
        "Joint letter to the HRC\n\n12 March 2024\nDear Ambassador,\n"
            + "We are writing on behalf of four organizations from three countries to urge your"
            + " government to support the resolution on the human rights situation in North Korea"
            + " at the 55th session of the Human Rights Council.[1]\n"
            + "We ask your delegation to do the following:\n"
            + "- Vote for the resolution.\n- Call for the release of all political prisoners.\n"
            + "1. First numbered.\n2. Second numbered.\n"
            + "Thank you for your attention.\nSincerely,\n\n"
            + "Organization\tCountry\nAlpha Watch\tJapan\nBeta Rights Network\tSouth Korea\n"
            + "Gamma Justice Centre\tUnited Kingdom\nDelta Refugee Aid\tJapan\n\n"
            + "Notes\n\n[1] A/HRC/55/L.1, 2024.\n",
        doc.text());
  }

  @Test
  void spacesTabsAndLineBreaksAreKept() {
    RawDocument doc =
        read(
            OdtFixtures.withBody(
                "",
                "<text:p>Alpha<text:s text:c=\"3\"/>Watch<text:tab/>Japan<text:line-break/>"
                    + "Beta  \n  Network</text:p>"));
    assertEquals("Alpha Watch\tJapan\nBeta Network\n", doc.text());
  }

  @Test
  void aSignatoryTableIsReadAsTheSignatoryList(@TempDir Path dir) throws Exception {
    Files.write(dir.resolve("table.odt"), OdtFixtures.withBody(STYLES, LETTER));
    Letter l = SignatoryTables.readsAsTheSignatoryList(dir);
    assertFalse(l.text().contains("A/HRC/55/L.1"), l.text());
  }

  @Test
  void aCorruptFileIsOneLineNamingIt() {
    Diagnostic d =
        failure("broken.odt", "PK\u0003\u0004 not a zip".getBytes(StandardCharsets.ISO_8859_1));
    assertTrue(
        d.toString().startsWith("broken.odt: error: is not a readable OpenDocument text ("),
        d.toString());
    assertFalse(d.toString().contains("\n"));
    Diagnostic xml = failure("bad.odt", OdtFixtures.withContent("<office:document-content"));
    assertTrue(xml.message().startsWith("is not a readable OpenDocument text ("), xml.toString());
    assertFalse(xml.toString().contains("\n"));
  }

  @Test
  void aSpreadsheetIsNotReadAsText() {
    Diagnostic d =
        failure(
            "sheet.odt", OdtFixtures.zip("application/vnd.oasis.opendocument.spreadsheet", "<x/>"));
    assertEquals(
        "is not a readable OpenDocument text (it is"
            + " application/vnd.oasis.opendocument.spreadsheet, not a text document)",
        d.message());
  }

  @Test
  void aZipBombIsRefusedInOneLine() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write("<office:document-content>".getBytes(StandardCharsets.UTF_8));
      byte[] spaces = new byte[1 << 20];
      Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 20; i++) {
        zip.write(spaces); // 20 MB of spaces: compresses about a thousand times
      }
    }
    Diagnostic d = failure("bomb.odt", out.toByteArray());
    assertEquals("expands far beyond its size (a zip bomb?); not read", d.message());
  }

  @Test
  void aBombInAnotherEntryIsRefusedToo() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("Pictures/huge.bmp"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 20; i++) {
        zip.write(zeros);
      }
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
    }
    assertTrue(failure("bomb.odt", out.toByteArray()).message().contains("zip bomb"));
  }

  @Test
  void anExternalEntityIsNeverResolved(@TempDir Path dir) throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-VALUE");
    String content =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE office:document-content [<!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\">]>\n<office:document-content"
            + OdtFixtures.NAMESPACES
            + "><office:body><office:text><text:p>Dear Minister, &xxe; we write.</text:p>"
            + "</office:text></office:body></office:document-content>";
    // The JDK's StAX parser, DTDs off, reports the reference and does not resolve it.
    RawDocument doc = read(OdtFixtures.withContent(content));
    assertEquals("Dear Minister, we write.\n", doc.text());
  }

  @Test
  void entityExpansionIsNotPerformed() {
    String content =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\">"
            + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
            + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>\n<office:document-content"
            + OdtFixtures.NAMESPACES
            + "><office:body><office:text><text:p>x &c;</text:p>"
            + "</office:text></office:body></office:document-content>";
    ReadResult result = reader.read("laughs.odt", OdtFixtures.withContent(content));
    if (result instanceof ReadResult.Read read) {
      assertFalse(read.document().text().contains("aaaaaaaaaa"), read.document().text());
    }
  }

  @Test
  void elementsNestedTooDeeplyAreRefused() {
    Diagnostic d =
        failure(
            "deep.odt", OdtFixtures.withBody("", "<text:p>" + "<text:span>".repeat(5_000) + "x"));
    assertTrue(d.message().startsWith("is not a readable OpenDocument text ("), d.toString());
    assertTrue(d.message().contains("maxElementDepth"), d.toString());
    assertFalse(d.toString().contains("\n"));
  }

  @Test
  void aZipWithoutContentIsOneLine() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("styles.xml"));
      zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
    }
    assertEquals(
        "is not a readable OpenDocument text (no content.xml)",
        failure("empty.odt", out.toByteArray()).message());
  }
}
