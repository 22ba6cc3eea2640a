package org.refrain.analysis.demand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.refrain.analysis.HandLetters;
import org.refrain.analysis.annotate.AnnotatedLetter;
import org.refrain.analysis.annotate.OpenNlpAnnotator;
import org.refrain.analysis.sequence.ChangeScope;
import org.refrain.analysis.sequence.Predecessors;
import org.refrain.corpus.Letter;

/**
 * Changes between three dated letters: two to President Moon at the HRC, one to the General
 * Assembly between them.
 */
class DemandChangesTest {

  private static final String CLOSE_CAMPS =
      "We urge the government to close all political prison camps.";
  private static final String ABOLISH = "Abolish the death penalty.";

  private static AnnotatedLetter annotate(HandLetters.Builder letter) {
    return OpenNlpAnnotator.shared().annotate(letter.build());
  }

  /** The three letters, tagged, given out of date order. */
  private static DemandResult result() {
    AnnotatedLetter one =
        annotate(
            HandLetters.letter("one#1")
                .date("2020-01-01")
                .addressee("President Moon Jae-in")
                .venue("HRC", 43)
                .paragraphs(
                    CLOSE_CAMPS, "Guards committed rape in detention.", "Food shortages persist."));
    AnnotatedLetter two =
        annotate(
            HandLetters.letter("two#1")
                .date("2020-06-01")
                .addressee("UN General Assembly")
                .venue("UNGA", 75)
                .paragraphs(
                    "Political prison camps still exist.",
                    "End forced abortion and infanticide.",
                    ABOLISH));
    AnnotatedLetter three =
        annotate(
            HandLetters.letter("three#1")
                .date("2021-03-01")
                .addressee("Moon Jae-in, President of the Republic of Korea")
                .venue("HRC", 46)
                .paragraphs(CLOSE_CAMPS, ABOLISH));
    return DemandTagger.of(Taxonomy.bundled()).tag(List.of(three, one, two));
  }

  private static String shown(DemandChange c) {
    return c.scope().label()
        + " "
        + c.from().id()
        + " -> "
        + c.to().id()
        + " "
        + c.demand().id()
        + " "
        + c.kind().label();
  }

  @Test
  void everyChangeScopeByScopeLetterByLetterInTaxonomyOrder() {
    assertEquals(
        List.of(
            "all one#1 -> two#1 political-prisons weakened",
            "all one#1 -> two#1 death-penalty added",
            "all one#1 -> two#1 sexual-violence strengthened",
            "all one#1 -> two#1 right-to-food dropped",
            "all two#1 -> three#1 political-prisons strengthened",
            "all two#1 -> three#1 sexual-violence dropped",
            "addressee one#1 -> three#1 death-penalty added",
            "addressee one#1 -> three#1 sexual-violence dropped",
            "addressee one#1 -> three#1 right-to-food dropped",
            "venue one#1 -> three#1 death-penalty added",
            "venue one#1 -> three#1 sexual-violence dropped",
            "venue one#1 -> three#1 right-to-food dropped"),
        DemandChanges.of(result()).stream().map(DemandChangesTest::shown).toList());
  }

  @Test
  void theEvidenceIsInTheEarlierLetterForADropAndTheLaterOtherwise() {
    List<DemandChange> changes = DemandChanges.of(result());
    for (DemandChange c : changes) {
      Letter expected = c.kind() == ChangeKind.DROPPED ? c.from() : c.to();
      assertSame(expected, c.evidenceLetter(), shown(c));
      assertEquals(c.evidence().span().in(expected.text()), c.evidence().text(), shown(c));
      assertTrue(
          expected.text().contains(c.evidence().text()), shown(c) + ": " + c.evidence().text());
    }
    assertEquals(
        "Food shortages persist.",
        find(changes, "all one#1 -> two#1 right-to-food dropped").evidence().text());
    assertEquals(
        ABOLISH, find(changes, "all one#1 -> two#1 death-penalty added").evidence().text());
    assertEquals(
        "Political prison camps still exist.",
        find(changes, "all one#1 -> two#1 political-prisons weakened").evidence().text());
    DemandChange strengthened =
        find(changes, "all two#1 -> three#1 political-prisons strengthened");
    assertEquals(CLOSE_CAMPS, strengthened.evidence().text());
    assertEquals(Strength.ASK, strengthened.evidence().strength());
  }

  @Test
  void theStrongestEvidenceIsTheFirstAskElseTheFirstMention() {
    DemandTag tag =
        DemandTagger.of(Taxonomy.bundled())
            .tag(
                annotate(
                    HandLetters.letter("s#1")
                        .paragraphs(
                            "Political prison camps still exist.",
                            CLOSE_CAMPS,
                            "Close the prison camps.")))
            .tag("political-prisons")
            .orElseThrow();
    assertEquals(1, DemandChanges.strongest(tag).sentence());
  }

  @Test
  void anAddresseeIsTheSameWhenOnesWordsAreAllAmongTheOthers() {
    Set<String> moon = Predecessors.addresseeWords("President Moon Jae-in");
    assertEquals(Set.of("president", "moon", "jae-in"), moon);
    Set<String> moonLong =
        Predecessors.addresseeWords("Moon Jae-in, President of the Republic of Korea");
    Set<String> assembly = Predecessors.addresseeWords("UN General Assembly");
    assertTrue(Predecessors.sameAddressee(moon, moonLong));
    assertTrue(Predecessors.sameAddressee(moonLong, moon));
    assertFalse(Predecessors.sameAddressee(moon, assembly));
    assertTrue(
        Predecessors.sameAddressee(Predecessors.addresseeWords("Dear President Moon,"), moon));
    // One word in common is not enough: "Korea" alone is too little to say who.
    assertFalse(Predecessors.sameAddressee(Predecessors.addresseeWords("Korea"), moonLong));
    assertEquals(Set.of(), Predecessors.addresseeWords(null));
  }

  @Test
  void onlyLettersToTheSameAddresseeAreComparedInThatScope() {
    DemandResult result = result();
    List<String> pairs =
        DemandChanges.pairs(result.letters(), ChangeScope.ADDRESSEE).stream()
            .map(p -> result.letters().get(p[0]).letter().id() + " " + p[1])
            .toList();
    assertEquals(List.of("one#1 2"), pairs);
  }

  @Test
  void theSameBodyIsPairedAcrossSessions() {
    DemandResult result = result();
    List<String> pairs =
        DemandChanges.pairs(result.letters(), ChangeScope.VENUE).stream()
            .map(
                p ->
                    result.letters().get(p[0]).letter().venue().session()
                        + " -> "
                        + result.letters().get(p[1]).letter().venue().session())
            .toList();
    assertEquals(List.of("43 -> 46"), pairs);
  }

  @Test
  void lettersWithTheSameDemandsMakeNoChange() {
    AnnotatedLetter a =
        annotate(HandLetters.letter("a#1").date("2020-01-01").paragraphs(CLOSE_CAMPS));
    AnnotatedLetter b =
        annotate(
            HandLetters.letter("b#1")
                .date("2020-02-01")
                .paragraphs("Close all political prison camps."));
    assertEquals(
        List.of(), DemandChanges.of(DemandTagger.of(Taxonomy.bundled()).tag(List.of(a, b))));
  }

  private static DemandChange find(List<DemandChange> changes, String shown) {
    return changes.stream()
        .filter(c -> shown(c).equals(shown))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no change " + shown));
  }
}
