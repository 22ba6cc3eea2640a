package org.refrain.benchmarks;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.refrain.analysis.reuse.ReuseText;
import org.refrain.analysis.reuse.ReuseToken;

/**
 * The naive way to find reuse, for comparison: java-diff-utils' Myers diff of every pair of
 * letters' whole normalised word lists. A shared passage is a run of at least {@value #MIN_RUN}
 * equal words, joined with the next such run across edits of at most {@value #MAX_JOIN} words on
 * each side, that matches at least {@value #MIN_WORDS} words in all. Cost: n(n - 1) / 2 diffs of
 * whole letters, each O((a + b) D) for letters of a and b words with D differences, which for two
 * mostly unrelated letters is nearly a + b: quadratic in letters and in letter length.
 */
final class AllPairsBaseline {

  static final int MIN_WORDS = 8;
  static final int MIN_RUN = 3;

  /** As the finder's default {@code maxGap}: both tolerate the same edits inside a passage. */
  static final int MAX_JOIN = 12;

  /**
   * What a run over some letter pairs gave.
   *
   * @param pairs letter pairs diffed
   * @param seconds time spent diffing and cutting passages (scoring not included)
   * @param passages passages found
   * @param found for each copy, whether a passage covered it and a copy of its formula in the other
   *     letter
   * @param pairFound copy pairs of one formula, in the pairs diffed, covered by one passage
   * @param pairTotal copy pairs of one formula in the pairs diffed
   */
  record Outcome(
      int pairs, double seconds, long passages, boolean[] found, long pairFound, long pairTotal) {}

  private final List<List<Integer>> words = new ArrayList<>();

  /** Each text's normalised words as shared boxed ids, so diffing compares small integers. */
  AllPairsBaseline(List<ReuseText> texts) {
    Map<String, Integer> ids = new HashMap<>();
    for (ReuseText text : texts) {
      List<Integer> list = new ArrayList<>(text.size());
      for (ReuseToken token : text.tokens()) {
        list.add(ids.computeIfAbsent(token.norm(), k -> ids.size()));
      }
      words.add(list);
    }
  }

  /** Every pair (a < b) of {@code n} letters, packed {@code (long) a << 32 | b}, in order. */
  static long[] allPairs(int n) {
    long[] pairs = new long[n * (n - 1) / 2];
    int k = 0;
    for (int a = 0; a < n; a++) {
      for (int b = a + 1; b < n; b++) {
        pairs[k++] = (long) a << 32 | b;
      }
    }
    return pairs;
  }

  /** {@code count} distinct random letter pairs (a < b) of {@code n} letters, sorted. */
  static long[] samplePairs(int n, int count, SplittableRandom random) {
    long all = (long) n * (n - 1) / 2;
    if (count >= all) {
      return allPairs(n);
    }
    Set<Long> chosen = new HashSet<>();
    while (chosen.size() < count) {
      int a = random.nextInt(n);
      int b = random.nextInt(n);
      if (a != b) {
        chosen.add((long) Math.min(a, b) << 32 | Math.max(a, b));
      }
    }
    return chosen.stream().mapToLong(Long::longValue).sorted().toArray();
  }

  /** Diffs each pair of {@code pairs} (packed {@code (long) a << 32 | b}), scoring on the way. */
  Outcome run(long[] pairs, PlantedTruth truth) {
    boolean[] found = new boolean[truth.copies().size()];
    long nanos = 0;
    long passages = 0;
    long pairFound = 0;
    long pairTotal = 0;
    for (long pair : pairs) {
      int a = (int) (pair >>> 32);
      int b = (int) pair;
      long start = System.nanoTime();
      List<int[]> shared = passages(a, b);
      nanos += System.nanoTime() - start;
      passages += shared.size();
      for (PlantedTruth.Copy ca : truth.copiesIn(a)) {
        for (PlantedTruth.Copy cb : truth.copiesIn(b)) {
          if (ca.formula() != cb.formula()) {
            continue;
          }
          pairTotal++;
          for (int[] p : shared) {
            if (PlantedTruth.covers(p[0], p[1], ca) && PlantedTruth.covers(p[2], p[3], cb)) {
              found[ca.index()] = true;
              found[cb.index()] = true;
              pairFound++;
              break;
            }
          }
        }
      }
    }
    return new Outcome(pairs.length, nanos / 1e9, passages, found, pairFound, pairTotal);
  }

  /** The passages texts a and b share, as {aFrom, aTo, bFrom, bTo} word ranges. */
  List<int[]> passages(int a, int b) {
    List<AbstractDelta<Integer>> deltas = DiffUtils.diff(words.get(a), words.get(b)).getDeltas();
    List<int[]> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    int[] open = null; // {aFrom, aTo, bFrom, bTo, matched}
    for (int d = 0; d <= deltas.size(); d++) {
      AbstractDelta<Integer> delta = d < deltas.size() ? deltas.get(d) : null;
      if (delta != null && delta.getType() == DeltaType.EQUAL) {
        continue;
      }
      int di = delta == null ? words.get(a).size() : delta.getSource().getPosition();
      int dj = delta == null ? words.get(b).size() : delta.getTarget().getPosition();
      int run = di - i;
      if (run >= MIN_RUN) {
        if (open != null && i - open[1] <= MAX_JOIN && j - open[3] <= MAX_JOIN) {
          open[1] = di;
          open[3] = dj;
          open[4] += run;
        } else {
          close(open, out);
          open = new int[] {i, di, j, dj, run};
        }
      }
      if (delta != null) {
        i = di + delta.getSource().size();
        j = dj + delta.getTarget().size();
      }
    }
    close(open, out);
    return out;
  }

  private static void close(int[] open, List<int[]> out) {
    if (open != null && open[4] >= MIN_WORDS) {
      out.add(new int[] {open[0], open[1], open[2], open[3]});
    }
  }
}
