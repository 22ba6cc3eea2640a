package org.refrain.corpus.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refrain.corpus.Diagnostic;

class DocumentReaderTest {

  private final DocumentReader reader = new DocumentReader();

  private RawDocument read(String name, byte[] bytes) {
    ReadResult r = reader.read(name, bytes);
    return assertInstanceOf(ReadResult.Read.class, r).document();
  }

  private Diagnostic failure(String name, byte[] bytes) {
    return assertInstanceOf(ReadResult.Failed.class, reader.read(name, bytes)).error();
  }

  @Test
  void utf8WithBomLosesTheBom() {
    byte[] body = "Dear Sir,".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    RawDocument doc = read("a.txt", bytes);
    assertEquals("Dear Sir,", doc.text());
    assertEquals("UTF-8", doc.charset());
    assertTrue(doc.diagnostics().isEmpty());
  }

  @Test
  void invalidUtf8FallsBackToWindows1252WithAWarning() {
    byte[] bytes = "Caf\u00e9 \u201cquoted\u201d".getBytes(Charset.forName("windows-1252"));
    RawDocument doc = read("latin.txt", bytes);
    assertEquals("Caf\u00e9 \u201cquoted\u201d", doc.text());
    assertEquals("windows-1252", doc.charset());
    assertEquals(1, doc.diagnostics().size());
    assertTrue(
        doc.diagnostics().get(0).toString().startsWith("latin.txt: warning: not valid UTF-8"));
  }

  @Test
  void emptyBinaryBlankAndUnsupportedFilesAreOneLineErrors() {
    assertEquals("e.txt: error: the file is empty", failure("e.txt", new byte[0]).toString());
    assertEquals(
        "b.txt: error: looks like a binary file, not text",
        failure("b.txt", new byte[] {'P', 'K', 3, 4, 0, 0}).toString());
    assertEquals(
        "w.txt: error: contains no text", failure("w.txt", " \n\t\n".getBytes()).toString());
    assertTrue(failure("x.doc", "{\\rtf".getBytes()).message().contains("not a supported format"));
  }

