package org.refrain.corpus.signatory;

/** The two clean-ups every extracted field gets. */
final class FieldText {

  private FieldText() {}

  /** Collapses runs of white space (no-break spaces included) to one space and trims. */
  static String squeeze(String s) {
    return collapseSpaces(s).strip();
  }

  /**
   * Runs of {@code [\\s\\u00A0\\u2007\\u202F]} as one space. By hand, not by regular expression:
   * every field and every word looked up passes here, and most need no change.
   */
  static String collapseSpaces(String s) {
    int i = 0;
    while (i < s.length() && !startsRun(s, i)) {
      i++;
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length()).append(s, 0, i);
    boolean inRun = false;
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isSpace(c)) {
        out.append(c);
        inRun = false;
      } else if (!inRun) {
        out.append(' ');
        inRun = true;
      }
    }
    return out.toString();
  }

  /** True when the space at {@code i} must be rewritten: not a plain space, or one of several. */
  private static boolean startsRun(String s, int i) {
    char c = s.charAt(i);
    return isSpace(c) && (c != ' ' || (i + 1 < s.length() && isSpace(s.charAt(i + 1))));
  }

  private static boolean isSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00A0' || c == '\u2007' || c == '\u202F';
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
