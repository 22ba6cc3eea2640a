package org.refrain.analysis.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refrain.analysis.language.LanguageFixtures.ANNOTATOR;
import static org.refrain.analysis.language.LanguageFixtures.annotate;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.refrain.analysis.annotate.AnnotatedLetter;

/** The context window of a concordance line, and where it stops: paragraphs and sentences. */
class ConcordancerTest {

  private static final AnnotatedLetter LETTER =
      annotate(
          "kwic",
          "Alpha bravo charlie delta echo foxtrot golf hotel india juliet.",
          "Kilo lima mike.",
          "The camps exist. Prison officials deny it.");

  @Test
  void windowWordsEitherSide() {
    KwicLine line = only(find("echo", 2));
    assertEquals("charlie delta", line.left());
    assertEquals("echo", line.match());
    assertEquals("foxtrot golf", line.right());
  }

  @Test
  void aZeroWindowGivesTheMatchAlone() {
    KwicLine line = only(find("echo", 0));
    assertEquals("", line.left());
    assertEquals("", line.right());
  }

  @Test
  void theRightContextKeepsThePunctuationRightAfterItsLastWord() {
    // Two words after "hotel" and then the full stop; after "juliet", only the full stop.
    assertEquals("india juliet.", only(find("hotel", 2)).right());
    assertEquals(".", only(find("juliet", 2)).right());
  }

  @Test
  void contextStopsAtTheParagraph() {
    // "Kilo lima mike." is a paragraph of its own: a window of 5 takes nothing from its neighbours.
    KwicLine mike = only(find("mike", 5));
    assertEquals("Kilo lima", mike.left());
    assertEquals(".", mike.right());
    KwicLine alpha = only(find("alpha", 3));
    assertEquals("", alpha.left());
    assertEquals("bravo charlie delta", alpha.right());
    KwicLine juliet = only(find("juliet", 5));
    assertEquals("echo foxtrot golf hotel india", juliet.left());
    assertEquals(".", juliet.right());
  }

  @Test
  void contextCrossesSentencesWithinAParagraph() {
    KwicLine line = only(find("exist", 3));
    assertEquals("The camps", line.left());
    assertEquals(". Prison officials deny", line.right());
    assertEquals(2, LETTER.sentences().get(line.sentence()).paragraph());
  }

  @Test
  void aMatchNeverSpansTwoSentences() {
    // The query's tokens "exist" "." "Prison" stand in the text, but the full stop ends one
    // sentence and "Prison" begins the next.
    assertEquals(List.of("exist", ".", "prison"), query("exist. Prison").words());
    assertTrue(find("exist. Prison", 3).isEmpty());
    // Within one sentence the same shape matches.
    assertEquals("exist.", only(find("exist.", 3)).match());
    KwicLine prison = only(find("Prison officials", 3));
    assertEquals(LETTER.sentences().size() - 1, prison.sentence());
  }

  @Test
  void spansPointAtTheMatchInTheLetterText() {
    KwicLine line = only(find("lima mike", 1));
    String text = LETTER.letter().text();
    assertEquals("lima mike", line.span().in(text));
    assertEquals(text.indexOf("lima mike"), line.span().start());
  }

  @Test
  void linesComeInCorpusThenTextOrder() {
    AnnotatedLetter second = annotate("second", "Echo again, and echo once more.");
    List<KwicLine> lines = Concordancer.find(List.of(second, LETTER), query("echo"), 1);
    assertEquals(3, lines.size());
    assertEquals(List.of(second, second, LETTER), lines.stream().map(KwicLine::letter).toList());
    assertTrue(lines.get(0).span().start() < lines.get(1).span().start());
  }

  @Test
  void aNegativeWindowIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Concordancer.find(List.of(LETTER), query("echo"), -1));
    assertTrue(e.getMessage().contains("window"), e.getMessage());
  }

  private static PhraseQuery query(String text) {
    return PhraseQuery.parse(text, ANNOTATOR, false);
  }

  private static List<KwicLine> find(String text, int window) {
    return Concordancer.find(List.of(LETTER), query(text), window);
  }

  private static KwicLine only(List<KwicLine> lines) {
    assertEquals(1, lines.size(), lines.toString());
    return lines.get(0);
  }
}
