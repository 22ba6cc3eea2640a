package org.refrain.analysis.demand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.refrain.analysis.HandLetters;
import org.refrain.analysis.annotate.AnnotatedLetter;
import org.refrain.analysis.annotate.OpenNlpAnnotator;
import org.refrain.analysis.annotate.Sentence;
import org.refrain.corpus.LetterKind;

/** Each rule of the ask detector, with the bundled cues, on sentences annotated by OpenNLP. */
class AskDetectorTest {

  private static final AskDetector DETECTOR = AskDetector.of(Taxonomy.bundled().asks());

  /** The cue of each sentence of a letter of {@code kind} with these paragraphs. */
  private static List<AskCue> cues(LetterKind kind, String... paragraphs) {
    AnnotatedLetter annotated =
        OpenNlpAnnotator.shared()
            .annotate(HandLetters.letter("asks#1").kind(kind).paragraphs(paragraphs).build());
    List<SentenceWords> sentences = new ArrayList<>();
    for (Sentence sentence : annotated.sentences()) {
      sentences.add(SentenceWords.of(sentence));
    }
    List<AskCue> cues = DETECTOR.cues(annotated, sentences);
    assertEquals(sentences.size(), cues.size(), "one cue or null per sentence");
    return cues;
  }

  /** The cue of a letter that is one sentence. */
  private static AskCue cue(String sentence) {
    List<AskCue> cues = cues(LetterKind.LETTER, sentence);
    assertEquals(1, cues.size(), "one sentence expected: " + sentence);
    return cues.get(0);
  }

  /** "reason: words", or "none". */
  private static String shown(AskCue cue) {
    return cue == null ? "none" : cue.reason().label() + ": " + cue.words();
  }

  private static void assertCue(String expected, String sentence) {
    assertEquals(expected, shown(cue(sentence)), sentence);
  }

  @Test
  void aRequestVerbWeUseIsADirective() {
    assertCue("directive: urge", "We urge the government to release all political prisoners.");
    assertCue("directive: urge", "We strongly urge the Council to act.");
    assertCue("directive: call for", "We call for the release of all political prisoners.");
  }

  @Test
  void weAreWritingToUrgeIsADirective() {
    assertCue(
        "directive: urge",
        "We are writing to you today to urge your government to release all political prisoners.");
  }

  @Test
  void aRequestVerbAfterARelativeIsNotOurs() {
    assertCue("none", "This resolution, which calls for an update of the report, was adopted.");
    assertCue("none", "We support this resolution, which calls for an update of the report.");
  }

  @Test
  void aRequestWordUsedAsANounIsNotAnAsk() {
    assertCue("none", "The call for justice grew louder.");
    assertCue("none", "Our call for the release of all political prisoners stands.");
  }

  @Test
  void aClauseOpeningWithAVerbIsAnImperative() {
    assertCue("imperative: Close", "Close all camps.");
    assertCue("imperative: Urge", "Urge states to act.");
    assertCue("imperative: Promote", "Food: Promote equal access to food without discrimination.");
    assertCue("imperative: Respect", "Respect the principle of non-refoulement.");
  }

  @Test
  void aCourtesyIsNotAnImperative() {
    assertCue("none", "Thank you for your consideration.");
  }

  @Test
  void aCrucialThatIsANecessity() {
    assertCue(
        "necessity: is crucial that",
        "We believe it is crucial that the council renews the mandate.");
    assertCue("necessity: is high time for", "It is high time for the Council to act.");
    assertCue(
        "none", "Their support had been crucial in achieving the adoption of the resolution.");
  }

  @Test
  void aModalBeforeAnActionIsAnObligation() {
    assertCue(
        "obligation: should release", "The government should release all political prisoners.");
    assertCue("obligation: should be released", "All political prisoners should be released.");
    assertCue("obligation: must not execute", "The government must not execute anyone.");
    assertCue("none", "These issues should be of paramount concern.");
  }

  @Test
  void theItemsOfAListAnAskIntroducesAreAsks() {
    List<AskCue> cues =
        cues(
            LetterKind.LETTER,
            "We urge the Council to adopt the following recommendations:",
            "1. Close all political prison camps.",
            "2. The camps hold thousands. They are cruel.");
    assertEquals(
        List.of("directive: urge", "imperative: Close", "list item: urge", "list item: urge"),
        cues.stream().map(AskDetectorTest::shown).toList());
    assertEquals(cues.get(0).span(), cues.get(2).span(), "the item points at the lead's cue");
  }

  @Test
  void aListLeadMakesItsItemsAsks() {
    List<AskCue> cues =
        cues(LetterKind.LETTER, "Our recommendations are as follows:", "1. The camps hold many.");
    assertNull(cues.get(0), "the lead itself asks nothing");
    assertEquals("list item: recommendations", shown(cues.get(1)));
  }

  @Test
  void theItemsOfAListAFindingIntroducesAreNotAsks() {
    List<AskCue> cues =
        cues(
            LetterKind.LETTER,
            "We urge the Council to act.",
            "The COI found the following:",
            "1. Political prison camps hold thousands.");
    assertEquals(
        List.of("directive: urge", "none", "none"),
        cues.stream().map(AskDetectorTest::shown).toList());
  }

  @Test
  void theLastSentenceBeforeAListIntroducesIt() {
    List<AskCue> cues =
        cues(
            LetterKind.LETTER,
            "We urge the Council to act. The situation is described below.",
            "1. The camps hold thousands.");
    assertEquals(
        List.of("directive: urge", "none", "none"),
        cues.stream().map(AskDetectorTest::shown).toList());
  }

  @Test
  void aReportedAskCountsInAPressReleaseOnly() {
    String sentence = "The coalition urged the government to co-sponsor the resolution.";
    assertNull(cues(LetterKind.LETTER, sentence).get(0));
    AskCue reported = cues(LetterKind.PRESS_RELEASE, sentence).get(0);
    assertNotNull(reported);
    assertEquals(AskReason.REPORTED, reported.reason());
    assertEquals("urged", reported.words());
  }

  @Test
  void aCuesSpanIsItsWordsInTheLetter() {
    String sentence = "The government should release all political prisoners.";
    AskCue cue = cue(sentence);
    assertEquals("should release", sentence.substring(cue.span().start(), cue.span().end()));
    assertEquals("obligation: should release", cue.toString());
  }

  @Test
  void aRequestVerbAfterRelativeThatIsNotOurs() {
    assertCue("none", "We welcome the resolution that calls for an update.");
  }

  @Test
  void aRequestWeReportIsNotOurs() {
    assertCue("none", "We note that the Council called for an inquiry into the camps.");
  }
}
