package org.refrain.analysis.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refrain.analysis.language.LanguageFixtures.MOON_2020;
import static org.refrain.analysis.language.LanguageFixtures.REPS_2024;
import static org.refrain.analysis.language.LanguageFixtures.grep;
import static org.refrain.analysis.language.LanguageFixtures.sample;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.refrain.analysis.annotate.AnnotatedLetter;
import org.refrain.corpus.Letter;

/**
 * Term frequencies and keyness on the sample corpus, checked against counts taken from the source
 * texts by hand ({@code grep -n -o -i -w WORD corpus/letters/FILE}, keeping only the lines of the
 * letter bodies) and G2 recomputed here from those counts with Dunning's formula.
 */
class SampleTermsGoldenTest {

  private static final List<LetterTerms> TERMS = TermCounter.upTo(3).count(sample());

  private static final KeynessComparison Y2024_VS_2020 =
      KeynessComparison.of(
          TERMS,
          LetterSelector.parse("year=2024"),
          "year=2024",
          LetterSelector.parse("year=2020"),
          "year=2020",
          Keyness.of(0.05, 3));

  /** Word tokens of each year's letters, as the annotator counts them: the keyness denominators. */
  private static final int WORDS_2024 = words("2024");

  private static final int WORDS_2020 = words("2020");

  private static int words(String year) {
    return sample().stream()
        .filter(a -> TermFrequencies.year(a.letter()).equals(year))
        .mapToInt(AnnotatedLetter::words)
        .sum();
  }

  private static List<Letter> year(String year) {
    return sample().stream()
        .map(AnnotatedLetter::letter)
        .filter(l -> TermFrequencies.year(l).equals(year))
        .toList();
  }

  private static int grepAll(List<Letter> letters, String regex) {
    return letters.stream().mapToInt(l -> grep(l, regex)).sum();
  }

  /** Dunning's G2, written out again so the test does not trust the code it checks. */
  private static double dunning(int a, int n, int b, int m) {
    double ea = (double) n * (a + b) / (n + m);
    double eb = (double) m * (a + b) / (n + m);
    return 2 * ((a == 0 ? 0 : a * Math.log(a / ea)) + (b == 0 ? 0 : b * Math.log(b / eb)));
  }

  private static KeyTerm key(KeynessComparison c, String term) {
    return c.terms().stream()
        .filter(t -> t.term().equals(term))
        .findFirst()
        .orElseThrow(() -> new AssertionError("'" + term + "' is not key: " + c.terms()));
  }

  @Test
  void theGroupsAreTheOne2024LetterAndTheFour2020Letters() {
    assertEquals(
        List.of(REPS_2024),
        Y2024_VS_2020.lettersA().stream().map(t -> t.letter().letter().id()).toList());
    assertEquals(4, Y2024_VS_2020.lettersB().size());
    // Word tokens as the annotator counts them (numbers included, punctuation not): about 490
    // and 3,400 (sed -n 9,17p 2024-03-18_...txt | wc -w: 482 white-space words).
    assertEquals(WORDS_2024, Y2024_VS_2020.wordsA());
    assertEquals(WORDS_2020, Y2024_VS_2020.wordsB());
    assertTrue(WORDS_2024 > 400 && WORDS_2024 < 600, "2024 words " + WORDS_2024);
    assertTrue(WORDS_2020 > 3000 && WORDS_2020 < 3800, "2020 words " + WORDS_2020);
  }

