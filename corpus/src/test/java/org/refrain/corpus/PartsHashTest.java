package org.refrain.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PartsHashTest {

  @Test
  void partsAreKeptApart() {
    assertNotEquals(PartsHash.of(List.of("ab", "c")), PartsHash.of(List.of("a", "bc")));
    assertNotEquals(PartsHash.of(List.of("a", "")), PartsHash.of(List.of("a")));
    assertNotEquals(PartsHash.of(List.of("a", "b")), PartsHash.of(List.of("b", "a")));
  }

  @Test
  void theEncodingIsFixed() {
    // Report caches and index keys written by earlier versions hold only while this holds.
    // Each part is its length in UTF-8 bytes, a zero byte and its bytes: "2\0ab" "1\0c".
    assertEquals(
        "499cdd84814fbc4f27d17a784e6178bd5df240973fa9deed169b41f7c5156e38",
        PartsHash.of(List.of("ab", "c")));
    assertEquals(
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        PartsHash.of(List.of()));
  }
}
