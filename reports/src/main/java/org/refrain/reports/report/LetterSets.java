package org.refrain.reports.report;

import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.refrain.corpus.Letter;

/**
 * Names a set of dated letters in a few words for a summary sentence: "the 2022-03-24 letter",
 * "both October 2020 letters", "the 2022 and 2024 letters", "the 1,204 letters of 2021–2024".
 */
final class LetterSets {

  private static final String[] WORDS = {
    "", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"
  };

  private LetterSets() {}

  /** The letters, all dated, at least one. */
  static String describe(List<Letter> letters) {
    if (letters.isEmpty()) {
      throw new IllegalArgumentException("no letters");
    }
    int n = letters.size();
    if (n == 1) {
      return "the " + letters.get(0).date().iso() + " " + noun(letters.get(0));
    }
    TreeSet<Integer> years = new TreeSet<>();
    TreeSet<String> months = new TreeSet<>();
    letters.forEach(
        l -> {
          years.add(l.date().value().getYear());
          months.add(l.date().value().toString().substring(0, 7));
        });
    String count =
        n == 2
            ? "both"
            : n < WORDS.length ? "the " + WORDS[n] : String.format(Locale.ROOT, "the %,d", n);
    if (months.size() == 1) {
      var date = letters.get(0).date().value();
      return count
          + " "
          + date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
          + " "
          + date.getYear()
          + " letters";
    }
    if (years.size() == 1) {
      return count + " " + years.first() + " letters";
    }
    if (years.size() == n && n <= 4) {
      // One letter a year: "the 2022 and 2024 letters".
      List<String> each = years.stream().map(String::valueOf).toList();
      return "the "
          + String.join(", ", each.subList(0, n - 1))
          + " and "
          + each.get(n - 1)
          + " letters";
    }
    return String.format(Locale.ROOT, "the %,d letters of %d–%d", n, years.first(), years.last());
  }

  private static String noun(Letter letter) {
    return switch (letter.kind()) {
      case PRESS_RELEASE -> "press release";
      default -> "letter";
    };
  }

  /** "88%". */
  static String percent(double share) {
    return Math.round(share * 100) + "%";
  }
}
