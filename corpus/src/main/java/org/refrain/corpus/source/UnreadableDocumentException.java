package org.refrain.corpus.source;

/**
 * Why a parsed file (PDF, Word, OpenDocument, RTF, email) could not be read, in words for the user
 * ("the PDF is encrypted"); the reader turns it into a one-line error naming the file.
 */
final class UnreadableDocumentException extends Exception {

  private static final long serialVersionUID = 1L;

  UnreadableDocumentException(String reason) {
    super(reason, null, false, false);
  }

  /** The reason in one line: a library's message can span several. */
  static String oneLine(Throwable e) {
    String msg = e.getMessage();
    if (msg == null || msg.isBlank()) {
      return e.getClass().getSimpleName();
    }
    String line = msg.strip().replaceAll("\\s+", " ");
    return line.length() > 160 ? line.substring(0, 157) + "..." : line;
  }
}
