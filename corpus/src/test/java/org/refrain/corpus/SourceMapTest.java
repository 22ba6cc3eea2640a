package org.refrain.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SourceMapTest {

  @Test
  void aPagedSourceGivesThePageOfEveryOffsetAndASliceKeepsThePages() {
    // source "abcdef|ghij|klm": pages begin at 0, 6 and 10; the letter text is the source from 2
    SourceMap map = SourceMap.identity(13).withPages(List.of(0, 6, 10));
    assertEquals(OptionalInt.of(1), map.page(0));
    assertEquals(OptionalInt.of(1), map.page(5));
    assertEquals(OptionalInt.of(2), map.page(6));
    assertEquals(OptionalInt.of(3), map.page(13));
    SourceMap slice = map.slice(2, 13);
    assertEquals(OptionalInt.of(1), slice.page(0));
    assertEquals(OptionalInt.of(2), slice.page(4));
    assertNotEquals(SourceMap.identity(13), map);
  }

  @Test
  void anEmptyPageBelongsToNoOffsetAndAnUnpagedSourceHasNoPages() {
    SourceMap map = SourceMap.identity(4).withPages(List.of(0, 2, 2));
    assertEquals(OptionalInt.of(3), map.page(2));
    assertTrue(SourceMap.identity(4).page(2).isEmpty());
    assertThrows(
        IllegalArgumentException.class, () -> SourceMap.identity(4).withPages(List.of(2, 1)));
  }
}
