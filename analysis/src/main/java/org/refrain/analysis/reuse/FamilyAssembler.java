package org.refrain.analysis.reuse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns the copies a {@link FamilyGrower} found into {@link ReuseFamily} values: members in date
 * order, the representative wording, ties for the source, a label, and ids by size.
 */
final class FamilyAssembler {

  private final ReuseLabeler labeler;

  FamilyAssembler(ReuseLabeler labeler) {
    this.labeler = labeler;
  }

  /** {@code ordered} are the texts in date order, as the copies index them. */
  List<ReuseFamily> assemble(List<List<FamilyGrower.Copy>> found, List<ReuseText> ordered) {
    List<List<ReusePassage>> groups = new ArrayList<>();
    for (List<FamilyGrower.Copy> copies : found) {
      List<FamilyGrower.Copy> sorted = new ArrayList<>(copies);
      sorted.sort(
          Comparator.comparingInt(FamilyGrower.Copy::text)
              .thenComparingInt(FamilyGrower.Copy::from));
      List<ReusePassage> members = new ArrayList<>();
      for (FamilyGrower.Copy c : sorted) {
        members.add(ReusePassage.of(ordered.get(c.text()), c.from(), c.to()));
      }
      if (members.stream().map(m -> m.letter().id()).distinct().count() >= 2) {
        groups.add(members);
      }
    }
    groups.sort(
        Comparator.comparingLong((List<ReusePassage> g) -> -letters(g))
            .thenComparingInt(g -> -g.size())
            .thenComparingInt(g -> -words(g))
            .thenComparing(g -> g.get(0).letter().id())
            .thenComparingInt(g -> g.get(0).fromWord()));
    List<ReuseFamily> families = new ArrayList<>();
    for (List<ReusePassage> members : groups) {
      String id = "R" + (families.size() + 1);
      families.add(
          new ReuseFamily(
              id, members, representative(members), labeler.label(members), ties(members)));
    }
    return families;
  }

  /** The wording most copies share, compared normalised; ties go to the earliest. */
  static ReusePassage representative(List<ReusePassage> members) {
    Map<List<String>, Integer> counts = new HashMap<>();
    for (ReusePassage m : members) {
      counts.merge(norms(m), 1, Integer::sum);
    }
    ReusePassage best = members.get(0);
    int bestCount = counts.get(norms(best));
    for (ReusePassage m : members) {
      int n = counts.get(norms(m));
      if (n > bestCount) {
        best = m;
        bestCount = n;
      }
    }
    return best;
  }

  /** Copies from other letters dated the same day as the first copy. */
  static List<ReusePassage> ties(List<ReusePassage> members) {
    LocalDate first = ReuseFamily.date(members.get(0));
    if (first == null) {
      return List.of();
    }
    String letter = members.get(0).letter().id();
    return members.stream()
        .filter(m -> !m.letter().id().equals(letter))
        .filter(m -> Objects.equals(first, ReuseFamily.date(m)))
        .toList();
  }

  private static List<String> norms(ReusePassage passage) {
    return passage.words().stream().map(ReuseToken::norm).toList();
  }

  private static long letters(List<ReusePassage> members) {
    return members.stream().map(m -> m.letter().id()).distinct().count();
  }

  private static int words(List<ReusePassage> members) {
    return members.stream().mapToInt(ReusePassage::size).sum();
  }
}
