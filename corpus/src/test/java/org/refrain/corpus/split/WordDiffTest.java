package org.refrain.corpus.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.refrain.corpus.metadata.LetterDate;
import org.refrain.corpus.metadata.LetterDate.Precision;
import org.refrain.corpus.metadata.LetterDate.Source;

class WordDiffTest {

  private static long[] words(String text) {
    return WordShingles.words(List.of(text));
  }

  @Test
  void distanceCountsWordsInsertedAndDeleted() {
    assertEquals(0, WordDiff.distance(words("a b c"), words("A, b — “c”"), 0));
    assertEquals(1, WordDiff.distance(words("a b c"), words("a b c d"), 5));
    assertEquals(2, WordDiff.distance(words("a b c"), words("a x c"), 5));
    assertEquals(-1, WordDiff.distance(words("a b c"), words("a x c"), 1));
    assertEquals(-1, WordDiff.distance(words("a b c d e f"), words("a"), 4));
    assertEquals(3, WordDiff.distance(words(""), words("a b c"), 3));
  }

  @Test
  void sameWordsAllowsOneWordInTwentyOfBoth() {
    String forty = "w ".repeat(20) + "v ".repeat(20);
    String changed = "w ".repeat(20) + "x " + "v ".repeat(19);
    // 2 of 80 words differ (2.5%): the same; 6 of 80 (7.5%): not.
    assertTrue(WordDiff.sameWords(words(forty), words(changed), 0.95));
    String three = "w ".repeat(20) + "x y z " + "v ".repeat(17);
    assertFalse(WordDiff.sameWords(words(forty), words(three), 0.95));
    assertThrows(IllegalArgumentException.class, () -> WordDiff.sameWords(new long[0], null, 0));
  }

  @Test
  void ownDatesDifferOnlyWhenBothAreStatedAndDisagreeAtTheCoarserPrecision() {
    LetterDate may10 = date(2021, 5, 10, Precision.DAY, Source.STATED);
    LetterDate may = date(2021, 5, 1, Precision.MONTH, Source.STATED);
    LetterDate june = date(2021, 6, 1, Precision.MONTH, Source.OVERRIDE);
    LetterDate posted = date(2021, 7, 2, Precision.DAY, Source.PUBLISHED);
    assertTrue(CopyMerger.sameOwnDate(may10, may));
    assertFalse(CopyMerger.sameOwnDate(may10, june));
    assertTrue(CopyMerger.sameOwnDate(may10, posted));
    assertTrue(CopyMerger.sameOwnDate(null, may10));
    assertFalse(CopyMerger.sameOwnDate(may10, date(2021, 5, 11, Precision.DAY, Source.STATED)));
  }

  private static LetterDate date(int y, int m, int d, Precision p, Source s) {
    return new LetterDate(LocalDate.of(y, m, d), p, s, "test");
  }
}
