package org.refrain.corpus.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.refrain.corpus.Diagnostic;

/**
 * Reads a file's bytes into a {@link RawDocument}. Text: UTF-8 with or without a byte-order mark,
 * UTF-16 (little or big endian) with one, falling back to windows-1252 (with a warning) when the
 * bytes are not valid UTF-8; HTML through {@link HtmlTextExtractor}, Markdown through {@link
 * MarkdownRenderer} and then the same extractor. PDF through {@link PdfTextExtractor}, Word through
 * {@link DocxTextExtractor}, OpenDocument text through {@link OdtTextExtractor}, RTF through {@link
 * RtfTextExtractor} and email through {@link EmlTextExtractor}, each bounded: files over {@link
 * #MAX_PARSED_BYTES} are refused and a parse taking over {@link #PARSE_TIME_LIMIT} is abandoned.
 * Empty, binary, oversized and unreadable files become a one-line error.
 */
public final class DocumentReader {

  /**
   * The largest PDF, Word, OpenDocument, RTF or email file parsed: 50 MB, far above any letter's.
   */
  public static final long MAX_PARSED_BYTES = 50L * 1024 * 1024;

  /** The time one parsed file (PDF, Word, OpenDocument, RTF, email) may take to parse. */
  public static final Duration PARSE_TIME_LIMIT = Duration.ofSeconds(60);

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  static {
    LibraryLogging.silence(); // before the extractors load PDFBox and POI
  }

  /**
   * Share of control characters above which a file is taken for binary: compressed or random bytes
   * have about 10%, executables more; a text with a stray NUL or a control code on every line
   * (about 2%) is read, the controls removed with a warning.
   */
  private static final double MAX_CONTROL_SHARE = 0.05;

  /**
   * The largest file read, in bytes (20 MB): a hundred times the longest joint letter seen, and
   * small enough that reading, cleaning and splitting stay within a few hundred megabytes of heap.
   * A larger file is one error line; it is never read into memory.
   */
  public static final long MAX_BYTES = 20L * 1024 * 1024;

  private final HtmlTextExtractor html = new HtmlTextExtractor();
  private final MarkdownRenderer markdown = new MarkdownRenderer();
  private final PdfTextExtractor pdf = new PdfTextExtractor();
  private final DocxTextExtractor docx = new DocxTextExtractor();
  private final OdtTextExtractor odt = new OdtTextExtractor();
  private final RtfTextExtractor rtf = new RtfTextExtractor();
  private final EmlTextExtractor eml = new EmlTextExtractor(this::extractAttachment, html);
  private final BoundedParser bounded = new BoundedParser(PARSE_TIME_LIMIT);

  /** Reads {@code path}, naming it in any diagnostic by its file name. */
  public ReadResult read(Path path) {
    String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
    byte[] bytes;
    try {
      // Parsed files up to their parse limit; text files up to the letter limit.
      Optional<DocumentFormat> format = DocumentFormat.forFileName(name);
      long size = Files.size(path);
      if (format.isPresent() && format.get().binary()) {
        if (size > MAX_PARSED_BYTES) {
          return tooLarge(name);
        }
      } else if (size > MAX_BYTES) {
        return failed(name, tooLarge(size));
      }
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      return failed(name, "no such file");
    } catch (IOException | SecurityException e) {
      return failed(name, "cannot be read (" + reason(e) + ")");
    }
    return read(name, bytes);
  }

  /** Reads a document given as bytes (the bundled corpus, tests). */
  public ReadResult read(String name, byte[] bytes) {
    Optional<DocumentFormat> format = DocumentFormat.forFileName(name);
    if (format.isEmpty()) {
      return failed(
          name,
          "not a supported format (expected .txt, .md, .html, .htm, .pdf, .docx, .odt, .rtf or"
              + " .eml)");
    }
    if (!format.get().binary() && bytes.length > MAX_BYTES) {
      return failed(name, tooLarge(bytes.length));
    }
    if (bytes.length == 0) {
      return failed(name, "the file is empty");
    }
    if (format.get().binary()) {
      return readParsed(name, format.get(), bytes);
    }
    Optional<Charset> utf16 = utf16Bom(bytes);
    int skip = 2;
    if (utf16.isEmpty()) {
      // No byte-order mark: Latin text in UTF-16 has a zero in every other byte.
      utf16 = utf16WithoutBom(bytes);
      skip = 0;
    }
    if (utf16.isEmpty() && looksBinary(bytes)) {
      return failed(name, "looks like a binary file, not text");
    }
    List<Diagnostic> diagnostics = new ArrayList<>();
    String charset = "UTF-8";
    String text;
    if (utf16.isPresent()) {
      charset = utf16.get().name();
      text = utf16(name, bytes, skip, utf16.get(), diagnostics);
    } else {
      int bom = hasUtf8Bom(bytes) ? 3 : 0;
      try {
        text = strictUtf8(bytes, bom);
      } catch (CharacterCodingException e) {
        text = new String(bytes, WINDOWS_1252);
        charset = "windows-1252";
        diagnostics.add(
            Diagnostic.warning(name, 0, "not valid UTF-8; read as windows-1252 instead"));
      }
    }
    text =
        switch (format.get()) {
          case HTML -> html.extract(text);
          case MARKDOWN -> html.extract(markdown.toHtml(text));
          case TEXT -> text;
          case PDF, DOCX, ODT, RTF, EML ->
              throw new AssertionError("parsed, not decoded: " + format.get());
        };
    if (text.isBlank()) {
      return failed(name, "contains no text");
    }
    return new ReadResult.Read(new RawDocument(name, text, charset, format.get(), diagnostics));
  }

