package org.refrain.analysis.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refrain.analysis.language.LanguageFixtures.ANNOTATOR;
import static org.refrain.analysis.language.LanguageFixtures.annotate;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.refrain.analysis.annotate.AnnotatedLetter;

/** Phrase queries: words, lemmas and prefixes, found through the concordancer. */
class PhraseQueryTest {

  private static final AnnotatedLetter CAMPS =
      annotate(
          "camps",
          "Political prison camps hold thousands. One prison camp closed.",
          "Agents abducted citizens; the abductions continue, and abductees remain missing.");

  @Test
  void aPhraseIsItsWordsInLowerCase() {
    PhraseQuery query = PhraseQuery.parse("Prison Camps", ANNOTATOR, false);
    assertEquals(List.of("prison", "camps"), query.words());
    assertEquals(2, query.length());
    assertEquals("Prison Camps", query.text());
    assertFalse(query.lemma());
  }

  @Test
  void aPhraseMatchesConsecutiveWordsOnly() {
    List<KwicLine> lines = find("prison camps", false);
    assertEquals(1, lines.size());
    assertEquals("prison camps", lines.get(0).match());
    assertEquals("prison camps", lines.get(0).span().in(CAMPS.letter().text()));
  }

  @Test
  void inWordModeCampDoesNotFindCamps() {
    assertEquals(List.of("camp"), matches(find("camp", false)));
  }

  @Test
  void inLemmaModeCampFindsCampsToo() {
    PhraseQuery query = PhraseQuery.parse("camp", ANNOTATOR, true);
    assertTrue(query.lemma());
    assertEquals(List.of("camps", "camp"), matches(find("camp", true)));
    assertEquals(List.of("prison camps", "prison camp"), matches(find("prison camps", true)));
  }

  @Test
  void aTrailingStarMatchesEveryWordItBegins() {
    PhraseQuery query = PhraseQuery.parse("abduct*", ANNOTATOR, false);
    assertEquals(List.of("abduct*"), query.words());
    assertEquals(List.of("abducted", "abductions", "abductees"), matches(find("abduct*", false)));
    // In lemma mode too, a prefix is compared with the words as written.
    assertEquals(List.of("abducted", "abductions", "abductees"), matches(find("abduct*", true)));
  }

  @Test
  void aStarInsideAPhraseMarksOnlyItsWord() {
    PhraseQuery query = PhraseQuery.parse("prison camp*", ANNOTATOR, false);
    assertEquals(List.of("prison", "camp*"), query.words());
    assertEquals(List.of("prison camps", "prison camp"), matches(find("prison camp*", false)));
  }

  @Test
  void aQueryWithoutWordsIsRefusedForTheUser() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> PhraseQuery.parse("   ", ANNOTATOR, false));
    assertTrue(e.getMessage().contains("has no words"), e.getMessage());
  }

  @Test
  void matchesAtStopsAtTheEndOfTheTokens() {
    PhraseQuery query = PhraseQuery.parse("camp closed", ANNOTATOR, false);
    var tokens = CAMPS.sentences().get(1).tokens(); // One prison camp closed .
    assertTrue(query.matchesAt(tokens, 2));
    assertFalse(query.matchesAt(tokens, 3));
    assertFalse(query.matchesAt(tokens, tokens.size()));
  }

  @Test
  void lemmaModeFindsEverythingWordModeFinds() {
    AnnotatedLetter letter =
        annotate("rights", "The Human Rights Council met. Human rights matter to us.");
    assertEquals(2, Concordancer.find(List.of(letter), query("human rights", false), 3).size());
    assertEquals(2, Concordancer.find(List.of(letter), query("human rights", true), 3).size());
  }

  @Test
  void matchingIgnoresTheCaseOfTheQuery() {
    // OpenNLP splits "Non-Refoulement" into "Non-" "Refoulement" but keeps "non-refoulement"
    // whole; the annotator joins a word split at its hyphen, so both spellings find the word.
    AnnotatedLetter letter =
        annotate("refoulement", "States must observe the principle of non-refoulement today.");
    assertEquals(1, Concordancer.find(List.of(letter), query("non-refoulement", false), 3).size());
    assertEquals(1, Concordancer.find(List.of(letter), query("Non-Refoulement", false), 3).size());
  }

  private static PhraseQuery query(String text, boolean lemma) {
    return PhraseQuery.parse(text, ANNOTATOR, lemma);
  }

  private static List<KwicLine> find(String text, boolean lemma) {
    return Concordancer.find(List.of(CAMPS), query(text, lemma), 3);
  }

  private static List<String> matches(List<KwicLine> lines) {
    return lines.stream().map(KwicLine::match).toList();
  }

  @Test
  void aTermOfPunctuationOnlyIsRefused() {
    for (String text : new String[] {"!!!", "—", " - "}) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> PhraseQuery.parse(text, LanguageFixtures.ANNOTATOR, false));
      assertTrue(e.getMessage().contains("has no words"), e.getMessage());
    }
  }

  @Test
  void alternativesAndTagsAreTheOneNotation() {
    assertEquals(List.of("prison camps", "prison camp"), matches(find("prison camps|camp", false)));
    PhraseQuery camps = query("camp|gulag", true);
    assertEquals(List.of("camp|gulag"), camps.words());
    assertEquals(List.of("camps", "camp"), matches(find("camp|gulag", true)));
    assertEquals(List.of("abducted"), matches(find("abducted/VERB", false)));
    assertEquals(List.of(), matches(find("abducted/NOUN", false)));
  }

  @Test
  void gapsAndOptionalWordsAreRefusedWithTheirName() {
    IllegalArgumentException gap =
        assertThrows(IllegalArgumentException.class, () -> query("prison ... closed", false));
    assertTrue(gap.getMessage().startsWith("a search term cannot have gaps"), gap.getMessage());
    IllegalArgumentException optional =
        assertThrows(IllegalArgumentException.class, () -> query("the? camps", false));
    assertTrue(optional.getMessage().contains("optional words"), optional.getMessage());
  }

  @Test
  void aPossessiveIsTwoTokensAsInTheLetters() {
    assertEquals(List.of("korea", "'s"), query("Korea’s", false).words());
  }
}
