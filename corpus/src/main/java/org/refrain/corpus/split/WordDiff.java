package org.refrain.corpus.split;

/**
 * Whether two word sequences are the same text but for a few words: Myers' O(ND) difference
 * algorithm on word hashes, stopped as soon as the difference is larger than allowed, so that two
 * long letters that differ cost no more than the difference looked for.
 */
final class WordDiff {

  private WordDiff() {}

  /**
   * True when the words {@code a} and {@code b} have in common, in order, make up at least {@code
   * share} of all their words: {@code 2 * common / (|a| + |b|) >= share}, that is at most {@code (1
   * - share) * (|a| + |b|)} words inserted or deleted.
   */
  static boolean sameWords(long[] a, long[] b, double share) {
    if (share <= 0 || share > 1) {
      throw new IllegalArgumentException("share must be in (0, 1]: " + share);
    }
    int total = a.length + b.length;
    int allowed = (int) Math.floor((1 - share) * total + 1e-9);
    return distance(a, b, allowed) >= 0;
  }

  /**
   * The number of words to insert and delete to turn {@code a} into {@code b}, or -1 when it is
   * more than {@code max}.
   */
  static int distance(long[] a, long[] b, int max) {
    int n = a.length;
    int m = b.length;
    if (Math.abs(n - m) > max) {
      return -1;
    }
    int offset = max + 1;
    int[] v = new int[2 * max + 3];
    for (int d = 0; d <= max; d++) {
      for (int k = -d; k <= d; k += 2) {
        int x;
        if (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) {
          x = v[offset + k + 1];
        } else {
          x = v[offset + k - 1] + 1;
        }
        int y = x - k;
        while (x < n && y < m && a[x] == b[y]) {
          x++;
          y++;
        }
        v[offset + k] = x;
        if (x >= n && y >= m) {
          return d;
        }
      }
    }
    return -1;
  }
}
