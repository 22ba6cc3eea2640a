package org.refrain.analysis.demand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.refrain.analysis.HandLetters;
import org.refrain.analysis.annotate.AnnotatedLetter;
import org.refrain.analysis.annotate.OpenNlpAnnotator;

/**
 * The pattern language on sentences annotated by OpenNLP: lemmas, prefixes, alternatives, optional
 * words, gaps, parts of speech, hyphenated words, phrases, and the errors of a pattern that does
 * not parse.
 */
class TokenPatternTest {

  /** One sentence, annotated as a one-paragraph letter. */
  private static Fixture sentence(String text) {
    AnnotatedLetter annotated =
        OpenNlpAnnotator.shared()
            .annotate(HandLetters.letter("pattern#1").paragraphs(text).build());
    assertEquals(1, annotated.sentences().size(), "one sentence expected: " + text);
    return new Fixture(annotated.letter().text(), SentenceWords.of(annotated.sentences().get(0)));
  }

  private record Fixture(String text, SentenceWords words) {}

  /** What {@code pattern} matches in {@code text}, as written. */
  private static List<String> found(TokenPattern pattern, String text) {
    Fixture s = sentence(text);
    return pattern.find(s.words(), s.text()).stream().map(span -> span.in(s.text())).toList();
  }

  private static List<String> found(String pattern, String text) {
    return found(TokenPattern.of(pattern), text);
  }

  @Test
  void aWordMatchesEveryFormOfItsLemma() {
    assertEquals(List.of("deport"), found("deport", "They deport people."));
    assertEquals(List.of("deported"), found("deport", "They deported two fishermen."));
    assertEquals(List.of("deporting"), found("deport", "China is deporting refugees."));
    // A lemma is a whole word: "deportation" is another word.
    assertEquals(List.of(), found("deport", "The deportation continued."));
  }

  @Test
  void aStarMatchesWordsStartingSo() {
    assertEquals(List.of("deportation"), found("deport*", "The deportation continued."));
    assertEquals(List.of("deported"), found("deport*", "They deported two fishermen."));
    assertEquals(List.of(), found("deport*", "The port was closed."));
  }

  @Test
  void alternativesMatchEitherWord() {
    assertEquals(List.of("gulag"), found("camp|gulag", "The gulag is vast."));
    assertEquals(List.of("camps"), found("camp|gulag", "The camps are vast."));
    assertEquals(List.of(), found("camp|gulag", "The prison is vast."));
  }

  @Test
  void anOptionalWordIsTakenWhenPresent() {
    assertEquals(List.of("forced labour"), found("forced? labour", "They did forced labour."));
    assertEquals(List.of("labour"), found("forced? labour", "They did labour in the mines."));
    assertEquals(
        List.of("political prison camps"),
        found("political? prison camp", "They run political prison camps."));
  }

  @Test
  void matchesRunLeftToRightWithoutOverlapping() {
    assertEquals(List.of("Camps", "camps", "camp"), found("camp", "Camps and camps and a camp."));
  }

  @Test
  void aGapSpansUpToThreeWordsOrItsNumber() {
    assertEquals(
        List.of("Release all political prisoners"),
        found("release ... prisoner", "Release all political prisoners now."));
    assertEquals(
        List.of(), found("release ... prisoner", "Release all the many political prisoners now."));
    assertEquals(
        List.of("Release all the many political prisoners"),
        found("release ...4 prisoner", "Release all the many political prisoners now."));
    // A gap may be empty.
    assertEquals(
        List.of("release prisoners"), found("release ... prisoner", "We release prisoners."));
  }

  @Test
  void aGapCrossesACommaButNeverASemicolonOrAColon() {
    assertEquals(
        List.of("Release them, prisoners"),
        found("release ... prisoner", "Release them, prisoners too."));
    assertEquals(List.of(), found("release ...12 prisoner", "Release them; the prisoners wait."));
    assertEquals(List.of(), found("release ...12 prisoner", "Release them: prisoners wait."));
  }

  @Test
  void aTagRestrictsThePartOfSpeech() {
    assertEquals(List.of("urge"), found("urge/VERB", "We urge the Council to act."));
    assertEquals(List.of(), found("urge/NOUN", "We urge the Council to act."));
    assertEquals(List.of(), found("urge/VERB", "He felt an urge to act."));
    assertEquals(List.of("urge"), found("urge/noun", "He felt an urge to act."));
  }

  @Test
  void aHyphenatedPatternMatchesTheWordsJoinedOrApart() {
    assertEquals(
        List.of("shoot-to-kill"), found("shoot-to-kill", "Guards had shoot-to-kill orders."));
    assertEquals(
        List.of("shoot to kill"),
        found("shoot-to-kill", "Guards were told to shoot to kill anyone."));
    assertEquals(
        List.of("shoot-to-kill"), found("shoot to kill", "Guards had shoot-to-kill orders."));
  }

