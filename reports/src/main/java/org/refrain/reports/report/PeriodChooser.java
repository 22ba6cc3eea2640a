package org.refrain.reports.report;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.refrain.corpus.Letter;

/** Chooses the report's two periods (temporary: to be replaced by the analysis's rule). */
final class PeriodChooser {

  private PeriodChooser() {}

  static Periods choose(List<Letter> letters) {
    List<Letter> dated =
        letters.stream().filter(l -> l.date() != null).sorted(Letter.CHRONOLOGICAL).toList();
    if (dated.size() < 2) {
      return null;
    }
    TreeSet<Integer> years = new TreeSet<>();
    dated.forEach(l -> years.add(l.date().value().getYear()));
    long total = dated.stream().mapToLong(Letter::words).sum();
    Integer best = null;
    long bestGap = Long.MAX_VALUE;
    for (int y : years.headSet(years.last())) {
      List<Letter> before = dated.stream().filter(l -> l.date().value().getYear() <= y).toList();
      if (before.size() < 2 || dated.size() - before.size() < 2) {
        continue;
      }
      long words = before.stream().mapToLong(Letter::words).sum();
      long gap = Math.abs(total - 2 * words);
      if (gap < bestGap) {
        bestGap = gap;
        best = y;
      }
    }
    List<Letter> earlier = new ArrayList<>();
    List<Letter> later = new ArrayList<>();
    if (best != null) {
      for (Letter l : dated) {
        (l.date().value().getYear() <= best ? earlier : later).add(l);
      }
    } else {
      earlier.addAll(dated.subList(0, dated.size() / 2));
      later.addAll(dated.subList(dated.size() / 2, dated.size()));
    }
    return new Periods(label(earlier), earlier, label(later), later);
  }

  private static String label(List<Letter> letters) {
    int first = letters.get(0).date().value().getYear();
    int last = letters.get(letters.size() - 1).date().value().getYear();
    return first == last ? String.valueOf(first) : first + "–" + last;
  }
}
