package org.refrain.reports.table;

import java.util.regex.Pattern;
import org.refrain.corpus.Letter;

/** Cell values shared by the table builders (and the renderers that print the same text). */
public final class Cells {

  private Cells() {}

  /** The text of a cell: {@code null} becomes an empty (missing) cell. */
  static String text(String value) {
    return value == null ? "" : value;
  }

  /** A letter's ISO date, or an empty cell for no letter or an undated one. */
  public static String date(Letter letter) {
    return letter == null || letter.date() == null ? "" : letter.date().iso();
  }

  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** {@code text} on one line: every run of white space, line breaks included, one space. */
  public static String oneLine(String text) {
    return isOneLine(text) ? text : SPACES.matcher(text).replaceAll(" ");
  }

  /**
   * True when {@code text} has no white space but single spaces, so collapsing would change
   * nothing: most cells, checked without a regex. White space as the regex's {@code \s}: space,
   * tab, line feed, vertical tab, form feed, carriage return.
   */
  private static boolean isOneLine(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean doubleSpace = c == ' ' && i + 1 < text.length() && text.charAt(i + 1) == ' ';
      if (doubleSpace || c >= '\t' && c <= '\r') {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code value} rounded half-up to {@code places} decimals, so tables show figures a reader can
   * copy and every run prints the same digits.
   */
  static double round(double value, int places) {
    if (!Double.isFinite(value)) {
      return value;
    }
    return java.math.BigDecimal.valueOf(value)
        .setScale(places, java.math.RoundingMode.HALF_UP)
        .doubleValue();
  }

  /** A p-value to four significant digits: small ones stay readable (1.234E-5). */
  static double significant(double p) {
    if (p == 0 || !Double.isFinite(p)) {
      return p;
    }
    return new java.math.BigDecimal(p)
        .round(new java.math.MathContext(4, java.math.RoundingMode.HALF_UP))
        .doubleValue();
  }
}
