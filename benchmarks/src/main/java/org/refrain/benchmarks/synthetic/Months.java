package org.refrain.benchmarks.synthetic;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * English month names, which date variation swaps and which mark the number after them as a day.
 */
final class Months {

  // English, not ROOT: these are words of the letters' language, not case-folding.
  private static final List<String> NAMES =
      Stream.of(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL, Locale.ENGLISH)).toList();

  private Months() {}

  static boolean isMonth(String word) {
    return NAMES.contains(word);
  }

  static String random(SplittableRandom random) {
    return NAMES.get(random.nextInt(NAMES.size()));
  }
}
