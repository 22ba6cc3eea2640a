package org.refrain.analysis.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refrain.analysis.reuse.ReuseFixtures.filler;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The one labelling rule: boilerplate when every copy is in its letter's frame (first or last two
 * paragraphs) or the family is in at least half the letters (and three) without asking; else
 * substantive.
 */
class ReuseLabelerTest {

  private static final Predicate<ReusePassage> NEVER = p -> false;
  private static final Predicate<ReusePassage> ALWAYS = p -> true;

  /** A letter of six paragraphs of eight words each. */
  private static ReuseText letter(String id) {
    String[] paragraphs = new String[6];
    for (int i = 0; i < paragraphs.length; i++) {
      paragraphs[i] = filler(id + i, 8);
    }
    return ReuseFixtures.text(id, "2020-01-01", paragraphs);
  }

  /** The copy made of paragraphs [first, last] of a fresh letter. */
  private static ReusePassage copy(String id, int first, int last) {
    return ReusePassage.of(letter(id), first * 8, (last + 1) * 8);
  }

  private static List<ReusePassage> copies(int letters, int first, int last) {
    List<ReusePassage> out = new ArrayList<>();
    for (int i = 0; i < letters; i++) {
      out.add(copy("l" + i, first, last));
    }
    return out;
  }

  @Test
  void theFrameIsTheFirstTwoAndTheLastTwoParagraphs() {
    assertTrue(ReuseLabeler.inFrame(copy("a", 0, 1)));
    assertTrue(ReuseLabeler.inFrame(copy("a", 4, 5)));
    assertFalse(ReuseLabeler.inFrame(copy("a", 1, 2)));
    assertFalse(ReuseLabeler.inFrame(copy("a", 2, 3)));
    assertFalse(ReuseLabeler.inFrame(copy("a", 0, 5)));
  }

  @Test
  void copiesAllInTheFrameAreBoilerplate() {
    List<ReusePassage> members = List.of(copy("a", 0, 0), copy("b", 5, 5));
    assertEquals(ReuseLabel.BOILERPLATE, new ReuseLabeler(10, NEVER).label(members));
  }

  @Test
  void oneCopyOutsideTheFrameMakesARareFamilySubstantive() {
    List<ReusePassage> members = List.of(copy("a", 0, 0), copy("b", 2, 2));
    assertEquals(ReuseLabel.SUBSTANTIVE, new ReuseLabeler(10, NEVER).label(members));
  }

  @Test
  void wordingInHalfTheLettersAndAtLeastThreeIsBoilerplate() {
    assertEquals(ReuseLabel.BOILERPLATE, new ReuseLabeler(6, NEVER).label(copies(3, 2, 3)));
    assertEquals(ReuseLabel.SUBSTANTIVE, new ReuseLabeler(7, NEVER).label(copies(3, 2, 3)));
    // two letters of two are "all", but fewer than three
    assertEquals(ReuseLabel.SUBSTANTIVE, new ReuseLabeler(2, NEVER).label(copies(2, 2, 3)));
  }

  @Test
  void aCopyThatAsksMakesTheFamilySubstantiveWhereverItIs() {
    assertEquals(ReuseLabel.SUBSTANTIVE, new ReuseLabeler(10, ALWAYS).label(copies(2, 0, 0)));
    assertEquals(ReuseLabel.SUBSTANTIVE, new ReuseLabeler(3, ALWAYS).label(copies(3, 2, 3)));
    List<ReusePassage> members = copies(3, 5, 5);
    ReusePassage asking = members.get(1);
    assertEquals(
        ReuseLabel.SUBSTANTIVE, new ReuseLabeler(10, p -> p.equals(asking)).label(members));
  }

  @Test
  void labelsAreWrittenInLowerCase() {
    assertEquals("boilerplate", ReuseLabel.BOILERPLATE.label());
    assertEquals("substantive", ReuseLabel.SUBSTANTIVE.label());
  }
}
