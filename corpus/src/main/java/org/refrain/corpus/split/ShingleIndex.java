package org.refrain.corpus.split;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds, among the letters added so far, those that could share a {@code threshold} (Jaccard) of a
 * letter's shingles, without looking at the others: prefix filtering, as in set-similarity joins.
 * Each letter's shingles are ordered rarest first across the document (ties by hash); two sets with
 * a Jaccard of t or more share at least one shingle among the first {@code |S| - ceil(t|S|) + 1} of
 * each. Only those prefixes are indexed and looked up, and a shingle no other letter has is left
 * out, so a page of distinct letters costs time in proportion to its length. Candidates are only
 * candidates: the caller still measures each.
 */
final class ShingleIndex {

  private final List<long[]> prefixes = new ArrayList<>();
  private final Postings postings = new Postings();

  /**
   * @param shingles each letter's sorted, distinct shingle hashes, in document order
   * @param threshold the Jaccard at which two letters are one
   */
  ShingleIndex(List<long[]> shingles, double threshold) {
    Frequencies df = Frequencies.of(shingles);
    for (long[] set : shingles) {
      prefixes.add(sharedPrefix(set, df, threshold));
    }
  }

  private static final long[] ONE_KEY = {0};

  /** Makes letter {@code i} a candidate for the letters after it. */
  void add(int i) {
    add(i, ONE_KEY);
  }

  /**
   * Makes letter {@code i} a candidate for the letters after it that look it up under one of {@code
   * keys}: a letter is found only by letters it could be the same as on other grounds too (the same
   * date), so that many letters alike in words but never the same (one text sent on a thousand
   * dates) are not all candidates for each other.
   */
  void add(int i, long[] keys) {
    for (long shingle : prefixes.get(i)) {
      for (long key : keys) {
        postings.add(keyed(shingle, key), i);
      }
    }
  }

  /** The letters added that could repeat letter {@code i}, ascending, each once. */
  int[] candidates(int i) {
    return candidates(i, ONE_KEY);
  }

  /** The letters added under one of {@code keys} that could repeat letter {@code i}. */
  int[] candidates(int i, long[] keys) {
    Postings.IntArray found = new Postings.IntArray();
    for (long shingle : prefixes.get(i)) {
      for (long key : keys) {
        postings.copyTo(keyed(shingle, key), found);
      }
    }
    return found.sortedDistinct();
  }

  private static long keyed(long shingle, long key) {
    return key == 0 ? shingle : shingle ^ (key * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L);
  }

  /**
   * The shingles of {@code set}'s prefix that another letter also has. The overlap bound is taken a
   * hair low so that rounding never shortens the prefix below what the comparison needs.
   */
  private static long[] sharedPrefix(long[] set, Frequencies df, double threshold) {
    int overlap = (int) Math.ceil(threshold * set.length * (1 - 1e-9));
    int length = Math.min(set.length, set.length - Math.max(overlap, 1) + 1);
    // Rarest first, ties by hash: the document frequency above the index into the sorted set.
    long[] order = new long[set.length];
    for (int k = 0; k < set.length; k++) {
      order[k] = ((long) df.of(set[k]) << 32) | k;
    }
    Arrays.sort(order);
    long[] shared = new long[length];
    int n = 0;
    for (int k = 0; k < length; k++) {
      if (order[k] >>> 32 > 1) {
        shared[n++] = set[(int) order[k]];
      }
    }
    return Arrays.copyOf(shared, n);
  }

  /** How many letters of the document have each shingle. */
  private record Frequencies(long[] shingles, int[] letters) {

    static Frequencies of(List<long[]> sets) {
      long[] all = new long[sets.stream().mapToInt(s -> s.length).sum()];
      int n = 0;
      for (long[] set : sets) {
        System.arraycopy(set, 0, all, n, set.length);
        n += set.length;
      }
      Arrays.sort(all);
      long[] keys = new long[all.length];
      int[] counts = new int[all.length];
      int k = -1;
      for (int i = 0; i < all.length; i++) {
        if (k < 0 || all[i] != keys[k]) {
          keys[++k] = all[i];
        }
        counts[k]++;
      }
      return new Frequencies(Arrays.copyOf(keys, k + 1), Arrays.copyOf(counts, k + 1));
    }

    int of(long shingle) {
      return letters[Arrays.binarySearch(shingles, shingle)];
    }
  }
}
