package org.refrain.analysis.reuse;

import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * The seed hits of one letter, grouped by what they hit (a family copy or an earlier letter):
 * (position in the letter, position in the target) pairs, chained per target by {@link SeedChains}.
 * Targets come out in ascending order, so a run is deterministic.
 */
final class SeedHits {

  /** Per target: hits packed as {@code (long) i << 32 | j}, and how many are used. */
  private static final class Hits {
    long[] packed = new long[4];
    int count;
  }

  private final TreeMap<Integer, Hits> byTarget = new TreeMap<>();

  void add(int target, int i, int j) {
    Hits hits = byTarget.computeIfAbsent(target, k -> new Hits());
    if (hits.count == hits.packed.length) {
      hits.packed = Arrays.copyOf(hits.packed, hits.count * 2);
    }
    hits.packed[hits.count++] = (long) i << 32 | j;
  }

  /** The targets hit, ascending. */
  Iterable<Integer> targets() {
    return byTarget.keySet();
  }

  /** The chains of the hits on {@code target} (see {@link SeedChains#of}). */
  List<SeedChains.Chain> chains(int target, int reach, int drift) {
    Hits hits = byTarget.get(target);
    return SeedChains.of(hits.packed, hits.count, reach, drift);
  }
}
