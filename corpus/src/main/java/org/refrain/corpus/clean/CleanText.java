package org.refrain.corpus.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.refrain.corpus.Span;

/**
 * A normalised text with a map back to the raw text it came from, so a span in the clean text can
 * always be shown in the original.
 */
public final class CleanText {

  private final String text;
  private final int[] rawOffsets;

  /**
   * @param text the normalised text
   * @param rawOffsets for each offset {@code 0..text.length()} of the clean text, the raw offset it
   *     came from (non-decreasing)
   */
  public CleanText(String text, int[] rawOffsets) {
    this.text = Objects.requireNonNull(text, "text");
    Objects.requireNonNull(rawOffsets, "rawOffsets");
    if (rawOffsets.length != text.length() + 1) {
      throw new IllegalArgumentException(
          "rawOffsets must have text.length() + 1 entries: " + rawOffsets.length);
    }
    this.rawOffsets = rawOffsets.clone();
  }

  public String text() {
    return text;
  }

  /** The raw offset that clean offset {@code cleanOffset} (0..length) came from. */
  public int rawOffset(int cleanOffset) {
    if (cleanOffset < 0 || cleanOffset >= rawOffsets.length) {
      throw new IllegalArgumentException("cleanOffset out of range: " + cleanOffset);
    }
    return rawOffsets[cleanOffset];
  }

  /**
   * The raw span a clean span came from: from its first character's raw offset to just after its
   * last character's, so white space the cleaner dropped after it is not included.
   */
  public Span rawSpan(Span clean) {
    int start = rawOffset(clean.start());
    if (clean.length() == 0) {
      return Span.of(start, start);
    }
    return Span.of(start, rawOffset(clean.end() - 1) + 1);
  }

  /** The raw offsets of clean offsets {@code from..to}, inclusive: {@code to - from + 1} values. */
  public int[] rawOffsets(int from, int to) {
    if (from < 0 || to < from || to >= rawOffsets.length) {
      throw new IllegalArgumentException("range out of bounds: " + from + ".." + to);
    }
    return Arrays.copyOfRange(rawOffsets, from, to + 1);
  }

  /** The text's lines, without their line breaks, numbered from 1. */
  public List<Line> lines() {
    List<Line> lines = new ArrayList<>();
    int start = 0;
    int number = 1;
    while (start <= text.length()) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl;
      if (nl >= 0 || start < text.length()) {
        lines.add(new Line(number++, Span.of(start, end), text.substring(start, end)));
      }
      if (nl < 0) {
        break;
      }
      start = nl + 1;
    }
    return List.copyOf(lines);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CleanText c
        && c.text.equals(text)
        && Arrays.equals(c.rawOffsets, rawOffsets);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }
}
