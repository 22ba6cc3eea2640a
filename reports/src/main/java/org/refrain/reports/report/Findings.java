package org.refrain.reports.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Picks the changes the summary leads with. The rule: the largest finding of each kind (demands,
 * wording, coalition), in that order, so every side of the corpus is heard; then the largest of the
 * rest, at most {@link #PER_KIND} of a kind while others remain, up to {@link #SHOWN}. Ties go to
 * the kind's order, then the sentence, so the choice is stable.
 */
public final class Findings {

  /** How many findings the summary shows. */
  public static final int SHOWN = 5;

  /** The most findings of one kind shown while findings of another kind are left. */
  public static final int PER_KIND = 2;

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
    Map<Finding.Kind, Integer> shown = new EnumMap<>(Finding.Kind.class);
    picked.forEach(f -> shown.put(f.kind(), 1));
    List<Finding> beyond = new ArrayList<>();
    for (Finding next : rest) {
      if (shown.get(next.kind()) < PER_KIND) {
        picked.add(next);
        shown.merge(next.kind(), 1, Integer::sum);
      } else {
        beyond.add(next);
      }
    }
    // A kind past its share fills what the others leave, largest first.
    picked.addAll(beyond);
    return List.copyOf(picked.subList(0, Math.min(SHOWN, picked.size())));
  }
}
