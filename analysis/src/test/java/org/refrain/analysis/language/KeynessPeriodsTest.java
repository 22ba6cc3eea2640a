package org.refrain.analysis.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.refrain.analysis.HandLetters;
import org.refrain.analysis.SampleLetters;
import org.refrain.analysis.language.KeynessPeriods.Basis;
import org.refrain.analysis.language.KeynessPeriods.Period;
import org.refrain.corpus.Letter;

/** The periods rule, one test per branch, on letters of chosen dates and word counts. */
class KeynessPeriodsTest {

  /** A letter with this id, date (or null) and number of words. */
  private static Letter letter(String id, String date, int words) {
    HandLetters.Builder b = HandLetters.letter(id + "#1").paragraphs("word ".repeat(words).strip());
    return date == null ? b.build() : b.date(date).build();
  }

  private static KeynessPeriods choose(Letter... letters) {
    return KeynessPeriods.choose(List.of(letters)).orElseThrow();
  }

  private static String render(Period p) {
    return p.label() + " " + p.letters() + " " + p.words();
  }

  @Test
  void fewerThanTwoDatedLettersGiveNoPeriods() {
    assertTrue(KeynessPeriods.choose(List.of()).isEmpty());
    assertTrue(KeynessPeriods.choose(List.of(letter("a", "2020-01-01", 900))).isEmpty());
    assertTrue(
        KeynessPeriods.choose(List.of(letter("a", "2020-01-01", 900), letter("u", null, 900)))
            .isEmpty());
  }

  @Test
  void theYearThatBestBalancesTheWordsWins() {
    // Boundaries: after 2018 (1,200 | 2,100), after 2019 (1,800 | 1,500), after 2020 (2,400 |
    // 900): 2019 is the most balanced.
    KeynessPeriods p =
        choose(
            letter("a", "2018-03-01", 600),
            letter("b", "2018-09-01", 600),
            letter("c", "2019-05-01", 600),
            letter("d", "2020-05-01", 600),
            letter("e", "2021-01-01", 450),
            letter("f", "2021-06-01", 450));
    assertEquals(Basis.YEARS, p.basis());
    assertEquals("2018–2019 [a#1, b#1, c#1] 1800", render(p.earlier()));
    assertEquals("2020–2021 [d#1, e#1, f#1] 1500", render(p.later()));
    assertEquals(LocalDate.of(2018, 3, 1), p.earlier().first());
    assertEquals(LocalDate.of(2019, 5, 1), p.earlier().last());
    assertEquals("2020–2021 (3 letters, 1,500 words)", p.later().summary());
    assertEquals(0, p.undated());
  }

  @Test
  void equallyBalancedBoundariesGoToTheEarliest() {
    // After 2018: 1,000 | 1,300 words; after 2019: 1,300 | 1,000. Both 300 apart: 2018 wins.
    KeynessPeriods p =
        choose(
            letter("a", "2018-01-01", 500),
            letter("b", "2018-02-01", 500),
            letter("c", "2019-01-01", 300),
            letter("d", "2020-01-01", 500),
            letter("e", "2020-02-01", 500));
    assertEquals("2018 [a#1, b#1] 1000", render(p.earlier()));
    assertEquals("2019–2020 [c#1, d#1, e#1] 1300", render(p.later()));
  }

  @Test
  void aSideNeedsTwoLetters() {
    // 2020 | 2021 would leave one letter after the cut: split by date at the median instead.
    KeynessPeriods p =
        choose(
            letter("a", "2020-01-10", 800),
            letter("b", "2020-03-10", 800),
            letter("c", "2020-05-10", 800),
            letter("d", "2021-01-10", 800));
    assertEquals(Basis.DATES, p.basis());
    assertEquals("2020-01-10 – 2020-03-10 [a#1, b#1] 1600", render(p.earlier()));
    assertEquals("2020-05-10 – 2021-01-10 [c#1, d#1] 1600", render(p.later()));
    assertTrue(p.rule().startsWith("No cut between years"), p.rule());
  }