  @Test
  void aPartOfAHyphenatedWordMatchesAndShowsTheWholeWord() {
    Fixture s = sentence("Respect the principle of non-refoulement.");
    TokenPattern pattern = TokenPattern.of("refoulement");
    List<TokenPattern.Match> matches = pattern.matches(s.words());
    assertEquals(1, matches.size());
    TokenPattern.Match m = matches.get(0);
    assertEquals(1, m.end() - m.start(), "one unit: the part after the hyphen");
    assertEquals("refoulement", s.words().get(m.start()).norm());
    assertEquals("refoulement", s.words().get(m.start()).span().in(s.text()));
    // The span shown is the token as written.
    assertEquals(
        List.of("non-refoulement"),
        pattern.find(s.words(), s.text()).stream().map(x -> x.in(s.text())).toList());
  }

  @Test
  void aStarredHyphenatedWordMatchesItsInflections() {
    assertEquals(
        List.of("co-sponsor"), found("co-sponsor*", "We urge you to co-sponsor the resolution."));
    assertEquals(List.of("co-sponsored"), found("co-sponsor*", "Japan co-sponsored it."));
  }

  @Test
  void aPhraseComparesWrittenFormsNeverLemmas() {
    assertEquals(List.of("forces"), found("force", "The security forces arrived."));
    assertEquals(List.of(), found(TokenPattern.phrase("force"), "The security forces arrived."));
    assertEquals(
        List.of("forces"), found(TokenPattern.phrase("forces"), "The security forces arrived."));
    assertEquals(List.of(), found(TokenPattern.phrase("deport"), "They deported two fishermen."));
    assertEquals(
        List.of("Capital punishment"),
        found(TokenPattern.phrase("capital punishment"), "Capital punishment remains."));
  }

  @Test
  void theSourceIsThePatternAsWritten() {
    assertEquals("release ...4 prisoner", TokenPattern.of("  release ...4 prisoner ").source());
    assertEquals("phrase: need to", TokenPattern.phrase("need to").source());
  }

  @Test
  void aPatternThatDoesNotParseIsAnIllegalArgument() {
    assertError("empty pattern", "");
    assertError("empty pattern", "   ");
    assertError("start or end with a gap", "... prisoner");
    assertError("start or end with a gap", "prisoner ...");
    assertError("two gaps in a row", "release ... ...2 prisoner");
    assertError("every word is optional", "the?");
    assertError("every word is optional", "the? ... a?");
    assertError("a gap is ... or ...N", "release ...x prisoner");
    assertError("a gap is ... or ...N", "release .... prisoner");
    assertError("1 to 12", "release ...0 prisoner");
    assertError("1 to 12", "release ...13 prisoner");
    assertError("at least three letters", "de* camp");
    assertError("at least three letters", "*");
    assertError("at least three letters", "co-sp*");
    assertError("may only end a word", "de*port");
    assertError("empty alternative", "camp|");
  }

  @Test
  void theLongestGapSpansTwelveUnitsPunctuationIncluded() {
    String twelve = "Release, as we have long said to all of them, the prisoners.";
    assertEquals(
        List.of("Release, as we have long said to all of them, the prisoners"),
        found("release ...12 prisoner", twelve));
    assertEquals(List.of(), found("release ...11 prisoner", twelve));
  }

  @Test
  void anOptionalWordBeforeAGapIsALeadingGap() {
    assertThrows(IllegalArgumentException.class, () -> TokenPattern.of("the? ... prisoner"));
  }

  @Test
  void onlyAPartOfSpeechAfterASlashIsATag() {
    // "and/or" is a word, not "and" tagged OR; "urge/verb" names the part of speech.
    assertEquals(List.of(), found("and/or", "Food and water."));
    assertEquals(List.of("urge"), found("urge/verb", "We urge the Council."));
    assertEquals(List.of(), found("urge/VERB", "An urge to act."));
  }

  @Test
  void aWordAlsoMatchesItsRegularPlural() {
    assertEquals(List.of("Escapees"), found("escapee", "Escapees reached Seoul."));
    assertEquals(List.of(), found(TokenPattern.phrase("escapee"), "Escapees reached Seoul."));
  }

  @Test
  void tellsPatternsAnIndexOfFirstWordsMustTryAtEveryWord() {
    for (String anywhere :
        List.of("deport*", "slave|slavery|enslave*", "the? high commissioner", "cooperat* with")) {
      assertTrue(TokenPattern.of(anywhere).startsAnywhere(), anywhere);
    }
    for (String indexed : List.of("co-sponsor*", "political prison camp", "urge/VERB")) {
      assertFalse(TokenPattern.of(indexed).startsAnywhere(), indexed);
    }
    assertFalse(TokenPattern.phrase("need to").startsAnywhere());
  }

  private static void assertError(String expected, String pattern) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> TokenPattern.of(pattern),
            () -> "'" + pattern + "' should not parse");
    assertTrue(
        e.getMessage().contains(expected),
        "'" + pattern + "': message '" + e.getMessage() + "' lacks '" + expected + "'");
    assertThrows(IllegalArgumentException.class, () -> TokenPattern.phrase(pattern));
  }
}
