package org.refrain.corpus;

import java.util.Arrays;

/**
 * Maps offsets in a letter's text back to the document as it was read (the decoded file; for HTML
 * and Markdown, the text extracted from it), so any span a later stage reports can be shown in the
 * original. Cleaning only drops or replaces characters, so the map is monotone.
 */
public final class SourceMap {

  private final int[] offsets;

  /**
   * A map from offsets.
   *
   * @param offsets for each offset {@code 0..length} of a text, the source offset it came from
   * @throws IllegalArgumentException when the offsets decrease
   */
  public static SourceMap of(int[] offsets) {
    return new SourceMap(offsets);
  }

  private SourceMap(int[] offsets) {
    for (int i = 1; i < offsets.length; i++) {
      if (offsets[i] < offsets[i - 1]) {
        throw new IllegalArgumentException("offsets must not decrease at " + i);
      }
    }
    this.offsets = offsets.clone();
  }

  /** The map of a text that is its own source (a letter built by hand, a test's). */
  public static SourceMap identity(int length) {
    if (length < 0) {
      throw new IllegalArgumentException("length must be >= 0: " + length);
    }
    int[] offsets = new int[length + 1];
    for (int i = 0; i <= length; i++) {
      offsets[i] = i;
    }
    return new SourceMap(offsets);
  }

  /** The map of the part {@code from..to} (inclusive) of this map's text. */
  public SourceMap slice(int from, int to) {
    if (from < 0 || to < from || to >= offsets.length) {
      throw new IllegalArgumentException("range out of bounds: " + from + ".." + to);
    }
    return new SourceMap(Arrays.copyOfRange(offsets, from, to + 1));
  }

  /** The source offset of letter offset {@code i} ({@code 0..length}). */
  public int sourceOffset(int i) {
    if (i < 0 || i >= offsets.length) {
      throw new IllegalArgumentException("offset out of range: " + i);
    }
    return offsets[i];
  }

  /**
   * The source span of a letter span: from its first character to just after its last, so white
   * space the cleaner dropped after it is left out.
   */
  public Span sourceSpan(Span letterSpan) {
    int start = sourceOffset(letterSpan.start());
    if (letterSpan.length() == 0) {
      return Span.of(start, start);
    }
    return Span.of(start, sourceOffset(letterSpan.end() - 1) + 1);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SourceMap m && Arrays.equals(m.offsets, offsets);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(offsets);
  }
}