  @Test
  void aSideNeedsTheMinimumOfWords() {
    int few = KeynessPeriods.MIN_WORDS / 2 - 1;
    List<Letter> letters =
        List.of(
            letter("a", "2020-01-10", 2000),
            letter("b", "2020-03-10", 2000),
            letter("c", "2021-01-10", few),
            letter("d", "2021-03-10", few));
    assertEquals(Basis.DATES, KeynessPeriods.choose(letters).orElseThrow().basis());
    List<Letter> enough = new ArrayList<>(letters);
    enough.set(3, letter("d", "2021-03-10", few + 2));
    KeynessPeriods p = KeynessPeriods.choose(enough).orElseThrow();
    assertEquals(Basis.YEARS, p.basis());
    assertEquals(KeynessPeriods.MIN_WORDS, p.later().words());
  }

  @Test
  void oneYearIsCutByDateNearestTheMedianLetterNeverInsideADate() {
    // Five letters, two on 03-01: the middle cut (after 2 or 3 letters) may not fall between them.
    KeynessPeriods p =
        choose(
            letter("a", "2023-01-01", 300),
            letter("b", "2023-03-01", 300),
            letter("c", "2023-03-01", 300),
            letter("d", "2023-06-01", 300),
            letter("e", "2023-09-01", 300));
    assertEquals(Basis.DATES, p.basis());
    assertEquals("2023-01-01 – 2023-03-01 [a#1, b#1, c#1] 900", render(p.earlier()));
    assertEquals("2023-06-01 – 2023-09-01 [d#1, e#1] 600", render(p.later()));
  }

  @Test
  void twoLettersOfOneYearAreOneEach() {
    KeynessPeriods p = choose(letter("b", "2023-05-01", 300), letter("a", "2023-01-01", 300));
    assertEquals("2023-01-01 [a#1] 300", render(p.earlier()));
    assertEquals("2023-05-01 [b#1] 300", render(p.later()));
    assertEquals("2023-05-01 (1 letter, 300 words)", p.later().summary());
  }

  @Test
  void lettersOfOneDateAreCutAtTheMiddleOfTheirIds() {
    KeynessPeriods p =
        choose(
            letter("c", "2023-05-01", 100),
            letter("a", "2023-05-01", 100),
            letter("b", "2023-05-01", 100));
    assertEquals("2023-05-01 [a#1] 100", render(p.earlier()));
    assertEquals("2023-05-01 [b#1, c#1] 200", render(p.later()));
  }

  @Test
  void undatedLettersTakeNoPartAndAreCounted() {
    KeynessPeriods p =
        choose(
            letter("u", null, 5000),
            letter("a", "2019-01-01", 600),
            letter("b", "2019-02-01", 600),
            letter("c", "2020-01-01", 600),
            letter("d", "2020-02-01", 600));
    assertEquals(1, p.undated());
    assertEquals("2019 [a#1, b#1] 1200", render(p.earlier()));
    assertEquals("2020 [c#1, d#1] 1200", render(p.later()));
    assertFalse(p.earlier().letters().contains("u#1") || p.later().letters().contains("u#1"));
  }

  @Test
  void onTheSampleCorpus2022To2024IsComparedWith2020() {
    KeynessPeriods p = KeynessPeriods.choose(SampleLetters.letters()).orElseThrow();
    assertEquals(Basis.YEARS, p.basis());
    assertEquals("2020 (4 letters, 3,377 words)", p.earlier().summary());
    assertEquals("2022–2024 (2 letters, 1,046 words)", p.later().summary());
    assertEquals(List.of(SampleLetters.MOON_2022, SampleLetters.REPS_2024), p.later().letters());
  }

  @Test
  void theLaterPeriodIsGroupA() {
    List<LetterTerms> terms = TermCounter.upTo(1).count(SampleLetters.annotated());
    KeynessPeriods p = KeynessPeriods.choose(SampleLetters.letters()).orElseThrow();
    KeynessComparison c = p.compare(terms, Keyness.defaults());
    assertEquals("2022–2024", c.labelA());
    assertEquals("2020", c.labelB());
    assertEquals(p.later().words(), c.wordsA());
    assertEquals(p.earlier().words(), c.wordsB());
    assertEquals(
        p.later().letters(), c.lettersA().stream().map(t -> t.letter().letter().id()).toList());
    assertEquals(4, c.lettersB().size());
  }

  @Test
  void aPeriodHoldsALetter() {
    LocalDate d = LocalDate.of(2020, 1, 1);
    assertThrows(IllegalArgumentException.class, () -> new Period("2020", d, d, List.of(), 0));
  }
}
