package org.refrain.corpus;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

/**
 * Maps offsets in a letter's text back to the document as it was read (the decoded file; for HTML
 * and Markdown, the text extracted from it), so any span a later stage reports can be shown in the
 * original. Cleaning only drops or replaces characters, so the map is monotone.
 *
 * <p>A map of a paged document (PDF) also knows where each page begins in the source, so a span can
 * be shown with its page ({@link #page}); for other documents there are no pages.
 */
public final class SourceMap {

  private static final int[] NO_PAGES = new int[0];

  private final int[] offsets;

  /** Source offsets where pages 1, 2, ... begin; empty when the source has no pages. */
  private final int[] pageStarts;

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
    this(offsets, NO_PAGES);
  }

  private SourceMap(int[] offsets, int[] pageStarts) {
    for (int i = 1; i < offsets.length; i++) {
      if (offsets[i] < offsets[i - 1]) {
        throw new IllegalArgumentException("offsets must not decrease at " + i);
      }
    }
    for (int i = 1; i < pageStarts.length; i++) {
      if (pageStarts[i] < pageStarts[i - 1]) {
        throw new IllegalArgumentException("pageStarts must not decrease at " + i);
      }
    }
    this.offsets = offsets.clone();
    this.pageStarts = pageStarts.clone();
  }

  /**
   * This map, with the source offsets where the source's pages begin (page 1 first; {@link
   * org.refrain.corpus.source.RawDocument#pageStarts}).
   */
  public SourceMap withPages(List<Integer> sourcePageStarts) {
    return new SourceMap(offsets, sourcePageStarts.stream().mapToInt(Integer::intValue).toArray());
  }

  /**
   * The 1-based page of the source that letter offset {@code i} ({@code 0..length}) came from, or
   * empty when the source has no pages.
   */
  public OptionalInt page(int i) {
    if (pageStarts.length == 0) {
      return OptionalInt.empty();
    }
    int source = sourceOffset(i);
    int at = Arrays.binarySearch(pageStarts, source);
    if (at < 0) {
      at = -at - 2; // the last page starting before the offset
    } else {
      while (at + 1 < pageStarts.length && pageStarts[at + 1] == source) {
        at++; // an empty page starts at the same offset as the next: the offset is on the next
      }
    }
    return OptionalInt.of(Math.max(at, 0) + 1);
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
    return new SourceMap(Arrays.copyOfRange(offsets, from, to + 1), pageStarts);
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
    return o instanceof SourceMap m
        && Arrays.equals(m.offsets, offsets)
        && Arrays.equals(m.pageStarts, pageStarts);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(offsets);
  }
}
