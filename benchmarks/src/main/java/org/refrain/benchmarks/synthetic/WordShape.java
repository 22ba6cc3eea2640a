package org.refrain.benchmarks.synthetic;

import java.util.Locale;

/** The letter case of a word, which a replacement keeps so a name still looks like a name. */
enum WordShape {
  /** "government". */
  LOWER,
  /** "Korea", "Moon". */
  CAPITALISED,
  /** "DPRK", "COI". */
  UPPER,
  /** "NKnet", "InCRC": written like a name, not like an acronym. */
  MIXED;

  static WordShape of(String word) {
    boolean firstUpper = Character.isUpperCase(word.charAt(0));
    int upper = 0;
    for (int i = 0; i < word.length(); i++) {
      if (Character.isUpperCase(word.charAt(i))) {
        upper++;
      }
    }
    if (upper == 0) {
      return LOWER;
    }
    if (upper == word.length() && word.length() > 1) {
      return UPPER;
    }
    return firstUpper && upper == 1 ? CAPITALISED : MIXED;
  }

  /** {@code word} written in this shape. */
  String render(String word) {
    return switch (this) {
      case LOWER -> word.toLowerCase(Locale.ROOT);
      case UPPER -> word.toUpperCase(Locale.ROOT);
      case CAPITALISED, MIXED -> word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    };
  }
}
