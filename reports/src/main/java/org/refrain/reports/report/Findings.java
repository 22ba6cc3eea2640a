package org.refrain.reports.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Picks the changes the summary leads with. The rule: the largest finding of each kind (demands,
 * wording, coalition), in that order, so every side of the corpus is heard; then the largest of the
 * rest, whatever their kind, up to {@link #SHOWN}. Ties go to the kind's order, then the sentence,
 * so the choice is stable.
 */
public final class Findings {

  /** How many findings the summary shows. */
  public static final int SHOWN = 5;

  private static final Comparator<Finding> LARGEST_FIRST =
      Comparator.comparingDouble(Finding::weight)
          .reversed()
          .thenComparing(Finding::kind)
          .thenComparing(Finding::sentence);

  private Findings() {}

  /** The findings the summary shows, in the order shown. */
  public static List<Finding> pick(List<Finding> candidates) {
    Map<Finding.Kind, List<Finding>> byKind = new EnumMap<>(Finding.Kind.class);
    candidates.stream()
        .sorted(LARGEST_FIRST)
        .forEach(f -> byKind.computeIfAbsent(f.kind(), k -> new ArrayList<>()).add(f));
    List<Finding> picked = new ArrayList<>();
    List<Finding> rest = new ArrayList<>();
    for (List<Finding> ofKind : byKind.values()) {
      picked.add(ofKind.get(0));
      rest.addAll(ofKind.subList(1, ofKind.size()));
    }
    rest.sort(LARGEST_FIRST);
    for (Finding next : rest) {
      if (picked.size() >= SHOWN) {
        break;
      }
      picked.add(next);
    }
    return List.copyOf(picked.subList(0, Math.min(SHOWN, picked.size())));
  }
}
