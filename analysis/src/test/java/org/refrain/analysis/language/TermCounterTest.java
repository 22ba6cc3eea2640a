package org.refrain.analysis.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refrain.analysis.language.LanguageFixtures.annotate;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.refrain.analysis.annotate.AnnotatedLetter;

/** The n-gram rules of {@link TermCounter}, one rule a test, on letters built by hand. */
class TermCounterTest {

  // Tokens (lemma): crime against humanity be commit in the camp of the north , and crime against
  // humanity continue . -- two runs of words, split at the comma.
  private static final AnnotatedLetter CRIMES =
      annotate(
          "crimes",
          "Crimes against humanity were committed in the camps of the north, and crimes against"
              + " humanity continue.");

  // The same sentence without the comma: one run of words.
  private static final AnnotatedLetter NO_COMMA =
      annotate(
          "no-comma",
          "Crimes against humanity were committed in the camps of the north and crimes against"
              + " humanity continue.");

  private static final AnnotatedLetter NUMBERS =
      annotate("numbers", "In 2019, 80,000 people were held in 12 camps.");

  private final TermCounter three = TermCounter.upTo(3);

  @Test
  void aPhraseWithAStopWordInsideIsATermAndCountsEachOccurrence() {
    LetterTerms terms = three.count(CRIMES);
    assertEquals(2, terms.count("crime against humanity"));
    assertEquals(2, terms.count("crime"));
    assertEquals(2, terms.count("humanity"));
    assertEquals(1, terms.count("camp"));
    assertEquals(1, terms.count("humanity continue"));
  }

  @Test
  void stopWordsAreNeitherTermsNorTheEdgesOfOne() {
    LetterTerms terms = three.count(CRIMES);
    for (String notATerm :
        new String[] {"of the", "the", "of", "against", "and", "camp of", "of the north", "in"}) {
      assertEquals(0, terms.count(notATerm), notATerm);
    }
    for (String term : terms.counts().keySet()) {
      String[] words = term.split(" ");
      assertFalse(three.isStopWord(words[0]), "starts with a stop word: " + term);
      assertFalse(three.isStopWord(words[words.length - 1]), "ends with a stop word: " + term);
    }
  }

  @Test
  void noTermSpansAComma() {
    // "north and crime" is a good trigram in one run of words, and none across the comma.
    assertEquals(1, three.count(NO_COMMA).count("north and crime"));
    assertEquals(0, three.count(CRIMES).count("north and crime"));
  }

  @Test
  void maxNBoundsTheLengthOfATerm() {
    // "camp of the north" has four words: only a counter of 4-grams sees it.
    assertEquals(0, three.count(CRIMES).count("camp of the north"));
    assertEquals(1, TermCounter.upTo(4).count(CRIMES).count("camp of the north"));
    LetterTerms unigrams = TermCounter.upTo(1).count(CRIMES);
    assertTrue(unigrams.counts().keySet().stream().noneMatch(t -> t.contains(" ")));
    assertEquals(2, unigrams.count("crime"));
  }

  @Test
  void numbersAreNotTermsNorPartsOfOne() {
    LetterTerms terms = three.count(NUMBERS);
    assertEquals(0, terms.count("2019"));
    assertEquals(0, terms.count("80,000"));
    assertEquals(0, terms.count("12"));
    assertEquals(0, terms.count("12 camp"));
    assertEquals(0, terms.count("80,000 people"));
    assertEquals(1, terms.count("camp"));
    assertEquals(1, terms.count("people"));
    assertTrue(
        terms.counts().keySet().stream().noneMatch(t -> t.matches(".*\\d.*")),
        terms.counts().toString());
  }

  @Test
  void numberWordsAreNumbersToo() {
    // "three" and "seven" are tagged NUM: "seven concerned individuals" is not a term.
    LetterTerms terms =
        three.count(annotate("number-words", "They held three prisoners in seven camps."));
    assertEquals(0, terms.count("three"));
    assertEquals(0, terms.count("seven"));
    assertEquals(0, terms.count("three prisoner"));
    assertEquals(0, terms.count("seven camp"));
    assertEquals(1, terms.count("prisoner"));
    assertEquals(1, terms.count("camp"));
  }

  @Test
  void numbersStillCountAsWordsOfTheLetter() {
    // In, 2019, 80,000, people, were, held, in, 12, camps: nine word tokens; "," and "." are not.
    assertEquals(9, three.count(NUMBERS).words());
    assertEquals(NUMBERS.words(), three.count(NUMBERS).words());
  }

  @Test
  void termsAreKeyedByLemmaAndRememberTheirWrittenForms() {
    AnnotatedLetter letter =
        annotate("forms", "Human rights matter. We defend human rights and a human right to food.");
    LetterTerms terms = three.count(letter);
    assertEquals(3, terms.count("human right"));
    assertEquals(Map.of("human rights", 2, "human right", 1), terms.forms().get("human right"));
  }

  @Test
  void maxNOutsideOneToFiveIsRefused() {
    IllegalArgumentException zero =
        assertThrows(IllegalArgumentException.class, () -> TermCounter.upTo(0));
    assertTrue(zero.getMessage().contains("maxN"), zero.getMessage());
    assertThrows(IllegalArgumentException.class, () -> TermCounter.upTo(6));
    assertEquals(5, TermCounter.upTo(5).maxN());
  }

  @Test
  void aPossessiveCountsAsItsHead() {
    // The sample corpus writes every possessive with U+2019 ("North Korea’s" 14 times), which the
    // model leaves whole, tagged PROPN with the lemma "korea's"; the annotator splits it.
    AnnotatedLetter letter =
        annotate("possessive", "North Korea’s government and North Korea's leaders met.");
    LetterTerms terms = three.count(letter);
    assertEquals(2, terms.count("north korea"), terms.counts().toString());
    // No word of a term keeps a possessive glued to it ("korea's").
    assertTrue(
        terms.counts().keySet().stream()
            .flatMap(t -> java.util.Arrays.stream(t.split(" ")))
            .noneMatch(w -> w.length() > 2 && w.endsWith("'s")),
        terms.counts().toString());
    assertEquals(0, terms.count("north korea's"));
  }

  @Test
  void aProperNounCountsUnderItsCommonNounLemma() {
    // "Rights" in "Human Rights Council" is tagged PROPN with the lemma "rights"; across the
    // letters counted together it joins "human rights" written as a common noun.
    AnnotatedLetter letter =
        annotate(
            "rights",
            "The Human Rights Council met on human rights. Human rights defenders spoke.");
    LetterTerms terms = three.count(List.of(letter)).get(0);
    assertEquals(3, terms.count("human right"), terms.counts().toString());
    assertEquals(0, terms.count("human rights"), terms.counts().toString());
  }
}