  private static byte[] withBom(byte[] bom, String text, Charset charset) {
    byte[] body = text.getBytes(charset);
    byte[] bytes = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, bytes, 0, bom.length);
    System.arraycopy(body, 0, bytes, bom.length, body.length);
    return bytes;
  }

  @Test
  void utf16WithABomIsTextInEitherByteOrder() {
    String letter = "Dear Ambassador,\r\nWe ask you \u2013 \u201cnow\u201d \uc548\ub155.\r\n";
    RawDocument le =
        read(
            "le.txt",
            withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, letter, StandardCharsets.UTF_16LE));
    assertEquals(letter, le.text());
    assertEquals("UTF-16LE", le.charset());
    assertTrue(le.diagnostics().isEmpty());
    RawDocument be =
        read(
            "be.txt",
            withBom(new byte[] {(byte) 0xFE, (byte) 0xFF}, letter, StandardCharsets.UTF_16BE));
    assertEquals(letter, be.text());
    assertEquals("UTF-16BE", be.charset());
    RawDocument utf8 =
        read(
            "bom.md",
            withBom(
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                letter,
                StandardCharsets.UTF_8));
    assertEquals(
        "Dear Ambassador,\nWe ask you \u2013 \u201cnow\u201d \uc548\ub155.\n", utf8.text());
  }

  @Test
  void utf16WithoutABomIsTextWhenItsZerosSaySo() {
    String letter =
        "Dear Ambassador,\nWe urge you to support the resolution on North Korea \u2013 now.\n";
    RawDocument le = read("le.txt", letter.getBytes(StandardCharsets.UTF_16LE));
    assertEquals(letter, le.text());
    assertEquals("UTF-16LE", le.charset());
    RawDocument be = read("be.txt", letter.getBytes(StandardCharsets.UTF_16BE));
    assertEquals(letter, be.text());
    assertEquals("UTF-16BE", be.charset());
    // Plain text, and binary with zeros here and there, are not taken for UTF-16.
    assertTrue(DocumentReader.utf16WithoutBom(letter.getBytes(StandardCharsets.UTF_8)).isEmpty());
    byte[] noise = new byte[4096];
    new java.util.Random(7).nextBytes(noise);
    assertTrue(DocumentReader.utf16WithoutBom(noise).isEmpty());
  }

  @Test
  void utf16WithAnOddLastByteIsReadWithAWarning() {
    byte[] good =
        withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Dear Sir,", StandardCharsets.UTF_16LE);
    byte[] odd = java.util.Arrays.copyOf(good, good.length + 1);
    RawDocument doc = read("odd.txt", odd);
    assertTrue(doc.text().startsWith("Dear Sir,"));
    assertEquals(
        "odd.txt: warning: not valid UTF-16LE; bad characters replaced with U+FFFD",
        doc.diagnostics().get(0).toString());
  }

  @Test
  void pdfAndWordFilesOverTheSizeLimitAreRefusedUnread(@TempDir Path dir) throws Exception {
    Path big = dir.resolve("big.pdf");
    try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(DocumentReader.MAX_PARSED_BYTES + 1); // sparse: nothing is written
    }
    assertEquals(
        "big.pdf: error: is larger than 50 MB; not parsed (a limit)",
        assertInstanceOf(ReadResult.Failed.class, reader.read(big)).error().toString());
  }

  @Test
  void aFileOverTheSizeLimitIsOneLineAndIsNotRead(@TempDir Path dir) throws Exception {
    Path huge = dir.resolve("huge.txt");
    try (var file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(100L * 1024 * 1024); // sparse: no disk, and never read
    }
    assertEquals(
        "huge.txt: error: too large to be a letter (100 MB; Refrain reads files of up to 20 MB)",
        assertInstanceOf(ReadResult.Failed.class, reader.read(huge)).error().toString());
  }

  @Test
  void missingFileIsAnErrorNamingIt(@TempDir Path dir) {
    ReadResult r = reader.read(dir.resolve("gone.txt"));
    assertEquals(
        "gone.txt: error: no such file",
        assertInstanceOf(ReadResult.Failed.class, r).error().toString());
  }

  @Test
  void markdownLosesItsSyntaxButKeepsItsLines() {
    String md =
        "# Joint letter\n\n**Brussels, 12 January 2022**\n\nAlpha Watch\nJapan\n\n* one\n* two\n\n"
            + "3. three\n4. four\n\n    kept as\n    written\n";
    RawDocument doc = read("l.md", md.getBytes(StandardCharsets.UTF_8));
    assertEquals(DocumentFormat.MARKDOWN, doc.format());
    assertEquals(
        "Joint letter\n\nBrussels, 12 January 2022\n\nAlpha Watch\nJapan\n\n- one\n- two\n\n"
            + "3. three\n\n4. four\n\nkept as\nwritten\n",
        doc.text());
  }

  @Test
  void readsFromDisk(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("l.md");
    Files.writeString(f, "Dear Colleagues,\n");
    assertEquals("Dear Colleagues,\n", read(f).text());
  }

  private RawDocument read(Path f) {
    return assertInstanceOf(ReadResult.Read.class, reader.read(f)).document();
  }

  @Test
  void htmlKeepsBlocksAsLinesAndTableCellsAsPipes() {
    String html =
        "<html><head><script>x()</script><style>p{}</style></head><body>"
            + "<h1>Title</h1><p>First&nbsp;para <b>bold</b></p><p>Second<br>line</p>"
            + "<ol><li>One</li><li>Two</li></ol>"
            + "<table><tr><td>HRW</td><td>USA</td></tr></table></body></html>";
    RawDocument doc = read("p.html", html.getBytes(StandardCharsets.UTF_8));
    assertEquals(DocumentFormat.HTML, doc.format());
    assertEquals(
        "Title\n\nFirst\u00a0para bold\n\nSecond\nline\n\n1. One\n2. Two\n\nHRW | USA\n",
        doc.text());
    assertFalse(doc.text().contains("x()"));
  }
}
