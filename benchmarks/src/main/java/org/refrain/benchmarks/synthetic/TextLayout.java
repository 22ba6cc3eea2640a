package org.refrain.benchmarks.synthetic;

import org.refrain.corpus.Span;

/**
 * Writes a letter's text block by block and says where each block landed, so paragraph and
 * signatory spans match the text by construction. Blocks are lines; a blank line separates the
 * parts of the letter, as in a plain-text letter.
 */
final class TextLayout {

  private final StringBuilder text = new StringBuilder();

  /** Appends {@code line} and a line break; returns where the line stands. */
  Span line(String line) {
    int start = text.length();
    text.append(line).append('\n');
    return Span.of(start, start + line.length());
  }

  /** Appends {@code line} and a blank line after it; returns where the line stands. */
  Span block(String line) {
    Span span = line(line);
    text.append('\n');
    return span;
  }

  String text() {
    return text.toString();
  }
}
