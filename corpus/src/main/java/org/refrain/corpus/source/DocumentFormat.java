package org.refrain.corpus.source;

import java.util.Locale;
import java.util.Optional;

/** The formats Refrain reads, chosen by file extension. */
public enum DocumentFormat {
  TEXT,
  MARKDOWN,
  HTML,
  /** A PDF with a text layer, read by {@link PdfTextExtractor}. */
  PDF,
  /** A Word document (Office Open XML), read by {@link DocxTextExtractor}. */
  DOCX;

  /** Whether the file is a binary container parsed by a library, not decoded as text. */
  public boolean binary() {
    return this == PDF || this == DOCX;
  }

  /** The format for a file name, or empty when Refrain does not read that kind of file. */
  public static Optional<DocumentFormat> forFileName(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".txt") || lower.endsWith(".text")) {
      return Optional.of(TEXT);
    }
    if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
      return Optional.of(MARKDOWN);
    }
    if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
      return Optional.of(HTML);
    }
    if (lower.endsWith(".pdf")) {
      return Optional.of(PDF);
    }
    if (lower.endsWith(".docx")) {
      return Optional.of(DOCX);
    }
    return Optional.empty();
  }
}
