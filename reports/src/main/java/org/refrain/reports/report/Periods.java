package org.refrain.reports.report;

import java.util.List;
import java.util.Objects;
import org.refrain.analysis.language.KeynessPeriods;
import org.refrain.corpus.Letter;

/**
 * The report's two periods, earlier and later, that comparisons over time are made between.
 *
 * @param earlierLabel "2020" or "2020–2021"
 * @param earlier the earlier period's letters, in date order
 * @param laterLabel "2022–2024"
 * @param later the later period's letters, in date order
 * @param rule how the periods were chosen, one sentence
 */
public record Periods(
    String earlierLabel, List<Letter> earlier, String laterLabel, List<Letter> later, String rule) {

  public Periods {
    Objects.requireNonNull(earlierLabel, "earlierLabel");
    Objects.requireNonNull(laterLabel, "laterLabel");
    earlier = List.copyOf(earlier);
    later = List.copyOf(later);
    Objects.requireNonNull(rule, "rule");
  }

  /**
   * Whether both periods hold enough letters and words to be compared ({@link
   * KeynessPeriods#MIN_LETTERS}, {@link KeynessPeriods#MIN_WORDS}): a summary states no change
   * between periods that are not, as one letter against another.
   */
  public boolean sound() {
    return enough(earlier) && enough(later);
  }

  private static boolean enough(List<Letter> letters) {
    return letters.size() >= KeynessPeriods.MIN_LETTERS
        && letters.stream().mapToLong(Letter::words).sum() >= KeynessPeriods.MIN_WORDS;
  }
}
