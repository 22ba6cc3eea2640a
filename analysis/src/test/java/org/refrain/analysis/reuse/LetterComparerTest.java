package org.refrain.analysis.reuse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refrain.analysis.reuse.ReuseFixtures.filler;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.refrain.analysis.reuse.ParagraphMatch.Kind;

class LetterComparerTest {

  private static final LetterComparer COMPARER = LetterComparer.of(ReuseSettings.defaults());

  private static final String[] P = {
    "North Korean troops held and executed a South Korean official who drifted into their waters",
    "the commission concluded that crimes against humanity were committed in political prison"
        + " camps",
    "we call on states to observe the principle of non refoulement for those who flee the country",
    "thank you for your consideration and we would be pleased to discuss these matters further",
  };

  /** Each row as "kind a b" with paragraphs numbered from 0, -1 for none. */
  private static List<String> rows(LetterComparison comparison) {
    return comparison.rows().stream().map(r -> r.kind() + " " + r.a() + " " + r.b()).toList();
  }

  @Test
  void longestInOrderKeepsTheLongestRisingRunOfPartners() {
    assertArrayEquals(
        new boolean[] {true, true, true}, LetterComparer.longestInOrder(new int[] {0, 1, 2}));
    assertArrayEquals(
        new boolean[] {false, true, true}, LetterComparer.longestInOrder(new int[] {2, 0, 1}));
    assertArrayEquals(
        new boolean[] {false, true, false, true},
        LetterComparer.longestInOrder(new int[] {-1, 0, -1, 1}));
    assertArrayEquals(new boolean[] {}, LetterComparer.longestInOrder(new int[] {}));
    assertArrayEquals(
        new boolean[] {false, false}, LetterComparer.longestInOrder(new int[] {-1, -1}));
  }

  @Test
  void longestInOrderMarksOneOfTwoCrossedPairs() {
    boolean[] crossed = LetterComparer.longestInOrder(new int[] {1, 0});
    assertTrue(crossed[0] ^ crossed[1]);
    boolean[] swapped = LetterComparer.longestInOrder(new int[] {0, 2, 1, 3});
    assertTrue(swapped[0] && swapped[3] && (swapped[1] ^ swapped[2]));
  }

  @Test
  void aMovedParagraphIsAMoveNotADeletionAndAnInsertion() {
    ReuseText a = ReuseFixtures.text("a", "2020-01-01", P[0], P[1], P[2], P[3]);
    ReuseText b = ReuseFixtures.text("b", "2020-02-01", P[0], P[2], P[3], P[1]);
    LetterComparison comparison = COMPARER.compare(a, b);
    assertEquals(List.of("SAME 0 0", "MOVED 1 3", "SAME 2 1", "SAME 3 2"), rows(comparison));
    assertEquals(1.0, comparison.shareA());
    assertEquals(1.0, comparison.shareB());
  }

  @Test
  void editedParagraphsAreChangedAndUnpairedOnesDeletedOrInserted() {
    ReuseText a = ReuseFixtures.text("a", "2020-01-01", P[0], filler("only", 10), P[1], P[3]);
    ReuseText b =
        ReuseFixtures.text(
            "b", "2020-02-01", P[0], P[1].replace("concluded", "found"), filler("new", 12), P[3]);
    LetterComparison comparison = COMPARER.compare(a, b);
    assertEquals(
        List.of("SAME 0 0", "DELETED 1 -1", "CHANGED 2 1", "INSERTED -1 2", "SAME 3 3"),
        rows(comparison));
    ParagraphMatch changed = comparison.rows().get(2);
    assertTrue(changed.diff().contains(new DiffSegment.Changed("concluded", "found")));
    assertTrue(changed.similarity() > 0.9 && changed.similarity() < 1);
    assertEquals(
        List.of(new DiffSegment.Deleted(filler("only", 10))), comparison.rows().get(1).diff());
    assertTrue(comparison.shareA() < 1 && comparison.shareA() > 0.5);
  }

  @Test
  void aLetterCannotBeComparedWithItself() {
    ReuseText a = ReuseFixtures.text("a", "2020-01-01", P[0]);
    assertThrows(IllegalArgumentException.class, () -> COMPARER.compare(a, a));
  }

  @Test
  void kindsAreLabelledInLowerCase() {
    assertEquals("moved", Kind.MOVED.label());
  }
}
