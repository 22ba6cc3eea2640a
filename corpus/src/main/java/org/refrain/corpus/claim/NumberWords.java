package org.refrain.corpus.claim;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/** Reads a count written in digits ("28", "1,200") or English words ("four", "sixty-eight"). */
public final class NumberWords {

  private static final Map<String, Integer> UNITS =
      Map.ofEntries(
          Map.entry("zero", 0),
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("thirteen", 13),
          Map.entry("fourteen", 14),
          Map.entry("fifteen", 15),
          Map.entry("sixteen", 16),
          Map.entry("seventeen", 17),
          Map.entry("eighteen", 18),
          Map.entry("nineteen", 19),
          Map.entry("a dozen", 12),
          Map.entry("dozen", 12));
  private static final Map<String, Integer> TENS =
      Map.of(
          "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70,
          "eighty", 80, "ninety", 90);

  /** Regular expression matching any count this class reads. */
  public static final String PATTERN =
      "(?:\\d{1,3}(?:,\\d{3})+|\\d+|(?:(?:one|two|three|four|five|six|seven|eight|nine)\\s+hundred"
          + "(?:\\s+and)?\\s+)?(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
          + "(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|zero|one|two|three|four|five"
          + "|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
          + "|eighteen|nineteen)|(?:one|two|three|four|five|six|seven|eight|nine)\\s+hundred)";

  private NumberWords() {}

  /** The value of {@code text}, or empty when it is not a count this class reads. */
  public static OptionalInt parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT).replace(',', ' ').replaceAll("\\s+", " ");
    if (t.matches("\\d+( \\d{3})*")) {
      String digits = t.replace(" ", "");
      // No letter has a billion signatories; a longer run of digits is not a count.
      return digits.length() > 9 ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(digits));
    }
    int total = 0;
    String rest = t;
    int hundred = rest.indexOf(" hundred");
    if (hundred > 0) {
      Integer h = UNITS.get(rest.substring(0, hundred));
      if (h == null) {
        return OptionalInt.empty();
      }
      total = h * 100;
      rest = rest.substring(hundred + " hundred".length()).replaceFirst("^ and ", " ").strip();
      if (rest.isEmpty()) {
        return OptionalInt.of(total);
      }
    }
    Integer unit = UNITS.get(rest);
    if (unit != null) {
      return OptionalInt.of(total + unit);
    }
    String[] parts = rest.split("[- ]");
    Integer tens = TENS.get(parts[0]);
    if (tens == null || parts.length > 2) {
      return OptionalInt.empty();
    }
    if (parts.length == 1) {
      return OptionalInt.of(total + tens);
    }
    Integer u = UNITS.get(parts[1]);
    return u == null || u == 0 || u > 9 ? OptionalInt.empty() : OptionalInt.of(total + tens + u);
  }
}
