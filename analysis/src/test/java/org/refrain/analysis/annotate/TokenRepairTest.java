package org.refrain.analysis.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenRepairTest {

  private static List<String> tokens(String text) {
    return AnnotateFixtures.ANNOTATOR.tokens(text).stream().map(Token::text).toList();
  }

  @Test
  void aWordSplitAtItsHyphenIsJoinedAgain() {
    // The model gives "non" + "-governmental" and "Ojea" + "-Quintana".
    assertEquals(
        List.of("37", "non-governmental", "organizations"),
        tokens("37 non-governmental organizations"));
    assertEquals(List.of("Tomás", "Ojea-Quintana"), tokens("Tomás Ojea-Quintana"));
  }

  @Test
  void aSpacedDashStaysApart() {
    assertEquals(List.of("Seoul", "-", "Geneva"), tokens("Seoul - Geneva"));
  }

  @Test
  void wordsGluedByADashAreSplitAroundIt() {
    assertEquals(
        List.of("humanity", "—", "entailing", "torture"), tokens("humanity—entailing torture"));
    assertEquals(List.of("abductions", "–", "forced"), tokens("abductions–forced"));
  }

  @Test
  void aTypographicPossessiveLosesItsApostropheS() {
    assertEquals(List.of("North", "Korea", "’s", "borders"), tokens("North Korea’s borders"));
    assertEquals(List.of("Korea", "’s"), tokens("Korea’s"));
    // Not a possessive: nothing to split.
    assertEquals(List.of("’s"), tokens("’s"));
  }

  @Test
  void aHyphenStandingAloneBetweenTwoWordsItTouchesIsInsideOneWord() {
    assertEquals(
        List.of("The", "UN", "Secretary-General", "spoke"),
        tokens("The UN Secretary-General spoke"));
    assertEquals(List.of("Moon", "Jae-in"), tokens("Moon Jae-in"));
  }

  @Test
  void aStraightApostrophePossessiveIsSplitToo() {
    assertEquals(
        List.of("Eritrea", "'s", "national", "service"), tokens("Eritrea's national service"));
  }
}
