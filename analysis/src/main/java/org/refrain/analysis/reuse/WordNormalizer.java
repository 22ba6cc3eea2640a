package org.refrain.analysis.reuse;

import java.util.Locale;

/**
 * The form under which two words count as the same for reuse: typographic quotes and apostrophes
 * made straight, every dash and hyphen made "-", case folded (unless switched off) and, when asked,
 * every number made "#". The original word is always kept beside it.
 *
 * @param caseFold fold case with {@link Locale#ROOT}
 * @param numbersAsClass replace a word made of digits (and , . separators) by "#"
 */
public record WordNormalizer(boolean caseFold, boolean numbersAsClass) {

  /** The form of {@code word} compared for reuse. */
  public String normalize(String word) {
    StringBuilder out = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c != '\u00AD') { // a soft hyphen is invisible: "non\u00ADgovernmental" is one word
        out.append(fold(c));
      }
    }
    String s = out.toString();
    if (caseFold) {
      s = s.toLowerCase(Locale.ROOT);
    }
    if (numbersAsClass && isNumber(s)) {
      return "#";
    }
    return s;
  }

  private static char fold(char c) {
    switch (c) {
      case '\u2018', '\u2019', '\u201B', '\u2032', '`' -> {
        return '\'';
      }
      case '\u201C', '\u201D', '\u201E', '\u2033' -> {
        return '"';
      }
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> {
        return '-';
      }
      default -> {
        return c;
      }
    }
  }

  static boolean isNumber(String s) {
    boolean digit = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isDigit(c)) {
        digit = true;
      } else if (c != ',' && c != '.') {
        return false;
      }
    }
    return digit;
  }
}
