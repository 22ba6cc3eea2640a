package org.refrain.analysis.reuse;

import java.util.Arrays;
import java.util.List;

/** Word ranges of one letter, {@code [family, from, to]} as {@link ReuseCoverage} keeps copies. */
final class Intervals {

  private Intervals() {}

  /** How many words the ranges cover together: overlapping copies count their words once. */
  static int covered(List<int[]> ranges) {
    if (ranges.isEmpty()) {
      return 0;
    }
    if (ranges.size() == 1) {
      return ranges.get(0)[2] - ranges.get(0)[1];
    }
    int[][] byStart = ranges.toArray(int[][]::new);
    Arrays.sort(byStart, (x, y) -> Integer.compare(x[1], y[1]));
    int total = 0;
    int start = byStart[0][1];
    int end = byStart[0][2];
    for (int r = 1; r < byStart.length; r++) {
      if (byStart[r][1] > end) {
        total += end - start;
        start = byStart[r][1];
        end = byStart[r][2];
      } else {
        end = Math.max(end, byStart[r][2]);
      }
    }
    return total + end - start;
  }
}
