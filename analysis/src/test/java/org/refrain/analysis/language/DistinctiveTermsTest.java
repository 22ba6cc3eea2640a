package org.refrain.analysis.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DistinctiveTermsTest {

  private static KeyTerm term(String text, int count) {
    return new KeyTerm(text, count, 0, 500, 3000, 10, 0.001, 3);
  }

  @Test
  void aTermInsideALongerKeyTermWithTheSameCountIsLeftOut() {
    List<KeyTerm> terms =
        List.of(
            term("president moon", 5),
            term("moon", 5),
            term("president", 6),
            term("record", 6),
            term("human right record", 5),
            term("right record", 6));
    // "moon" is always "president moon" and "record" always "right record"; "president" occurs
    // outside its phrase, and "right record" once more than "human right record", so they stay.
    assertEquals(
        List.of("president moon", "president", "human right record", "right record"),
        DistinctiveTerms.withoutNested(terms).stream().map(KeyTerm::term).toList());
  }

  @Test
  void aWordIsNotNestedInAnotherWordThatContainsIt() {
    List<KeyTerm> terms = List.of(term("nation", 4), term("international", 4));
    assertEquals(2, DistinctiveTerms.withoutNested(terms).size());
  }
}
