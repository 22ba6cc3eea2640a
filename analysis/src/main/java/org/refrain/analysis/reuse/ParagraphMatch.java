package org.refrain.analysis.reuse;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One row of a two-letter comparison: a paragraph of A aligned with one of B (the same, changed, or
 * moved), or a paragraph only one of them has.
 *
 * @param kind how the two paragraphs relate
 * @param a index of A's paragraph, or -1 when only B has it
 * @param b index of B's paragraph, or -1 when only A has it
 * @param similarity Dice similarity of their words, 0 when only one side has the paragraph
 * @param diff word-level segments from A's paragraph to B's; a single segment for one side only
 */
public record ParagraphMatch(Kind kind, int a, int b, double similarity, List<DiffSegment> diff) {

  /** How two aligned paragraphs relate. */
  public enum Kind {
    /** The same words in the same place. */
    SAME,
    /** Aligned in order, with edits. */
    CHANGED,
    /** Aligned, but out of order: B moved it. */
    MOVED,
    /** Only in A. */
    DELETED,
    /** Only in B. */
    INSERTED;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public ParagraphMatch {
    Objects.requireNonNull(kind, "kind");
    diff = List.copyOf(diff);
    if ((kind == Kind.INSERTED) != (a < 0) || (kind == Kind.DELETED) != (b < 0)) {
      throw new IllegalArgumentException(kind + " with paragraphs " + a + ", " + b);
    }
  }
}
