package org.refrain.analysis.reuse;

/**
 * One passage two word sequences share, as word ranges {@code [aFrom, aTo)} and {@code [bFrom,
 * bTo)}, with the number of words the alignment matched inside them.
 */
record AlignedPassage(int aFrom, int aTo, int bFrom, int bTo, int matched) {

  AlignedPassage {
    if (aFrom < 0 || aTo <= aFrom || bFrom < 0 || bTo <= bFrom) {
      throw new IllegalArgumentException(
          "empty or negative passage " + aFrom + ".." + aTo + " / " + bFrom + ".." + bTo);
    }
    if (matched < 1 || matched > Math.min(aTo - aFrom, bTo - bFrom)) {
      throw new IllegalArgumentException("matched out of range: " + matched);
    }
  }

  /** Dice similarity: 2 x matched words / (words of both copies). */
  double similarity() {
    return 2.0 * matched / ((aTo - aFrom) + (bTo - bFrom));
  }
}
