package org.refrain.analysis.reuse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Groups seed hits, (position in the new letter, position in an earlier text) pairs of equal
 * shingles, into chains that could be one passage: hits that advance together on both sides, no
 * more than {@code reach} words apart, on nearly the same diagonal. A passage moved elsewhere in
 * the letter lies on another diagonal and forms its own chain.
 */
final class SeedChains {

  /** A chain's extent on both sides (first and last seed start) and its number of seeds. */
  record Chain(int iFirst, int iLast, int jFirst, int jLast, int seeds) {}

  private SeedChains() {}

  /**
   * Chains of {@code hits}, each packed as {@code (long) i << 32 | j}; sorts the array. A chain
   * joins a hit when both positions advance by 1..reach and the diagonal moves by at most drift.
   */
  static List<Chain> of(long[] hits, int count, int reach, int drift) {
    Arrays.sort(hits, 0, count);
    List<int[]> open = new ArrayList<>(); // {iFirst, iLast, jMin, jMax, lastJ, seeds}
    List<Chain> done = new ArrayList<>();
    for (int h = 0; h < count; h++) {
      int i = (int) (hits[h] >>> 32);
      int j = (int) hits[h];
      int[] best = null;
      int bestDrift = Integer.MAX_VALUE;
      for (int c = open.size() - 1; c >= 0; c--) {
        int[] chain = open.get(c);
        if (i - chain[1] > reach) {
          done.add(close(chain));
          open.remove(c);
          continue;
        }
        int di = i - chain[1];
        int dj = j - chain[4];
        int moved = Math.abs(dj - di);
        if (di >= 1 && dj >= 1 && dj <= reach && moved <= drift && moved < bestDrift) {
          best = chain;
          bestDrift = moved;
        }
      }
      if (best == null) {
        open.add(new int[] {i, i, j, j, j, 1});
      } else {
        best[1] = i;
        best[2] = Math.min(best[2], j);
        best[3] = Math.max(best[3], j);
        best[4] = j;
        best[5]++;
      }
    }
    for (int[] chain : open) {
      done.add(close(chain));
    }
    done.sort(
        (a, b) ->
            a.iFirst() != b.iFirst()
                ? Integer.compare(a.iFirst(), b.iFirst())
                : Integer.compare(a.jFirst(), b.jFirst()));
    return done;
  }

  private static Chain close(int[] chain) {
    return new Chain(chain[0], chain[1], chain[2], chain[3], chain[5]);
  }
}
