package org.refrain.analysis.coalition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.refrain.analysis.HandLetters;
import org.refrain.analysis.sequence.ChangeScope;
import org.refrain.analysis.sequence.Predecessors;
import org.refrain.corpus.Letter;

/** The letter pairs coalition changes compare, through the public API of {@link Predecessors}. */
class PredecessorsTest {

  private static Letter letter(String id, String addressee, String body) {
    HandLetters.Builder b = HandLetters.letter(id).date("2021-01-01").addressee(addressee);
    if (body != null) {
      b.venue(body, 1);
    }
    return b.org("X").build();
  }

  private static List<String> pairs(List<Letter> letters, ChangeScope scope) {
    return Predecessors.pairs(letters, scope).stream().map(p -> p[0] + ">" + p[1]).toList();
  }

  @Test
  void allPairsEachLetterWithTheOneBefore() {
    List<Letter> letters =
        List.of(letter("a#1", null, null), letter("b#1", null, null), letter("c#1", null, null));
    assertEquals(List.of("0>1", "1>2"), pairs(letters, ChangeScope.ALL));
    assertEquals(List.of(), pairs(letters.subList(0, 1), ChangeScope.ALL));
    assertEquals(List.of(), pairs(List.of(), ChangeScope.ALL));
  }

  @Test
  void theLatestEarlierLetterToTheSameAddressee() {
    List<Letter> letters =
        List.of(
            letter("a#1", "President Moon Jae-in", null),
            letter("b#1", "UN General Assembly", null),
            letter("c#1", "Moon Jae-in, President of the Republic of Korea", null),
            letter("d#1", "Dear President Moon Jae-in", null),
            letter("e#1", "President Biden", null));
    assertEquals(List.of("0>2", "2>3"), pairs(letters, ChangeScope.ADDRESSEE));
  }

  @Test
  void addresseesWithoutTwoSharedContentWordsAreNotTheSame() {
    List<Letter> letters =
        List.of(
            letter("a#1", "Dear Sir", null),
            letter("b#1", "Dear Sir", null),
            letter("c#1", null, null),
            letter("d#1", null, null));
    assertEquals(List.of(), pairs(letters, ChangeScope.ADDRESSEE));
  }

  @Test
  void theLatestEarlierLetterToTheSameBody() {
    List<Letter> letters =
        List.of(
            letter("a#1", null, "HRC"),
            letter("b#1", null, null),
            letter("c#1", null, "UNGA"),
            letter("d#1", null, "hrc"),
            letter("e#1", null, "HRC"),
            letter("f#1", null, "Unga"));
    assertEquals(List.of("0>3", "3>4", "2>5"), pairs(letters, ChangeScope.VENUE));
  }

  @Test
  void addresseeWords() {
    assertEquals(
        Set.of("moon", "jae-in", "president"),
        Predecessors.addresseeWords("Dear President Moon Jae-in"));
    assertEquals(Set.of(), Predecessors.addresseeWords(null));
    assertTrue(
        Predecessors.sameAddressee(
            Set.of("moon", "jae-in"), Set.of("moon", "jae-in", "president")));
    assertFalse(Predecessors.sameAddressee(Set.of("moon"), Set.of("moon", "president")));
    assertFalse(Predecessors.sameAddressee(Set.of("moon", "biden"), Set.of("moon", "president")));
  }
}
