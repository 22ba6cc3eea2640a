package org.refrain.analysis.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refrain.analysis.language.LanguageFixtures.ANNOTATOR;
import static org.refrain.analysis.language.LanguageFixtures.annotate;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.refrain.analysis.annotate.AnnotatedLetter;

/**
 * Collocation arithmetic on a corpus small enough to count by hand.
 *
 * <pre>
 * P1  Guards beat prisoners in camps.   guard beat prisoner in [camp]      5 words
 * P2  Camps hold prisoners.             [camp] hold prisoner                3 words
 * P3  Guards watch the gate.            guard watch the gate                4 words
 * </pre>
 *
 * Query "camps", window 2: match 1 (end of P1) has left "prisoners in" and nothing on its right
 * (the paragraph ends); match 2 (start of P2) has nothing on its left and right "hold prisoners".
 * So N = 12, S = 2 + 2 = 4, and O(prisoner) = 2 (1 left, 1 right), O(hold) = 1, O(in) = 1 (a stop
 * word); f(prisoner) = 2, f(hold) = 1, f(in) = 1. P3 is never in a window.
 */
class CollocateFinderTest {

  private static final AnnotatedLetter LETTER =
      annotate(
          "colloc",
          "Guards beat prisoners in camps.",
          "Camps hold prisoners.",
          "Guards watch the gate.");

  private static Collocation find(boolean keepStopWords, int minTogether) {
    return CollocateFinder.of(keepStopWords, minTogether)
        .find(List.of(LETTER), PhraseQuery.parse("camps", ANNOTATOR, false), 2);
  }

  @Test
  void corpusAndWindowSizesAreCountedInWords() {
    Collocation c = find(false, 1);
    assertEquals(2, c.matches());
    assertEquals(12, c.corpusWords());
    assertEquals(4, c.windowWords());
    assertEquals(2, c.window());
  }

  @Test
  void observedExpectedMutualInformationAndLogLikelihoodMatchTheHandValues() {
    Collocation c = find(false, 1);
    assertEquals(
        List.of("prisoner", "hold"), c.collocates().stream().map(Collocate::term).toList());

    Collocate prisoner = c.collocates().get(0);
    assertEquals(2, prisoner.together());
    assertEquals(1, prisoner.left());
    assertEquals(1, prisoner.right());
    assertEquals(2, prisoner.frequency());
    // E = f S / N = 2 * 4 / 12 = 2/3; MI = log2(2 / (2/3)) = log2 3 = 1.5849625
    assertEquals(Math.log(3) / Math.log(2), prisoner.mutualInformation(), 1e-12);
    // 2x2 table O = (2, 2; 0, 8), rows (4, 8), columns (2, 10), N = 12:
    // E = (0.667, 3.333; 1.333, 6.667)
    // G2 = 2 (2 ln(2/0.667) + 2 ln(2/3.333) + 8 ln(8/6.667)) = 2 (2.19722 - 1.02165 + 1.45857)
    //    = 5.268292
    double g2 =
        2
            * (2 * Math.log(2 / (2.0 / 3))
                + 2 * Math.log(2 / (10.0 / 3))
                + 8 * Math.log(8 / (20.0 / 3)));
    assertEquals(5.268292, g2, 1e-6);
    assertEquals(g2, prisoner.logLikelihood(), 1e-9);

    Collocate hold = c.collocates().get(1);
    assertEquals(1, hold.together());
    assertEquals(0, hold.left());
    assertEquals(1, hold.right());
    assertEquals(1, hold.frequency());
    // E = 1 * 4 / 12 = 1/3; MI = log2 3. O = (1, 3; 0, 8), E = (0.333, 3.667; 0.667, 7.333):
    // G2 = 2 (ln 3 + 3 ln(3/3.667) + 8 ln(8/7.333)) = 2 (1.09861 - 0.60201 + 0.69609) = 2.385382
    assertEquals(Math.log(3) / Math.log(2), hold.mutualInformation(), 1e-12);
    assertEquals(2.385382, hold.logLikelihood(), 1e-6);
  }

