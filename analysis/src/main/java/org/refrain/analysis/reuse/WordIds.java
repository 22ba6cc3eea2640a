package org.refrain.analysis.reuse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of each text as small integers (one per distinct normalised form) and the hash of the
 * shingle starting at each word, so the finder compares ints and looks up longs.
 */
final class WordIds {

  private final Map<String, Integer> vocabulary = new HashMap<>();
  private final int shingle;

  WordIds(int shingle) {
    this.shingle = shingle;
  }

  int[] ids(ReuseText text) {
    List<ReuseToken> tokens = text.tokens();
    int[] ids = new int[tokens.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = vocabulary.computeIfAbsent(tokens.get(i).norm(), k -> vocabulary.size());
    }
    return ids;
  }

  /** The hash of words {@code [i, i + shingle)} for every i with a whole shingle. */
  long[] shingles(int[] ids) {
    int n = Math.max(0, ids.length - shingle + 1);
    long[] hashes = new long[n];
    for (int i = 0; i < n; i++) {
      long h = 0x9E3779B97F4A7C15L;
      for (int j = 0; j < shingle; j++) {
        h = (h ^ ids[i + j]) * 0x100000001B3L + j;
      }
      hashes[i] = ShingleIndex.mix(h);
    }
    return hashes;
  }
}
