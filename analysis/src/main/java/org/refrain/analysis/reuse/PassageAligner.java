package org.refrain.analysis.reuse;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;

/**
 * Aligns two windows of words with java-diff-utils (Myers) and cuts the alignment into shared
 * passages: runs of equal words joined across edits of at most {@code maxGap} words, trimmed to
 * their best-scoring core (+2 per matched word, -1 per word of the longer side of an edit between
 * two runs, so "of [69|37] non-governmental" stays one passage while two shared words after four
 * edited ones do not extend it), kept when they match at least {@code minTokens} words at {@code
 * minSimilarity}.
 *
 * <p>Myers costs O((n + m) D) for windows of n and m words with D edits, so it is only ever given
 * candidate windows found by shared shingles, never two whole dissimilar letters.
 */
final class PassageAligner {

  private final ReuseSettings settings;

  /** The two windows being aligned: word ids and their bounds. */
  private record Window(int[] a, int aFrom, int aTo, int[] b, int bFrom, int bTo) {}

  PassageAligner(ReuseSettings settings) {
    this.settings = settings;
  }

  /** The passages shared by {@code a[aFrom, aTo)} and {@code b[bFrom, bTo)}, in order. */
  List<AlignedPassage> align(int[] a, int aFrom, int aTo, int[] b, int bFrom, int bTo) {
    Window window = new Window(a, aFrom, aTo, b, bFrom, bTo);
    List<int[]> runs = equalRuns(a, aFrom, aTo, b, bFrom, bTo);
    List<AlignedPassage> out = new ArrayList<>();
    int groupStart = 0;
    for (int i = 1; i <= runs.size(); i++) {
      if (i == runs.size() || gap(runs.get(i - 1), runs.get(i)) > settings.maxGap()) {
        best(window, runs, groupStart, i, out);
        groupStart = i;
      }
    }
    out.sort((x, y) -> Integer.compare(x.aFrom(), y.aFrom()));
    return out;
  }

  /** Equal runs as {aStart, bStart, length}, in order, from the diff's deltas. */
  private static List<int[]> equalRuns(int[] a, int aFrom, int aTo, int[] b, int bFrom, int bTo) {
    List<AbstractDelta<Integer>> deltas =
        DiffUtils.diff(new IntSlice(a, aFrom, aTo), new IntSlice(b, bFrom, bTo)).getDeltas();
    List<int[]> runs = new ArrayList<>();
    int i = 0;
    int j = 0;
    for (AbstractDelta<Integer> delta : deltas) {
      if (delta.getType() == DeltaType.EQUAL) {
        continue;
      }
      int di = delta.getSource().getPosition();
      if (di > i) {
        runs.add(new int[] {aFrom + i, bFrom + j, di - i});
      }
      i = di + delta.getSource().size();
      j = delta.getTarget().getPosition() + delta.getTarget().size();
    }
    if (i < aTo - aFrom) {
      runs.add(new int[] {aFrom + i, bFrom + j, aTo - aFrom - i});
    }
    return runs;
  }

  private static int gap(int[] left, int[] right) {
    int gapA = right[0] - (left[0] + left[2]);
    int gapB = right[1] - (left[1] + left[2]);
    return Math.max(gapA, gapB);
  }

  /**
   * Adds the best-scoring stretch of runs {@code [from, to)} if it qualifies, then looks for more
   * in what lies on either side of it.
   */
  private void best(Window w, List<int[]> runs, int from, int to, List<AlignedPassage> out) {
    if (from >= to) {
      return;
    }
    int bestStart = from;
    int bestEnd = from;
    int bestScore = Integer.MIN_VALUE;
    int start = from;
    int score = 0;
    for (int i = from; i < to; i++) {
      int length = 2 * runs.get(i)[2];
      int extended =
          i == from ? Integer.MIN_VALUE : score - gap(runs.get(i - 1), runs.get(i)) + length;
      if (i == from || length >= extended) {
        start = i;
        score = length;
      } else {
        score = extended;
      }
      if (score > bestScore) {
        bestScore = score;
        bestStart = start;
        bestEnd = i;
      }
    }
    // An edge run shorter than the edit that joins it to the rest is chance ("of the" before a
    // different name), not the start of the shared passage.
    while (bestStart < bestEnd
        && runs.get(bestStart)[2] < gap(runs.get(bestStart), runs.get(bestStart + 1))) {
      bestStart++;
    }
    while (bestEnd > bestStart
        && runs.get(bestEnd)[2] < gap(runs.get(bestEnd - 1), runs.get(bestEnd))) {
      bestEnd--;
    }
    int[] first = runs.get(bestStart);
    int[] last = runs.get(bestEnd);
    int matched = 0;
    for (int i = bestStart; i <= bestEnd; i++) {
      matched += runs.get(i)[2];
    }
    // Myers may pair an ambiguous edge word ("The") with another of its kind earlier in the
    // window (a run then trimmed away); the equal words just outside the passage still belong to
    // it.
    int[] a = w.a();
    int[] b = w.b();
    int aFrom = first[0];
    int bFrom = first[1];
    while (aFrom > w.aFrom() && bFrom > w.bFrom() && a[aFrom - 1] == b[bFrom - 1]) {
      aFrom--;
      bFrom--;
      matched++;
    }
    int aTo = last[0] + last[2];
    int bTo = last[1] + last[2];
    while (aTo < w.aTo() && bTo < w.bTo() && a[aTo] == b[bTo]) {
      aTo++;
      bTo++;
      matched++;
    }
    AlignedPassage passage = new AlignedPassage(aFrom, aTo, bFrom, bTo, matched);
    if (matched >= settings.minTokens() && passage.similarity() >= settings.minSimilarity()) {
      out.add(passage);
    }
    best(w, runs, from, bestStart, out);
    best(w, runs, bestEnd + 1, to, out);
  }

  /** A window of word ids, viewed as a list for java-diff-utils without copying. */
  private static final class IntSlice extends AbstractList<Integer> implements RandomAccess {
    private final int[] values;
    private final int from;
    private final int size;

    IntSlice(int[] values, int from, int to) {
      this.values = values;
      this.from = from;
      this.size = to - from;
    }

    @Override
    public Integer get(int index) {
      return values[from + index];
    }

    @Override
    public int size() {
      return size;
    }
  }
}
