package org.refrain.analysis.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one notation: what each user accepts, and the message for what it refuses. */
class PatternNotationTest {

  @Test
  void readsWordsAlternativesTagsPrefixesOptionalsAndGaps() {
    PatternSyntax syntax = PatternNotation.DEMAND.parse("  the? Camp|gulag* ...6 urge/verb  ");
    assertEquals("the? Camp|gulag* ...6 urge/verb", syntax.text());
    assertFalse(syntax.phrase());
    List<PatternSyntax.Element> elements = syntax.elements();
    assertEquals(4, elements.size());
    PatternSyntax.Word the = (PatternSyntax.Word) elements.get(0);
    assertTrue(the.optional());
    PatternSyntax.Word camp = (PatternSyntax.Word) elements.get(1);
    assertEquals(
        List.of(
            new PatternSyntax.Form("Camp", "camp", false),
            new PatternSyntax.Form("gulag", "gulag", true)),
        camp.alternatives());
    assertEquals(new PatternSyntax.Gap(6), elements.get(2));
    assertEquals("VERB", ((PatternSyntax.Word) elements.get(3)).tag());
    assertEquals(3, syntax.words().size());
  }

  @Test
  void aBareGapIsThreeWords() {
    assertEquals(
        new PatternSyntax.Gap(PatternNotation.DEFAULT_GAP),
        PatternNotation.DEMAND.parse("release ... prisoner").elements().get(1));
  }

  @Test
  void phraseBeforeTheWordsMakesAPhrase() {
    PatternSyntax syntax = PatternNotation.DEMAND.parse("phrase: need to");
    assertTrue(syntax.phrase());
    assertEquals("need to", syntax.text());
    assertEquals("phrase: need to", syntax.source());
    assertEquals("phrase: need to", PatternNotation.DEMAND.parse("need to").asPhrase().source());
  }

  @Test
  void formsAreFoldedAsTokenNorms() {
    PatternSyntax.Word word = PatternNotation.DEMAND.parse("Korea’s").words().get(0);
    assertEquals("korea's", word.alternatives().get(0).folded());
    assertEquals("Korea’s", word.alternatives().get(0).written());
  }

  @Test
  void onlyAPartOfSpeechAfterASlashIsATag() {
    PatternSyntax.Word andOr = PatternNotation.DEMAND.parse("and/or").words().get(0);
    assertEquals(null, andOr.tag());
    assertEquals("and/or", andOr.alternatives().get(0).folded());
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "''; empty pattern",
        "... prisoner; start or end with a gap",
        "the? ... prisoner; start or end with a gap",
        "release ... ...2 prisoner; two gaps in a row",
        "the?; every word is optional",
        "release ...x prisoner; a gap is ... or ...N",
        "release ...13 prisoner; 1 to 12",
        "de* camp; at least three letters",
        "co-sp*; at least three letters",
        "de*port; may only end a word",
        "camp|; empty alternative",
        "urge/VRB; 'VRB' in 'urge/VRB' is not a part of speech"
      })
  void demandPatternsRefuse(String pattern, String message) {
    assertRefused(PatternNotation.DEMAND, pattern, message);
  }

  @Test
  void rhetoricPatternsAreConsecutiveWordsAlternativesAndTags() {
    assertEquals(
        3, PatternNotation.RHETORIC.parse("we|us|our/PRON call/VERB on|upon").elements().size());
    assertRefused(
        PatternNotation.RHETORIC, "release ... prisoner", "a rhetoric pattern cannot have gaps");
    assertRefused(PatternNotation.RHETORIC, "the? council", "cannot have optional words");
    assertRefused(PatternNotation.RHETORIC, "rapporteur*", "cannot have prefixes");
    assertRefused(PatternNotation.RHETORIC, "phrase: need to", "cannot have phrase:");
  }

  @Test
  void searchTermsTakePrefixesButNoGapsOrOptionalWords() {
    assertTrue(PatternNotation.QUERY.parse("ab*").words().get(0).alternatives().get(0).prefix());
    assertRefused(PatternNotation.QUERY, "release ... prisoner", "a search term cannot have gaps");
    assertRefused(PatternNotation.QUERY, "the? camps", "a search term cannot have optional words");
    assertRefused(PatternNotation.QUERY, "*", "at least one letter");
    assertRefused(PatternNotation.QUERY, "phrase: camps", "cannot have phrase:");
  }

  private static void assertRefused(PatternNotation notation, String pattern, String message) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> notation.parse(pattern), pattern);
    assertTrue(
        e.getMessage().contains(message), "'" + e.getMessage() + "' lacks '" + message + "'");
  }
}
