package org.refrain.corpus.claim;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Pattern;

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

  // Compiled once: the analysis module asks this of every token it counts.
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern DIGIT_GROUPS = Pattern.compile("\\d+( \\d{3})*");
  private static final Pattern PARTS = Pattern.compile("[- ]");

  private NumberWords() {}

  /** The value of {@code text}, or empty when it is not a count this class reads. */
  public static OptionalInt parse(String text) {
    String t = normalize(text);
    if (!t.isEmpty() && isAsciiDigit(t.charAt(0)) && DIGIT_GROUPS.matcher(t).matches()) {
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
      rest = rest.substring(hundred + " hundred".length());
      if (rest.startsWith(" and ")) {
        rest = rest.substring(" and".length());
      }
      rest = rest.strip();
      if (rest.isEmpty()) {
        return OptionalInt.of(total);
      }
    }
    Integer unit = UNITS.get(rest);
    if (unit != null) {
      return OptionalInt.of(total + unit);
    }
    String[] parts = PARTS.split(rest);
    // "-" splits into nothing at all.
    Integer tens = parts.length == 0 ? null : TENS.get(parts[0]);
    if (tens == null || parts.length > 2) {
      return OptionalInt.empty();
    }
    if (parts.length == 1) {
      return OptionalInt.of(total + tens);
    }
    Integer u = UNITS.get(parts[1]);
    return u == null || u == 0 || u > 9 ? OptionalInt.empty() : OptionalInt.of(total + tens + u);
  }

  /** Trimmed, lower case, commas as spaces, runs of white space as one space. */
  private static String normalize(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT).replace(',', ' ');
    return hasSpace(t) ? SPACES.matcher(t).replaceAll(" ") : t;
  }

  /**
   * True when {@code t} has a character of {@code \s} (a single word, the usual case, has none).
   */
  private static boolean hasSpace(String t) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == ' ' || (c >= '\t' && c <= '\r')) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
