package org.refrain.analysis.reuse;

import java.util.Locale;
import org.refrain.analysis.text.TextFolding;

/**
 * The form under which two words count as the same for reuse: {@link TextFolding#letters} (accents
 * and typographic quotes, apostrophes and dashes made ASCII), case folded (unless switched off)
 * and, when asked, every number made "#". A soft hyphen is dropped. The original word is always
 * kept beside it.
 *
 * @param caseFold fold case with {@link Locale#ROOT}
 * @param numbersAsClass replace a word made of digits (and , . separators) by "#"
 */
public record WordNormalizer(boolean caseFold, boolean numbersAsClass) {

  /** The form of {@code word} compared for reuse. */
  public String normalize(String word) {
    // A soft hyphen is invisible: "non\u00ADgovernmental" is one word.
    String s = TextFolding.letters(word.indexOf('\u00AD') < 0 ? word : word.replace("\u00AD", ""));
    if (caseFold) {
      s = TextFolding.lowerCase(s);
    }
    if (numbersAsClass && isNumber(s)) {
      return "#";
    }
    return s;
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
