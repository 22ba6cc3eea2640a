package org.refrain.analysis.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.refrain.analysis.SampleLetters;
import org.refrain.analysis.annotate.AnnotatedLetter;
import org.refrain.analysis.annotate.Token;
import org.refrain.corpus.claim.NumberWords;

/** The lookup decides every token as parsing it did: no letter, or a count the parser reads. */
class NumberTokensTest {

  /** The rule the lookup replaced: a token with a letter is a number when the parser reads it. */
  private static boolean parsed(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetter(text.charAt(i))) {
        return NumberWords.parse(text).isPresent();
      }
    }
    return true;
  }

  private static void assertSameAsParser(String text) {
    assertEquals(parsed(text), NumberTokens.isNumber(text), "'" + text + "'");
  }

  @Test
  void countsInWordsAndDigitsAreNumbers() {
    for (String t : List.of("seven", "Twenty-Eight", "NINETY", "dozen", "2020", "80,000", "-")) {
      assertTrue(NumberTokens.isNumber(t), t);
    }
    for (String t : List.of("kwanliso", "5th", "twenty-zero", "tenth", "one-", "seventy-dozen")) {
      assertFalse(NumberTokens.isNumber(t), t);
    }
  }

  @Test
  void everyShapeIsDecidedAsTheParserDecidesIt() {
    List<String> words = new ArrayList<>(List.of("hundred", "and", "a", "dozen", "zero", "k"));
    words.addAll(
        List.of("one", "nine", "ten", "nineteen", "twenty", "ninety", "eleven", "thousand"));
    List<String> shapes = new ArrayList<>();
    for (String w : words) {
      for (String v : List.of(w, w.toUpperCase(Locale.ROOT), capital(w))) {
        shapes.add(v);
        shapes.add(v + "-");
        shapes.add(v + "--");
        shapes.add("-" + v);
        shapes.add(v + "s");
        shapes.add(v + "’");
        shapes.add(v + "\u00a0");
        shapes.add("\u212a" + v);
        for (String x : words) {
          for (String sep : List.of("-", " ", "--", ", ", "\u2010", "\t", " and ", "")) {
            shapes.add(v + sep + x);
            shapes.add(v + " hundred" + sep + x);
          }
        }
      }
    }
    shapes.addAll(List.of("1,200", "12a", "a1", "I", "İ", "x", " twenty ", "twenty one", "2,0x"));
    shapes.forEach(NumberTokensTest::assertSameAsParser);
  }

  @Test
  void everyTokenOfTheSampleIsDecidedAsTheParserDecidesIt() {
    for (AnnotatedLetter letter : SampleLetters.annotated()) {
      for (Token token : letter.tokens()) {
        assertSameAsParser(token.text());
      }
    }
  }

  private static String capital(String w) {
    return w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
  }
}
