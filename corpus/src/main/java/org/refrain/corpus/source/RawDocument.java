package org.refrain.corpus.source;

import java.util.List;
import java.util.Objects;
import org.refrain.corpus.Diagnostic;

/**
 * A document's text as read from disk, before any cleaning. For HTML this is the text jsoup
 * extracted, one block element per line; for PDF and Word one paragraph per line (see {@link
 * PdfTextExtractor}, {@link DocxTextExtractor}); for plain text it is the decoded file.
 *
 * @param source the file name
 * @param text the decoded text, byte-order mark removed
 * @param charset the charset the bytes were decoded with
 * @param format the format it was read as
 * @param diagnostics warnings raised while reading (an encoding fallback)
 * @param pageStarts for a paged document (PDF), the offset in {@code text} where each page's text
 *     begins, page 1 first (increasing, the first 0); empty for documents without pages
 */
public record RawDocument(
    String source,
    String text,
    String charset,
    DocumentFormat format,
    List<Diagnostic> diagnostics,
    List<Integer> pageStarts) {

  public RawDocument {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(charset, "charset");
    Objects.requireNonNull(format, "format");
    diagnostics = List.copyOf(diagnostics);
    pageStarts = List.copyOf(pageStarts);
    for (int i = 0; i < pageStarts.size(); i++) {
      int start = pageStarts.get(i);
      if (start < 0 || start > text.length() || (i > 0 && start < pageStarts.get(i - 1))) {
        throw new IllegalArgumentException("pageStarts must be ordered offsets in text: " + start);
      }
    }
  }

  /** A document without pages (text, Markdown, HTML, Word). */
  public RawDocument(
      String source,
      String text,
      String charset,
      DocumentFormat format,
      List<Diagnostic> diagnostics) {
    this(source, text, charset, format, diagnostics, List.of());
  }
}