  @Test
  void reportIsOverusedIn2024AsTheHandCountsSay() {
    // 2024 body (lines 9-17 of 2024-03-18_...txt): "report" on lines 9, 11 (x3), 13, 17, "report’s"
    // on 13 and "reports" on 13: 7. ("detailed reporting" on line 13 is the noun "reporting".)
    // 2020 bodies: 2020-02-21_... line 35 "to report on", line 51 "the COI report" and "reporting
    // on his government's" (a verb: lemma "report"): 3. The October file's "UN Report" (line 6)
    // is page chrome, outside both letters; the other 2020 letters never use the word.
    List<Letter> y2024 = year("2024");
    List<Letter> y2020 = year("2020");
    assertEquals(7, grepAll(y2024, "\\breports?\\b"));
    assertEquals(2, grepAll(y2020, "\\breports?\\b"));
    assertEquals(1, grepAll(y2020, "\\breporting\\b"));
    int a = 7;
    int b = 3;
    KeyTerm report = key(Y2024_VS_2020, "report");
    assertEquals(a, report.countA());
    assertEquals(b, report.countB());
    // With n = 487 and m = 3401 words: G2 = 2 (7 ln(7 / (487 * 10 / 3888)) + 3 ln(3 / (3401 * 10
    // / 3888))) = 17.67, log ratio log2((7 / 487) / (3 / 3401)) = 4.03.
    double g2 = dunning(a, WORDS_2024, b, WORDS_2020);
    assertEquals(17.669, dunning(a, 487, b, 3401), 1e-3);
    assertEquals(g2, report.g2(), 1e-9);
    assertEquals("A", report.overusedIn());
    double ratio = Math.log(((double) a / WORDS_2024) / ((double) b / WORDS_2020)) / Math.log(2);
    assertEquals(ratio, report.logRatio(), 1e-9);
    assertTrue(report.p() < 0.001, report.toString());
  }

  @Test
  void unitedNationsAndWeaponsAreOverusedIn2024AsTheHandCountsSay() {
    // "United Nations": 2024 body lines 9, 13, 15, 17 (line 5 is the heading, outside the body):
    // 4; 2020: the UNGA letter lines 39 and 41, the EU letter line 115: 3.
    assertEquals(4, grepAll(year("2024"), "\\bUnited Nations\\b"));
    assertEquals(3, grepAll(year("2020"), "\\bUnited Nations\\b"));
    KeyTerm un = key(Y2024_VS_2020, "united nation");
    assertEquals(4, un.countA());
    assertEquals(3, un.countB());
    assertEquals(dunning(4, WORDS_2024, 3, WORDS_2020), un.g2(), 1e-9); // 7.86 at 487 / 3401
    assertTrue(un.p() <= 0.01, un.toString());
    // "weapons": 2024 line 15 (three times); 2020-02-21_... lines 47 and 49: 3 vs 2.
    assertEquals(3, grepAll(year("2024"), "\\bweapons?\\b"));
    assertEquals(2, grepAll(year("2020"), "\\bweapons?\\b"));
    KeyTerm weapon = key(Y2024_VS_2020, "weapon");
    assertEquals(3, weapon.countA());
    assertEquals(2, weapon.countB());
    assertEquals(dunning(3, WORDS_2024, 2, WORDS_2020), weapon.g2(), 1e-9); // 6.27 at 487 / 3401
    assertTrue(weapon.p() > 0.01 && weapon.p() <= 0.05, weapon.toString());
    // "international community": 2024 lines 9, 11 ("community’s understanding"), 13, 17: 4;
    // 2020: 2020-02-21_... line 47 and the press release line 19: 2.
    assertEquals(4, grepAll(year("2024"), "\\binternational community"));
    assertEquals(2, grepAll(year("2020"), "\\binternational community"));
    KeyTerm community = key(Y2024_VS_2020, "international community");
    assertEquals(4, community.countA());
    assertEquals(2, community.countB());
    assertEquals(dunning(4, WORDS_2024, 2, WORDS_2020), community.g2(), 1e-9); // 9.46
  }

  @Test
  void reportIsTheStrongest2024TermAndNothingIsOverusedIn2020() {
    List<KeyTerm> terms = Y2024_VS_2020.terms();
    assertEquals("report", terms.get(0).term());
    // 2024 has about 490 words to 2020's 3,400: a term 2024 never uses scores G2 = 2 c ln((n +
    // m) / m) = 0.27 c and needs c >= 15 in 2020 to reach 3.84; no 2020 term is that frequent
    // and absent from 2024 ("south korean government": 8 times in 2020, 0 in 2024, G2 = 2.1).
    assertTrue(terms.stream().allMatch(t -> t.overusedIn().equals("A")), terms.toString());
    assertTrue(dunning(0, WORDS_2024, 13, WORDS_2020) < 3.84);
    assertTrue(dunning(0, WORDS_2024, 16, WORDS_2020) > 3.84);
  }

