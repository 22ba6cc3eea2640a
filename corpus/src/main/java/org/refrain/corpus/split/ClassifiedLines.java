package org.refrain.corpus.split;

import java.util.ArrayList;
import java.util.List;
import org.refrain.corpus.clean.Line;
import org.refrain.corpus.metadata.DateFinder;

/**
 * A document's lines with their kinds and what the scans ask of each line, worked out once: the
 * scans look at the same lines many times.
 */
record ClassifiedLines(List<Line> lines, List<LineKind> kinds, boolean[] dateLines) {

  static ClassifiedLines of(List<Line> lines, List<LineKind> kinds, DateFinder dates) {
    if (lines.size() != kinds.size()) {
      throw new IllegalArgumentException("lines and kinds differ in size");
    }
    boolean[] dateLines = new boolean[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      dateLines[i] = kinds.get(i) == LineKind.SHORT && dates.isDateLine(lines.get(i).text());
    }
    return new ClassifiedLines(List.copyOf(lines), List.copyOf(kinds), dateLines);
  }

  int size() {
    return lines.size();
  }

  /** True for a short line that is nothing but a date: a letter's heading, never a signatory. */
  boolean isDateLine(int i) {
    return dateLines[i];
  }

  /** True for a prose line that is running text, not a long list entry. */
  boolean isRunningText(int i) {
    return kinds.get(i) == LineKind.PROSE && LineClassifier.isRunningText(lines.get(i).trimmed());
  }

  /** The indices of prose and short lines in {@code [from, to)}. */
  List<Integer> contentLines(int from, int to) {
    List<Integer> out = new ArrayList<>();
    for (int j = from; j < to; j++) {
      if (kinds.get(j) == LineKind.PROSE || kinds.get(j) == LineKind.SHORT) {
        out.add(j);
      }
    }
    return out;
  }
}
