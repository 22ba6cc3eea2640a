package org.refrain.corpus.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.refrain.corpus.SourceMap;
import org.refrain.corpus.Span;

/**
 * A normalised text with a map back to the raw text it came from, so a span in the clean text can
 * always be shown in the original.
 */
public final class CleanText {

  private final String text;
  private final SourceMap toRaw;

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
    this.toRaw = SourceMap.of(rawOffsets);
  }

  private CleanText(String text, SourceMap toRaw) {
    this.text = text;
    this.toRaw = toRaw;
  }

  /**
   * This text, its map knowing where the raw text's pages begin ({@link SourceMap#withPages}); this
   * text itself when there are none.
   */
  public CleanText withPages(List<Integer> rawPageStarts) {
    return rawPageStarts.isEmpty() ? this : new CleanText(text, toRaw.withPages(rawPageStarts));
  }

  public String text() {
    return text;
  }

  /** The map from clean offsets back to the raw text. */
  public SourceMap toRaw() {
    return toRaw;
  }

  /** The raw offset that clean offset {@code cleanOffset} (0..length) came from. */
  public int rawOffset(int cleanOffset) {
    return toRaw.sourceOffset(cleanOffset);
  }

  /** The raw span a clean span came from (see {@link SourceMap#sourceSpan}). */
  public Span rawSpan(Span clean) {
    return toRaw.sourceSpan(clean);
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
    return o instanceof CleanText c && c.text.equals(text) && c.toRaw.equals(toRaw);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }
}
