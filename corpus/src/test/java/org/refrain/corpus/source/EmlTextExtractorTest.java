package org.refrain.corpus.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refrain.corpus.Corpus;
import org.refrain.corpus.CorpusReader;
import org.refrain.corpus.Diagnostic;
import org.refrain.corpus.Letter;

class EmlTextExtractorTest {

  private static final String HEADERS =
      "From: Coalition <coalition@example.org>\r\n"
          + "To: Mission <mission@example.org>\r\n"
          + "Subject: =?UTF-8?Q?Joint_letter_=E2=80=93_HRC55?=\r\n"
          + "Date: Tue, 12 Mar 2024 23:30:00 -0500\r\n"
          + "MIME-Version: 1.0\r\n";

  private final DocumentReader reader = new DocumentReader();

  private RawDocument read(String eml) {
    return assertInstanceOf(
            ReadResult.Read.class, reader.read("m.eml", eml.getBytes(StandardCharsets.UTF_8)))
        .document();
  }

  @Test
  void aQuotedPrintablePlainTextEmailIsReadWithItsSubjectAndDate() {
    RawDocument doc =
        read(
            HEADERS
                + "Content-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
                + "Dear Ambassador,\r\n\r\n"
                + "We write about the =E2=80=9Cdeath penalty=E2=80=9D in M=C3=BCnchen and Gen=\r\n"
                + "=C3=A8ve.\r\n");
    assertEquals(DocumentFormat.EML, doc.format());
    assertEquals(
        "Joint letter – HRC55\n\nDate: 12 March 2024\n\nDear Ambassador,\n\n"
            + "We write about the “death penalty” in München and Genève.\n",
        doc.text());
  }

  @Test
  void anHtmlOnlyEmailIsReadThroughTheHtmlExtractor() {
    String html = "<html><body><p>Dear Minister,</p><ul><li>Act now.</li></ul></body></html>";
    RawDocument doc =
        read(
            HEADERS
                + "Content-Type: text/html; charset=ISO-8859-1\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n"
                + Base64.getMimeEncoder().encodeToString(html.getBytes(StandardCharsets.UTF_8))
                + "\r\n");
    assertTrue(doc.text().endsWith("Dear Minister,\n\n- Act now.\n"), doc.text());
  }

  @Test
  void thePlainPartOfAnAlternativeIsPreferredAndAttachmentsAreRead() {
    byte[] docx =
        DocxFixtures.fromText(
            "Dear Commissioner,\n\nWe urge you to act.\n\nSincerely,\n\nAlpha Watch, Japan");
    String eml =
        HEADERS
            + "Content-Type: multipart/mixed; boundary=\"outer\"\r\n\r\n"
            + "--outer\r\n"
            + "Content-Type: multipart/alternative; boundary=\"alt\"\r\n\r\n"
            + "--alt\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\nPlain body.\r\n"
            + "--alt\r\nContent-Type: text/html\r\n\r\n<p>HTML body.</p>\r\n"
            + "--alt--\r\n"
            + "--outer\r\n"
            + "Content-Type: application/vnd.openxmlformats-officedocument"
            + ".wordprocessingml.document; name=\"letter.docx\"\r\n"
            + "Content-Disposition: attachment; filename=\"letter.docx\"\r\n"
            + "Content-Transfer-Encoding: base64\r\n\r\n"
            + Base64.getMimeEncoder().encodeToString(docx)
            + "\r\n--outer\r\n"
            + "Content-Type: image/png; name=\"logo.png\"\r\n"
            + "Content-Disposition: inline; filename=\"logo.png\"\r\n"
            + "Content-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n"
            + "--outer--\r\n";
    RawDocument doc = read(eml);
    assertTrue(doc.text().contains("\n\nPlain body.\n\nDear Commissioner,\n"), doc.text());
    assertFalse(doc.text().contains("HTML body"), doc.text());
    assertEquals(
        List.of(
            "m.eml: warning: 1 attachment not read (not PDF, Word, OpenDocument or RTF):"
                + " logo.png"),
        doc.diagnostics().stream().map(Diagnostic::toString).toList());
  }

  @Test
  void theSendingDateIsThePostingDateOfALetterOfToday(@TempDir Path dir) throws Exception {
    String eml =
        HEADERS
            + "Content-Type: text/plain; charset=UTF-8\r\n\r\n"
            + "Today, four organizations wrote to the Council.\r\n\r\n"
            + "Dear Members of the Human Rights Council,\r\n\r\n"
            + "We, the undersigned organizations, urge you to support the resolution on the"
            + " human rights situation in North Korea at the 55th session of the Council.\r\n\r\n"
            + "Sincerely,\r\n\r\nAlpha Watch, Japan\r\nBeta Rights Network, South Korea\r\n"
            + "Gamma Justice Centre, United Kingdom\r\nDelta Refugee Aid, Japan\r\n";
    Files.writeString(dir.resolve("today.eml"), eml);
    Corpus corpus = CorpusReader.create().read(List.of(dir));
    assertEquals(1, corpus.letters().size(), corpus.diagnostics().toString());
    Letter l = corpus.letters().get(0);
    assertEquals(LocalDate.of(2024, 3, 12), l.date().value(), l.date().toString());
    assertEquals(4, l.signatories().size());
  }

  @Test
  void aFileWithoutHeadersIsOneLineNamingIt() {
    Diagnostic d =
        assertInstanceOf(
                ReadResult.Failed.class,
                reader.read("broken.eml", "\r\n\r\njust text".getBytes(StandardCharsets.UTF_8)))
            .error();
    assertEquals("broken.eml: error: is not a readable email (no header lines)", d.toString());
  }

  @Test
  void anUnknownCharsetFallsBackToUtf8OrWindows1252() {
    assertEquals(
        "café", EmlTextExtractor.decode("café".getBytes(StandardCharsets.UTF_8), "x-unknown"));
    assertEquals(
        "café", EmlTextExtractor.decode("café".getBytes(StandardCharsets.ISO_8859_1), null));
  }
}
