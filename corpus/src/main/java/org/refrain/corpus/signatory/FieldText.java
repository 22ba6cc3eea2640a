package org.refrain.corpus.signatory;

import java.util.regex.Pattern;

/** The two clean-ups every extracted field gets. */
final class FieldText {

  private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

  private FieldText() {}

  /** Collapses runs of white space (no-break spaces included) to one space and trims. */
  static String squeeze(String s) {
    return SPACE.matcher(s).replaceAll(" ").strip();
  }

  /**
   * Removes separators left dangling at either end once a country, acronym or description was cut
   * off ("The 88 Project," "Name |"), but not a closing bracket or full stop ("Inc.").
   */
  static String trimSeparators(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && isSeparator(s.charAt(from))) {
      from++;
    }
    while (to > from && isSeparator(s.charAt(to - 1))) {
      to--;
    }
    return squeeze(s.substring(from, to));
  }

  private static boolean isSeparator(char c) {
    return Character.isWhitespace(c) || ",;:|/\\-\u2013\u2014\t\u00A0".indexOf(c) >= 0;
  }
}