  /** A PDF, Word, OpenDocument, RTF or email file, parsed in a worker under the time limit. */
  private ReadResult readParsed(String name, DocumentFormat format, byte[] bytes) {
    if (bytes.length > MAX_PARSED_BYTES) {
      return tooLarge(name);
    }
    ExtractedText extracted;
    try {
      extracted = bounded.run(() -> extract(format, bytes));
    } catch (UnreadableDocumentException e) {
      return failed(name, e.getMessage());
    }
    if (extracted.text().isBlank()) {
      return failed(name, "contains no text");
    }
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (String warning : extracted.warnings()) {
      diagnostics.add(Diagnostic.warning(name, 0, warning));
    }
    return new ReadResult.Read(
        new RawDocument(
            name, extracted.text(), "UTF-8", format, diagnostics, extracted.pageStarts()));
  }

  private ExtractedText extract(DocumentFormat format, byte[] bytes)
      throws UnreadableDocumentException {
    return switch (format) {
      case PDF -> pdf.extract(bytes);
      case DOCX -> docx.extract(bytes);
      case ODT -> odt.extract(bytes);
      case RTF -> rtf.extract(bytes);
      case EML -> eml.extract(bytes);
      case TEXT, MARKDOWN, HTML -> throw new AssertionError("decoded, not parsed: " + format);
    };
  }

  /**
   * An email attachment's text when it is a PDF or Word file (read in the email's worker, under the
   * same limits), or empty for other kinds.
   */
  private Optional<ExtractedText> extractAttachment(String fileName, byte[] bytes)
      throws UnreadableDocumentException {
    Optional<DocumentFormat> format = DocumentFormat.forFileName(fileName);
    if (format.isEmpty()
        || !(format.get() == DocumentFormat.PDF
            || format.get() == DocumentFormat.DOCX
            || format.get() == DocumentFormat.ODT
            || format.get() == DocumentFormat.RTF)) {
      return Optional.empty();
    }
    return Optional.of(extract(format.get(), bytes));
  }

  private static ReadResult tooLarge(String name) {
    return failed(
        name, "is larger than " + MAX_PARSED_BYTES / (1024 * 1024) + " MB; not parsed (a limit)");
  }

  /**
   * UTF-16 after its byte-order mark ({@code skip} 2) or from the start ({@code skip} 0); malformed
   * units (an odd last byte) become U+FFFD.
   */
  private static String utf16(
      String name, byte[] bytes, int skip, Charset charset, List<Diagnostic> out) {
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
          .toString();
    } catch (CharacterCodingException e) {
      out.add(
          Diagnostic.warning(
              name, 0, "not valid " + charset.name() + "; bad characters replaced with U+FFFD"));
      return new String(bytes, skip, bytes.length - skip, charset);
    }
  }

  /**
   * UTF-16 without a byte-order mark, told by its zeros: in the first 4 KB, nine in ten of the odd
   * bytes are zero and one in ten of the even ones at most (little-endian Latin text), or the other
   * way round (big-endian). Text in other scripts without a mark is not recognised.
   */
  static Optional<Charset> utf16WithoutBom(byte[] b) {
    int pairs = Math.min(b.length, 4096) / 2;
    if (pairs < 8) {
      return Optional.empty();
    }
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i < pairs; i++) {
      evenZeros += b[2 * i] == 0 ? 1 : 0;
      oddZeros += b[2 * i + 1] == 0 ? 1 : 0;
    }
    if (oddZeros * 10 >= pairs * 9 && evenZeros * 10 <= pairs) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    if (evenZeros * 10 >= pairs * 9 && oddZeros * 10 <= pairs) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    return Optional.empty();
  }

  /** UTF-16LE for a file starting FF FE, UTF-16BE for FE FF (what Windows saves as "Unicode"). */
  private static Optional<Charset> utf16Bom(byte[] b) {
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    return Optional.empty();
  }

  private static String strictUtf8(byte[] bytes, int offset) throws CharacterCodingException {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
        .toString();
  }

  private static boolean hasUtf8Bom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
  }

  /**
   * More than a few control characters other than tab/CR/LF/FF/ESC (NUL counted) in the first 64 KB
   * mean binary. A stray NUL in a letter is not enough: the cleaner removes it with a warning.
   */
  private static boolean looksBinary(byte[] bytes) {
    int control = 0;
    int n = Math.min(bytes.length, 64 * 1024);
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
        control++;
      }
    }
    return control > n * MAX_CONTROL_SHARE;
  }

  private static String tooLarge(long size) {
    return "too large to be a letter ("
        + (size + (1 << 20) - 1) / (1 << 20)
        + " MB; Refrain reads files of up to "
        + (MAX_BYTES >> 20)
        + " MB)";
  }

  private static String reason(Exception e) {
    String msg = e.getMessage();
    return msg == null || msg.isBlank() ? e.getClass().getSimpleName() : msg;
  }

  private static ReadResult failed(String name, String why) {
    return new ReadResult.Failed(Diagnostic.error(name, why));
  }
}
