package org.refrain.analysis.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.refrain.corpus.claim.NumberWords;

/**
 * Tells whether a token is a number the way {@link NumberWords#parse} reads counts: a token without
 * a letter ("2020", "80,000"), or a count in English words ("seven", "twenty-eight"). Terms are
 * counted at every token, and parsing each one cost a third of the term tables: this decides from
 * the token's shape and one set lookup, and leaves only shapes the set cannot answer (white space,
 * commas, a trailing hyphen, all rare in a token) to the parser, so the decisions are the parser's.
 */
final class NumberTokens {

  private static final List<String> UNITS =
      List.of(
          "zero",
          "one",
          "two",
          "three",
          "four",
          "five",
          "six",
          "seven",
          "eight",
          "nine",
          "ten",
          "eleven",
          "twelve",
          "thirteen",
          "fourteen",
          "fifteen",
          "sixteen",
          "seventeen",
          "eighteen",
          "nineteen",
          "dozen");
  private static final List<String> TENS =
      List.of("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");

  /**
   * Every count of one word, lower case: the candidates the parser accepts. A hyphenated count is
   * one token ("twenty-eight"); counts with a space ("a dozen", "two hundred") are not.
   */
  private static final Set<String> WORDS = words();

  private NumberTokens() {}

  private static Set<String> words() {
    List<String> candidates = new ArrayList<>(UNITS);
    for (String tens : TENS) {
      candidates.add(tens);
      UNITS.forEach(unit -> candidates.add(tens + "-" + unit));
    }
    return Set.copyOf(candidates.stream().filter(w -> NumberWords.parse(w).isPresent()).toList());
  }

  /** True when {@code text}, a token, is a number. */
  static boolean isNumber(String text) {
    boolean letter = false;
    boolean ascii = true;
    boolean parserShape = text.endsWith("-");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      letter |= Character.isLetter(c);
      ascii &= c < 0x80;
      parserShape |= c == ',' || Character.isWhitespace(c);
    }
    if (!letter) {
      return true;
    }
    if (parserShape) {
      return NumberWords.parse(text).isPresent();
    }
    // The parser's words are ASCII and have no digit: a token with another character is no count.
    return ascii && WORDS.contains(text.toLowerCase(Locale.ROOT));
  }
}
