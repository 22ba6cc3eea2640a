package org.refrain.analysis.demand;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import org.refrain.corpus.Letter;

/**
 * Demands over time: how many letters hold each demand year by year, and when each first and last
 * appears.
 */
public final class DemandTimeline {

  /**
   * One demand in one year.
   *
   * @param year the year
   * @param demand the demand
   * @param letters the letters of that year
   * @param tagged how many of them hold the demand
   * @param asked how many of them ask for it
   */
  public record YearShare(int year, Demand demand, int letters, int tagged, int asked) {
    public YearShare {
      Objects.requireNonNull(demand, "demand");
      if (asked > tagged || tagged > letters || asked < 0) {
        throw new IllegalArgumentException(
            "need 0 <= asked <= tagged <= letters: " + asked + ", " + tagged + ", " + letters);
      }
    }

    /** The share of the year's letters that hold the demand, 0 to 1. */
    public double share() {
      return letters == 0 ? 0 : (double) tagged / letters;
    }
  }

  /**
   * When a demand appears.
   *
   * @param demand the demand
   * @param letters how many letters hold it (dated or not)
   * @param asks how many of them ask for it
   * @param first the earliest dated letter that holds it, or null when none does
   * @param last the latest dated letter that holds it, or null
   * @param firstAsk the earliest dated letter that asks for it, or null
   */
  public record Appearance(
      Demand demand, int letters, int asks, Letter first, Letter last, Letter firstAsk) {
    public Appearance {
      Objects.requireNonNull(demand, "demand");
    }
  }

  private DemandTimeline() {}

  /**
   * Each year's share of letters holding each demand: years in order, demands in taxonomy order.
   */
  public static List<YearShare> byYear(DemandResult result) {
    TreeMap<Integer, List<LetterDemands>> years = new TreeMap<>();
    for (LetterDemands letter : result.letters()) {
      if (letter.letter().date() != null) {
        years
            .computeIfAbsent(letter.letter().date().value().getYear(), y -> new ArrayList<>())
            .add(letter);
      }
    }
    List<YearShare> shares = new ArrayList<>();
    years.forEach(
        (year, letters) -> {
          for (Demand demand : result.taxonomy().demands()) {
            int tagged = 0;
            int asked = 0;
            for (LetterDemands letter : letters) {
              Strength strength = letter.strength(demand.id());
              tagged += strength == null ? 0 : 1;
              asked += strength == Strength.ASK ? 1 : 0;
            }
            shares.add(new YearShare(year, demand, letters.size(), tagged, asked));
          }
        });
    return shares;
  }

  /** Each demand's first and last appearance, in taxonomy order. */
  public static List<Appearance> appearances(DemandResult result) {
    List<Appearance> appearances = new ArrayList<>();
    for (Demand demand : result.taxonomy().demands()) {
      int letters = 0;
      int asks = 0;
      Letter first = null;
      Letter last = null;
      Letter firstAsk = null;
      // Letters are in date order, undated last.
      for (LetterDemands letter : result.letters()) {
        Strength strength = letter.strength(demand.id());
        if (strength == null) {
          continue;
        }
        letters++;
        asks += strength == Strength.ASK ? 1 : 0;
        if (letter.letter().date() == null) {
          continue;
        }
        first = first == null ? letter.letter() : first;
        last = letter.letter();
        if (strength == Strength.ASK && firstAsk == null) {
          firstAsk = letter.letter();
        }
      }
      appearances.add(new Appearance(demand, letters, asks, first, last, firstAsk));
    }
    return appearances;
  }
}
