package org.refrain.analysis.demand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refrain.analysis.HandLetters;
import org.refrain.analysis.annotate.AnnotatedLetter;
import org.refrain.analysis.annotate.OpenNlpAnnotator;
import org.refrain.analysis.annotate.Sentence;
import org.refrain.corpus.LetterKind;
import org.refrain.corpus.lexicon.Lexicon;
import org.refrain.corpus.lexicon.LexiconException;

/** Each rule of the ask detector, with the bundled cues, on sentences annotated by OpenNLP. */
class AskDetectorTest {

  private static final AskDetector DETECTOR =
      AskDetector.of(Taxonomy.bundled().asks(), RequestVerbs.bundled());

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

  /** The requests of a one-sentence letter of {@code kind}: "verb/voice" each. */
  private static List<String> requests(LetterKind kind, String sentence) {
    AnnotatedLetter annotated =
        OpenNlpAnnotator.shared()
            .annotate(HandLetters.letter("asks#1").kind(kind).paragraphs(sentence).build());
    LetterAsks asks = DETECTOR.find(annotated);
    assertEquals(annotated.sentences().size(), asks.sentences().size());
    return asks.sentences().get(0).requests().stream()
        .map(r -> r.verb() + "/" + r.voice().label())
        .toList();
  }

  @Test
  void eachRequestVerbHasAVoice() {
    assertEquals(List.of("urge/we"), requests(LetterKind.LETTER, "We urge the Council to act."));
    assertEquals(
        List.of("urge/imperative"), requests(LetterKind.LETTER, "Urge China to end repatriation."));
    assertEquals(
        List.of("call for/third-person"),
        requests(LetterKind.LETTER, "The resolution, which calls for accountability, passed."));
    assertEquals(
        List.of("request/we", "call on/we"),
        requests(
            LetterKind.LETTER,
            "We further request the resolution to call upon states to observe the principle."));
  }

  @Test
  void aRequestWordTheTaggerReadsAsANounIsNoRequest() {
    assertEquals(
        List.of(), requests(LetterKind.LETTER, "We make an urgent request to the council."));
    assertEquals(List.of(), requests(LetterKind.LETTER, "The families' demands were ignored."));
    assertCue("none", "Calls for justice have grown louder every year.");
  }

  @Test
  void everyCueHasAVoice() {
    assertEquals(Voice.WE, cue("We urge the Council to act.").voice());
    assertEquals(Voice.IMPERATIVE, cue("Close all political prison camps.").voice());
    assertEquals(Voice.IMPERSONAL, cue("The government should release all prisoners.").voice());
    List<AskCue> press =
        cues(LetterKind.PRESS_RELEASE, "The coalition urged the government to act.");
    assertEquals(Voice.THIRD_PERSON, press.get(0).voice());
    List<AskCue> list =
        cues(
            LetterKind.LETTER,
            "We urge the Council to adopt the following recommendations:",
            "2. The camps hold thousands. They are cruel.");
    assertEquals(AskReason.LIST_ITEM, list.get(2).reason(), list.toString());
    assertEquals(Voice.WE, list.get(2).voice(), "a list item asks in its lead's voice");
  }

  @Test
  void theRequestVerbsAreOneListAUserMayReplace(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("request-verbs.tsv"), "# mine\nplead\tplead with\n");
    AskDetector mine =
        AskDetector.of(Taxonomy.bundled().asks(), RequestVerbs.of(Lexicon.overriddenBy(dir)));
    AnnotatedLetter letter =
        OpenNlpAnnotator.shared()
            .annotate(
                HandLetters.letter("asks#1")
                    .paragraphs("We plead with the Council to act. We urge it to act.")
                    .build());
    LetterAsks asks = mine.find(letter);
    assertEquals("directive: plead with", shown(asks.sentences().get(0).cue()));
    assertEquals(List.of(), asks.sentences().get(1).requests());
    Files.writeString(dir.resolve("request-verbs.tsv"), "plead\tplead with\nbeg\n");
    LexiconException e =
        assertThrows(LexiconException.class, () -> RequestVerbs.of(Lexicon.overriddenBy(dir)));
    assertEquals(
        dir.resolve("request-verbs.tsv")
            + ":2: expected 2 tab-separated fields (label, pattern), found 1",
        e.getMessage());
  }

  /** Forms real letters use and the samples do not (issue 15); sentences of our own making. */
  @Test
  void aRequestInTheThirdPersonOfTheLetterItselfAsks() {
    assertCue(
        "third-person request: Calls upon",
        "Calls upon the government to release all those detained for their peaceful activism.");
    assertCue(
        "third-person request: appeals to",
        "The coalition appeals to you to provide humanitarian access to the affected regions.");
    assertCue(
        "third-person request: urge",
        "The undersigned organisations urge the Council to renew the mandate.");
    // Someone else's request, reported in a letter, still is not ours.
    assertCue("none", "The Special Rapporteur urged the authorities to end the practice.");
  }

  @Test
  void supportForSomeoneElsesCallIsAnAsk() {
    assertCue(
        "endorsement: support for the joint letter of 12 March urging",
        "We express our support for the joint letter of 12 March urging the Council to renew the"
            + " mandate.");
    assertCue(
        "endorsement: reiterate our strongest support for the High Commissioner's call",
        "We reiterate our strongest support for the High Commissioner's call for the release of"
            + " all political leaders.");
    assertCue("none", "The High Commissioner's call for restraint was ignored.");
    // What others endorsed is not our endorsement.
    assertCue(
        "none",
        "We recognize the role of the resolutions that have consistently endorsed the findings and"
            + " recommendations of the commission.");
  }

  @Test
  void anEvaluationOfNecessityWithoutAModalIsAnAsk() {
    assertCue(
        "necessity: is essential", "The release of the report without further delay is essential.");
    assertCue("none", "The report's findings were essential reading for diplomats.");
  }

  @Test
  void theImperativeHeadingOfARecommendationAsks() {
    assertCue("imperative: Act", "Act on the UN recommendations");
    assertCue("imperative: Press", "Press for the release of detained journalists");
  }
}
