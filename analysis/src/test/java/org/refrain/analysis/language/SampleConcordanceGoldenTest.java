package org.refrain.analysis.language;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refrain.analysis.language.LanguageFixtures.ANNOTATOR;
import static org.refrain.analysis.language.LanguageFixtures.EU_2020;
import static org.refrain.analysis.language.LanguageFixtures.MOON_2020;
import static org.refrain.analysis.language.LanguageFixtures.PRESS_2020;
import static org.refrain.analysis.language.LanguageFixtures.UNGA_2020;
import static org.refrain.analysis.language.LanguageFixtures.grep;
import static org.refrain.analysis.language.LanguageFixtures.sample;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.refrain.analysis.annotate.AnnotatedLetter;

/**
 * Concordances, phrase queries and collocates on the sample corpus, with counts read off the source
 * texts in corpus/letters (the grep commands are in the comments). The kwanliso concordance is also
 * compared whole with a reviewed golden file; regenerate it with {@code
 * -Drefrain.golden.update=true} and review the diff.
 */
class SampleConcordanceGoldenTest {

  private static final Path GOLDEN =
      Path.of("src/test/resources/org/refrain/analysis/language/golden/kwic-kwanliso.txt");

  private static List<KwicLine> kwic(String query, boolean lemma) {
    return Concordancer.find(
        sample(), PhraseQuery.parse(query, ANNOTATOR, lemma), Concordancer.DEFAULT_WINDOW);
  }

  /** Matches per letter id, ids sorted. */
  private static Map<String, Long> perLetter(List<KwicLine> lines) {
    return lines.stream()
        .collect(
            Collectors.groupingBy(
                l -> l.letter().letter().id(), TreeMap::new, Collectors.counting()));
  }

  @Test
  void kwanlisoOccursThreeTimesInEachOfTheOctober2020Twins() {
    // grep -n -o -i kwanliso corpus/letters/2020-10-14_unga75-and-eu_joint-letters.txt:
    // lines 20, 32, 33 (the UNGA letter) and 103, 109, 110 (the EU letter); no other file has it.
    List<KwicLine> lines = kwic("kwanliso", false);
    assertEquals(Map.of(UNGA_2020, 3L, EU_2020, 3L), perLetter(lines));
    for (KwicLine line : lines) {
      assertEquals("kwanliso", line.match());
      assertTrue(line.left().endsWith("political prison camps ("), line.left());
    }
  }

  @Test
  void kwanlisoConcordanceMatchesTheReviewedGoldenFile() throws Exception {
    StringBuilder actual = new StringBuilder();
    for (KwicLine line : kwic("kwanliso", false)) {
      actual
          .append(line.letter().letter().id())
          .append(" s")
          .append(line.sentence())
          .append(" ")
          .append(line.span())
          .append(" | ")
          .append(line.left())
          .append(" [")
          .append(line.match())
          .append("] ")
          .append(line.right())
          .append('\n');
    }
    if (Boolean.getBoolean("refrain.golden.update")) {
      Files.createDirectories(GOLDEN.getParent());
      Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), actual.toString());
  }

  @Test
  void fishermenAreInTheFebruary2020LetterAndTheMarchPressReleaseOnly() {
    // grep -n -o -i -w fishermen corpus/letters/*.txt: 2020-02-21_... line 43 and
    // 2020-03-03_press-release_... line 11, once each ("deport two North Korean fishermen").
    List<KwicLine> lines = kwic("fishermen", false);
    assertEquals(Map.of(MOON_2020, 1L, PRESS_2020, 1L), perLetter(lines));
    for (KwicLine line : lines) {
      assertTrue(line.left().endsWith("deport two North Korean"), line.left());
      assertTrue(line.right().startsWith("accused of murder"), line.right());
    }
  }

  @Test
  void nonRefoulementIsFoundWhereItStandsAsAWord() {
    // grep -n -o -i non-refoulement corpus/letters/2020-10-14_unga75-and-eu_joint-letters.txt:
    // lines 35 and 39 (UNGA letter), 112 and 115 (EU letter). Line 115 reads
    // "non-refoulementvis-à-vis": glued in the source, so it is not the word, and the EU letter has
    // one match, not two.
    List<KwicLine> lines = kwic("non-refoulement", false);
    assertEquals(Map.of(UNGA_2020, 2L, EU_2020, 1L), perLetter(lines));
    AnnotatedLetter eu = LanguageFixtures.sample(EU_2020);
    assertEquals(1, grep(eu.letter(), "non-refoulementvis-à-vis"));
    assertEquals(2, grep(eu.letter(), "non-refoulement"));
    // The UNGA twin has the same sentence with the space: "non-refoulement vis-à-vis".
    assertEquals(1, grep(LanguageFixtures.sample(UNGA_2020).letter(), "non-refoulement vis-à-vis"));
  }

  @Test
  void prisonCampsInTheFebruary2020LetterAndTheTwins() {
    // grep -n -o -i "prison camps": 2020-02-21_... line 49 ("network of prison camps"), and in the
    // October file lines 20, 32, 33 (UNGA) and 103, 109, 110 (EU): "political prison camps".
    Map<String, Long> expected = Map.of(MOON_2020, 1L, UNGA_2020, 3L, EU_2020, 3L);
    assertEquals(expected, perLetter(kwic("prison camps", false)));
    // No letter says "prison camp": lemma mode finds the same seven.
    assertEquals(expected, perLetter(kwic("prison camp", true)));
    assertTrue(kwic("prison camp", false).isEmpty());
  }

  @Test
  void collocatesOfHumanRightsIncludeSituationAndViolation() {
    Collocation c =
        CollocateFinder.of(false, CollocateFinder.DEFAULT_MIN_TOGETHER)
            .find(sample(), PhraseQuery.parse("human rights", ANNOTATOR, false), 5);
    // Every word token of the six letters' content (about 4,340; salutations and closings, some
    // 90 words, left out): collocation statistics count the word positions the windows run over,
    // which can differ by a word or two from the paragraphs' word counts where the tokenizer
    // splits a run of text.
    int tokens =
        sample().stream()
            .flatMap(a -> a.contentSentences().stream())
            .mapToInt(org.refrain.analysis.annotate.Sentence::words)
            .sum();
    assertEquals(tokens, c.corpusWords());
    int contentWords =
        sample().stream()
            .flatMap(a -> a.letter().paragraphs().stream())
            .filter(org.refrain.corpus.Paragraph::isContent)
            .mapToInt(p -> org.refrain.corpus.WordCounter.count(p.text()))
            .sum();
    assertEquals(contentWords, tokens, 10);
    List<String> top5 = c.collocates().stream().limit(5).map(Collocate::term).toList();
    assertTrue(top5.contains("situation"), top5.toString());
    assertTrue(top5.contains("violation"), top5.toString());
    // "the human rights situation", "situation of human rights": the strongest collocate.
    assertEquals("situation", top5.get(0));
    for (int i = 1; i < c.collocates().size(); i++) {
      assertTrue(
          c.collocates().get(i - 1).logLikelihood() >= c.collocates().get(i).logLikelihood());
    }
  }

  @Test
  void collocatesOfPoliticalCanBeComputed() {
    // "release" in "political prison camps (kwanliso) and release all political prisoners" is in
    // two windows of "political"; counted twice it was seen more often than it occurs, and
    // Collocate's constructor threw.
    for (String query : new String[] {"political", "korea"}) {
      assertDoesNotThrow(
          () ->
              CollocateFinder.of(false, 2)
                  .find(sample(), PhraseQuery.parse(query, ANNOTATOR, false), 5),
          query);
    }
  }
}
