package org.refrain.corpus.clean;

import java.util.Objects;
import org.refrain.corpus.Span;

/**
 * One line of a cleaned text: its 1-based number, its span in that text (without the line break)
 * and its characters.
 */
public record Line(int number, Span span, String text) {

  public Line {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    if (number < 1) {
      throw new IllegalArgumentException("number must be >= 1: " + number);
    }
    if (span.length() != text.length()) {
      throw new IllegalArgumentException("span " + span + " does not match text length");
    }
  }

  public boolean isBlank() {
    return text.isBlank();
  }

  /** The text without leading and trailing white space. */
  public String trimmed() {
    return text.strip();
  }
}
