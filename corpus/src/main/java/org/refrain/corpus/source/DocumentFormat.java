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
  DOCX,
  /** An OpenDocument text (LibreOffice), read by {@link OdtTextExtractor}. */
  ODT,
  /** Rich Text Format, read by {@link RtfTextExtractor}. */
  RTF,
  /** An email saved as a file (MIME), read by {@link EmlTextExtractor}. */
  EML;

  /**
   * Whether the file is parsed by an extractor under the parse limits (a container or markup read
   * by a library), not decoded as text.
   */
  public boolean binary() {
    return this == PDF || this == DOCX || this == ODT || this == RTF || this == EML;
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
    if (lower.endsWith(".odt")) {
      return Optional.of(ODT);
    }
    if (lower.endsWith(".rtf")) {
      return Optional.of(RTF);
    }
    if (lower.endsWith(".eml")) {
      return Optional.of(EML);
    }
    return Optional.empty();
  }
}