  @Test
  void theOtherWayRoundTheSameTermsAreOverusedInB() {
    KeynessComparison reverse =
        KeynessComparison.of(
            TERMS,
            LetterSelector.parse("year=2020"),
            "year=2020",
            LetterSelector.parse("year=2024"),
            "year=2024",
            Keyness.of(0.05, 3));
    KeyTerm report = key(reverse, "report");
    assertEquals("B", report.overusedIn());
    assertEquals(3, report.countA());
    assertEquals(7, report.countB());
    assertEquals(key(Y2024_VS_2020, "report").g2(), report.g2(), 1e-9);
    assertEquals(-key(Y2024_VS_2020, "report").logRatio(), report.logRatio(), 1e-9);
    assertEquals(
        Y2024_VS_2020.terms().stream().map(KeyTerm::term).toList(),
        reverse.terms().stream().map(KeyTerm::term).toList());
  }

  @Test
  void the2020GroupHasFourLettersAndHumanRightIsShownAsHumanRights() {
    List<TermFrequency> rows = TermFrequencies.byGroup(TERMS, TermFrequencies::year);
    assertEquals(
        List.of("2020", "2022", "2024"),
        rows.stream().map(TermFrequency::group).distinct().toList());
    Map<String, TermFrequency> y2020 =
        rows.stream()
            .filter(r -> r.group().equals("2020"))
            .collect(Collectors.toMap(TermFrequency::term, Function.identity()));
    TermFrequency humanRight = y2020.get("human right");
    assertEquals(4, humanRight.letters());
    assertEquals(WORDS_2020, humanRight.words());
    assertEquals("human rights", TermForms.of(TERMS).form("human right"));
    // Every 2020 letter talks of North Korea.
    assertEquals(4, y2020.get("north korea").letters());
  }

  @Test
  void kimJongUnIsATermOfTheFebruary2020Letter() {
    // grep -n -o "Kim Jong Un" 2020-02-21_...txt: line 49 ("Kim Jong Un’s government"), line 51
    // (twice) and line 53 ("North Korean leader Kim Jong Un,"). The possessive is lemmatised
    // "un's" unless the annotator splits the "’s" off (see
    // TermCounterTest#aPossessiveCountsAsItsHead).
    LetterTerms moon = TERMS.get(0);
    assertEquals(MOON_2020, moon.letter().letter().id());
    assertEquals(4, grep(moon.letter().letter(), "Kim Jong Un"));
    assertEquals(4, moon.count("kim jong un"));
  }

  @Test
  void internationalCommunityCountsItsPossessiveToo() {
    // OpenNLP leaves "community’s" whole (and tagged it PUNCT, lemma "community's"): the
    // annotator must split the "’s" off for "the international community’s understanding" to count.
    // 2024 body: "international community" on lines 9, 11 ("community’s"), 13 and 17: 4.
    assertEquals(4, grep(LanguageFixtures.sample(REPS_2024).letter(), "international community"));
    LetterTerms reps = TERMS.get(TERMS.size() - 1);
    assertEquals(REPS_2024, reps.letter().letter().id());
    assertEquals(4, reps.count("international community"));
  }

  @Test
  void kwanlisoIsAWordNotANumber() {
    // grep -n -o -i kwanliso 2020-10-14_...txt: lines 20, 32, 33 (UNGA) and 103, 109, 110 (EU).
    for (String id : new String[] {LanguageFixtures.UNGA_2020, LanguageFixtures.EU_2020}) {
      LetterTerms twin =
          TERMS.stream().filter(t -> t.letter().letter().id().equals(id)).findFirst().orElseThrow();
      assertEquals(3, grep(twin.letter().letter(), "kwanliso"), id);
      assertEquals(3, twin.count("kwanliso"), id);
      assertEquals(3, twin.count("political prison camp"), id);
    }
  }
}
