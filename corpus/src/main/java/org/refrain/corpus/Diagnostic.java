package org.refrain.corpus;

import java.util.Objects;

/**
 * Something a reader noticed about a document: a file that could not be read (an error) or a part
 * of one that was read with a caveat (a warning). Messy documents are normal, so parsers collect
 * these instead of throwing; the command line prints each as one line.
 *
 * @param file the file name the diagnostic is about
 * @param line the 1-based line in the cleaned text, or 0 when it concerns the whole file
 * @param severity how bad it is
 * @param message what happened and why, in one sentence
 */
public record Diagnostic(String file, int line, Severity severity, String message) {

  /** How bad a diagnostic is. */
  public enum Severity {
    WARNING,
    ERROR
  }

  public Diagnostic {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    if (line < 0) {
      throw new IllegalArgumentException("line must be >= 0: " + line);
    }
  }

  public static Diagnostic error(String file, String message) {
    return new Diagnostic(file, 0, Severity.ERROR, message);
  }

  public static Diagnostic warning(String file, int line, String message) {
    return new Diagnostic(file, line, Severity.WARNING, message);
  }

  /** The one-line form shown to users: {@code file:line: warning: message}. */
  @Override
  public String toString() {
    String where = line > 0 ? file + ":" + line : file;
    return where + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
  }
}
