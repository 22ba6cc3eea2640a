package org.refrain.corpus.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.refrain.corpus.clean.ChromeFilter;
import org.refrain.corpus.clean.TextNormalizer;

class LineClassifierTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Thank you for your consideration. We would be pleased to discuss these matters further.",
        "On March 24, NKDB signed a letter as part of a coalition of human rights organizations. The content of the letter has been shared below.",
        "We urge you to adopt the resolution on North Korea and to renew the mandate this year."
      })
  void runningText(String line) {
    assertTrue(LineClassifier.isRunningText(line), line);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Prof. Jane Doe, Professor of International Human Rights Law at the University of Oxford, United Kingdom.",
        "Former Commission of Inquiry (COI) member on the situation of human rights in the DPRK",
        "Balay Alternative Legal Advocates for Development in Mindanaw, Inc. (BALAOD Mindanaw)",
        "Human Rights Watch"
      })
  void listEntriesAreNotRunningText(String line) {
    assertFalse(LineClassifier.isRunningText(line), line);
  }

  @Test
  void kindsByShape() {
    var lines =
        new TextNormalizer()
            .normalize(
                "Skip to main content\n\n=====\nDear Sir,\nWe are writing to urge your government to act on"
                    + " the findings of the commission of inquiry.\nHuman Rights Watch\n")
            .lines();
    assertEquals(
        List.of(
            LineKind.CHROME,
            LineKind.BLANK,
            LineKind.SEPARATOR,
            LineKind.SHORT,
            LineKind.PROSE,
            LineKind.SHORT),
        new LineClassifier(ChromeFilter.standard()).classify(lines));
  }

  @Test
  void aShortLineAfterAnImageIsItsCaption() {
    var lines =
        new TextNormalizer()
            .normalize(
                "This image has an empty alt attribute; its file name is x.jpg\nUN Report – A State without parallel\nDear Sir,\n")
            .lines();
    List<LineKind> kinds = new LineClassifier(ChromeFilter.standard()).classify(lines);
    assertEquals(LineKind.CHROME, kinds.get(1));
    assertEquals(LineKind.SHORT, kinds.get(2));
  }

  @Test
  void footnoteMarkersDoNotHideASentenceEnd() {
    org.junit.jupiter.api.Assertions.assertTrue(
        LineClassifier.isProse(
            "We write to recall the commitments all states have made on non-proliferation.1"));
    org.junit.jupiter.api.Assertions.assertTrue(
        LineClassifier.isProse(
            "We write to recall the commitments all states have made on non-proliferation.²"));
    org.junit.jupiter.api.Assertions.assertTrue(
        LineClassifier.isProse(
            "We write to recall the commitments all states have made on non-proliferation[3]."));
    org.junit.jupiter.api.Assertions.assertFalse(
        FootnoteMarkers.isNote("3. Fortify Rights, www.fortifyrights.org"));
    org.junit.jupiter.api.Assertions.assertTrue(FootnoteMarkers.isNote("1. https://example.org/a"));
    org.junit.jupiter.api.Assertions.assertTrue(FootnoteMarkers.isNotesHeading("Footnotes:"));
  }
}
