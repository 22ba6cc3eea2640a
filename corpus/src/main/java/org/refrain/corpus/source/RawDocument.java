package org.refrain.corpus.source;

import java.util.List;
import java.util.Objects;
import org.refrain.corpus.Diagnostic;

/**
 * A document's text as read from disk, before any cleaning. For HTML this is the text jsoup
 * extracted, one block element per line; for plain text it is the decoded file.
 *
 * @param source the file name
 * @param text the decoded text, byte-order mark removed
 * @param charset the charset the bytes were decoded with
 * @param format text or HTML
 * @param diagnostics warnings raised while reading (an encoding fallback)
 */
public record RawDocument(
    String source,
    String text,
    String charset,
    DocumentFormat format,
    List<Diagnostic> diagnostics) {

  public RawDocument {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(charset, "charset");
    Objects.requireNonNull(format, "format");
    diagnostics = List.copyOf(diagnostics);
  }
}
