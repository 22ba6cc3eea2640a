package org.refrain.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.refrain.corpus.Letter;

class LetterOrderTest {

  @Test
  void indexAfterHashComparesAsNumber() {
    assertTrue(LetterOrder.compareIds("a#2", "a#10") < 0);
    assertTrue(LetterOrder.compareIds("a#10", "a#2") > 0);
    assertEquals(0, LetterOrder.compareIds("a#2", "a#2"));
  }

  @Test
  void stemsCompareAsStringsBeforeIndices() {
    assertTrue(LetterOrder.compareIds("a#10", "b#1") < 0);
    assertTrue(LetterOrder.compareIds("2020-10-14_x#9", "2022-03-24_y#1") < 0);
  }

  @Test
  void nonNumericSuffixFallsBackToStringOrder() {
    assertTrue(LetterOrder.compareIds("a#x", "a#y") < 0);
    assertTrue(LetterOrder.compareIds("a", "a#1") < 0);
  }

  @Test
  void sortsLettersById() {
    Letter ten = TestLetters.bare("a.txt", 10);
    Letter two = TestLetters.bare("a.txt", 2);
    Letter b = TestLetters.bare("b.txt", 1);
    List<Letter> sorted = List.of(b, ten, two).stream().sorted(LetterOrder.BY_ID).toList();
    assertEquals(List.of("a#2", "a#10", "b#1"), sorted.stream().map(Letter::id).toList());
  }
}