  @Test
  void stopWordsAreLeftOutUnlessKept() {
    assertTrue(find(false, 1).collocates().stream().noneMatch(x -> x.term().equals("in")));
    Collocate in =
        find(true, 1).collocates().stream()
            .filter(x -> x.term().equals("in"))
            .findFirst()
            .orElseThrow();
    assertEquals(1, in.together());
    assertEquals(1, in.left());
    // Keeping stop words does not change the window sizes: every word counts toward them.
    assertEquals(find(false, 1).windowWords(), find(true, 1).windowWords());
  }

  @Test
  void minTogetherDropsRareCollocates() {
    assertEquals(
        List.of("prisoner"), find(false, 2).collocates().stream().map(Collocate::term).toList());
  }

  @Test
  void onlyCollocatesSeenMoreOftenThanExpectedAreKept() {
    // Windows of 1 around the two "camps": walls | torture and torture | walls. N = 4 + 3 + 3 + 2
    // = 12, S = 4. "torture" is in both windows but occurs 6 times: E = 6 * 4 / 12 = 2 = O, so it
    // is dropped; "wall" (O = 2, f = 2, E = 2/3) is kept.
    AnnotatedLetter common =
        annotate(
            "common",
            "Torture torture torture torture.",
            "Walls camps torture.",
            "Torture camps walls.",
            "Gates open.");
    Collocation c =
        CollocateFinder.of(false, 1)
            .find(List.of(common), PhraseQuery.parse("camps", ANNOTATOR, false), 1);
    assertEquals(12, c.corpusWords());
    assertEquals(4, c.windowWords());
    assertEquals(List.of("wall"), c.collocates().stream().map(Collocate::term).toList());
  }

  @Test
  void badParametersAreRefused() {
    assertRefused(() -> CollocateFinder.of(false, 0), "minTogether");
    assertRefused(
        () ->
            CollocateFinder.of(false, 1)
                .find(List.of(LETTER), PhraseQuery.parse("camps", ANNOTATOR, false), 0),
        "window");
  }

  @Test
  void aWordBetweenTwoNearbyMatchesIsCountedOnce() {
    // "hold" is within 2 words of both "Prison"s, but occurs once. (Counted twice, it was seen
    // more often than it occurs and new Collocate(...) threw "bad collocate counts".)
    AnnotatedLetter letter =
        annotate("overlap", "Prison camps hold prisoners. Prison guards beat prisoners.");
    Collocation c =
        CollocateFinder.of(false, 1)
            .find(List.of(letter), PhraseQuery.parse("prison", ANNOTATOR, false), 2);
    for (Collocate x : c.collocates()) {
      assertTrue(x.together() <= x.frequency(), x.toString());
    }
    assertTrue(c.windowWords() <= c.corpusWords() - c.matches());
  }

  private static void assertRefused(Executable call, String parameter) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertTrue(e.getMessage().contains(parameter), e.getMessage());
  }

  @Test
  void aQueryWithPunctuationMatchesAsInTheConcordance() {
    AnnotatedLetter letter =
        LanguageFixtures.annotate(
            "jae-in",
            "President Moon Jae-in met the envoy. Moon Jae-in did not respond to the envoy.");
    PhraseQuery query = PhraseQuery.parse("Jae-in", LanguageFixtures.ANNOTATOR, false);
    assertEquals(2, Concordancer.find(List.of(letter), query, 3).size());
    assertEquals(2, CollocateFinder.of(false, 1).find(List.of(letter), query, 3).matches());
  }

  @Test
  void aPhraseDoesNotMatchAcrossASentenceEnd() {
    AnnotatedLetter letter =
        LanguageFixtures.annotate("korea-we", "They met in Korea. We left the next day.");
    PhraseQuery query = PhraseQuery.parse("korea we", LanguageFixtures.ANNOTATOR, false);
    assertEquals(0, CollocateFinder.of(false, 1).find(List.of(letter), query, 3).matches());
  }
}
