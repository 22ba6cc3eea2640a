package org.refrain.analysis.reuse;

import java.util.List;
import java.util.Objects;

/**
 * Two letters side by side: their paragraphs aligned, and how much of each lies in passages the
 * other shares.
 *
 * @param a the first letter's words
 * @param b the second letter's words
 * @param rows paragraph rows in reading order (A's order, B's insertions where they fall)
 * @param sharedA words of A in passages shared with B
 * @param sharedB words of B in passages shared with A
 */
public record LetterComparison(
    ReuseText a, ReuseText b, List<ParagraphMatch> rows, int sharedA, int sharedB) {

  public LetterComparison {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    rows = List.copyOf(rows);
    if (sharedA < 0 || sharedA > a.size() || sharedB < 0 || sharedB > b.size()) {
      throw new IllegalArgumentException("shared words out of range");
    }
  }

  /** The share of A's words found in B, 0 to 1. */
  public double shareA() {
    return a.size() == 0 ? 0 : (double) sharedA / a.size();
  }

  /** The share of B's words found in A, 0 to 1. */
  public double shareB() {
    return b.size() == 0 ? 0 : (double) sharedB / b.size();
  }
}
