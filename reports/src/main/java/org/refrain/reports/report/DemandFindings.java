package org.refrain.reports.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.refrain.analysis.demand.Demand;
import org.refrain.analysis.demand.DemandResult;
import org.refrain.analysis.demand.LetterDemands;
import org.refrain.analysis.demand.Strength;
import org.refrain.corpus.Letter;

/**
 * The demand changes a summary can lead with. A demand's weight is how much its share of letters
 * changed between the report's two periods (0 to 1). Its sentence says what happened in words:
 *
 * <ul>
 *   <li><b>dropped</b>: held by two or more letters and by none of the two or more dated after its
 *       last letter: "Non-refoulement, asked for in both October 2020 letters, is absent from the
 *       2022 and 2024 letters";
 *   <li><b>added</b>: first held after two or more letters without it, and by every letter since;
 *   <li>otherwise, when the share changed by at least {@link #MIN_CHANGE}: both shares.
 * </ul>
 *
 * Demands dropped (or added) by the same letters are one sentence.
 */
final class DemandFindings {

  /** The least change in a demand's share of letters between the periods that is reported. */
  static final double MIN_CHANGE = 0.3;

  static final String EVIDENCE = "chart-demand-matrix";

  private static final String[] NUMBERS = {
    "", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine"
  };

  private DemandFindings() {}

  static List<Finding> of(DemandResult result, Periods periods) {
    List<LetterDemands> dated =
        result.letters().stream().filter(l -> l.letter().date() != null).toList();
    if (dated.size() < 2 || periods == null) {
      return List.of();
    }
    Set<String> earlier = ids(periods.earlier());
    Set<String> later = ids(periods.later());
    // Groups of demands with the same story, in taxonomy order of their first demand.
    Map<String, List<Demand>> groups = new LinkedHashMap<>();
    Map<String, String[]> stories = new LinkedHashMap<>();
    Map<String, Double> weights = new LinkedHashMap<>();
    List<Finding> findings = new ArrayList<>();
    for (Demand demand : result.taxonomy().demands()) {
      List<Letter> held = new ArrayList<>();
      List<Letter> asked = new ArrayList<>();
      for (LetterDemands letter : dated) {
        Strength strength = letter.strength(demand.id());
        if (strength != null) {
          held.add(letter.letter());
          if (strength == Strength.ASK) {
            asked.add(letter.letter());
          }
        }
      }
      double change =
          share(held, later, periods.later().size())
              - share(held, earlier, periods.earlier().size());
      double weight = Math.min(1, Math.abs(change));
      String[] story = story(dated, held, asked);
      if (story != null) {
        String key = story[0] + "|" + story[1];
        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(demand);
        stories.put(key, story);
        weights.merge(key, weight, Math::max);
      } else if (weight >= MIN_CHANGE && periods.sound()) {
        findings.add(
            new Finding(
                Finding.Kind.DEMANDS,
                weight,
                String.format(
                    Locale.ROOT,
                    "The demand \"%s\" is in %d of %d letters of %s and %d of %d letters of %s.",
                    demand.label(),
                    count(held, earlier),
                    periods.earlier().size(),
                    periods.earlierLabel(),
                    count(held, later),
                    periods.later().size(),
                    periods.laterLabel()),
                EVIDENCE));
      }
    }
    groups.forEach(
        (key, demands) ->
            findings.add(
                new Finding(
                    Finding.Kind.DEMANDS,
                    weights.get(key),
                    sentence(demands, stories.get(key)),
                    EVIDENCE)));
    return findings;
  }

  /**
   * {"asked for in both October 2020 letters", "is absent from the 2022 and 2024 letters"} for a
   * dropped or added demand, or null for neither.
   */
  private static String[] story(List<LetterDemands> dated, List<Letter> held, List<Letter> asked) {
    if (held.size() < 2) {
      return null;
    }
    Letter last = held.get(held.size() - 1);
    List<Letter> after =
        dated.stream()
            .map(LetterDemands::letter)
            .filter(l -> l.date().value().isAfter(last.date().value()))
            .toList();
    if (after.size() >= 2) {
      String where =
          asked.isEmpty()
              ? "mentioned in " + LetterSets.describe(held)
              : "asked for in " + LetterSets.describe(asked);
      return new String[] {where, "absent from " + LetterSets.describe(after)};
    }
    Letter first = held.get(0);
    List<Letter> before =
        dated.stream()
            .map(LetterDemands::letter)
            .filter(l -> l.date().value().isBefore(first.date().value()))
            .toList();
    int since = dated.size() - before.size();
    if (before.size() >= 2 && since == held.size()) {
      List<Letter> firsts =
          held.stream().filter(l -> l.date().value().equals(first.date().value())).toList();
      return new String[] {
        "absent from " + LetterSets.describe(before),
        String.format(
            Locale.ROOT,
            "first appears in %s and is in every letter since (%,d)",
            LetterSets.describe(firsts),
            since)
      };
    }
    return null;
  }

  private static String sentence(List<Demand> demands, String[] story) {
    boolean dropped = story[1].startsWith("absent");
    if (demands.size() == 1) {
      String label = "The demand \"" + demands.get(0).label() + "\"";
      return dropped
          ? label + ", " + story[0] + ", is " + story[1] + "."
          : label + ", " + story[0] + ", " + story[1] + ".";
    }
    String count =
        demands.size() < NUMBERS.length ? NUMBERS[demands.size()] : String.valueOf(demands.size());
    String labels =
        demands.stream().map(d -> "\"" + d.label() + "\"").collect(Collectors.joining("; "));
    return dropped
        ? count + " demands " + story[0] + " are " + story[1] + ": " + labels + "."
        : count
            + " demands "
            + story[0]
            + " "
            + story[1].replace("appears", "appear").replace("is in", "are in")
            + ": "
            + labels
            + ".";
  }

  private static Set<String> ids(List<Letter> letters) {
    return letters.stream().map(Letter::id).collect(Collectors.toSet());
  }

  private static int count(List<Letter> held, Set<String> period) {
    return (int) held.stream().filter(l -> period.contains(l.id())).count();
  }

  private static double share(List<Letter> held, Set<String> period, int size) {
    return size == 0 ? 0 : (double) count(held, period) / size;
  }
}
