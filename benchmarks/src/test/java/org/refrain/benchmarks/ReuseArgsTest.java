package org.refrain.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReuseArgsTest {

  @Test
  void defaultsAreTheFullRun() {
    ReuseArgs args = ReuseArgs.parse();
    assertEquals(
        new ReuseArgs(
            List.of(100, 1000, 5000),
            List.of(200, 1000),
            List.of(1000, 2000, 3000, 4000, 5000),
            42,
            300,
            40,
            800),
        args);
    assertEquals(5000, args.largest());
  }

  @Test
  void readsListsInBothOptionForms() {
    ReuseArgs args =
        ReuseArgs.parse("--sizes", "300,100", "--baseline=", "--growth=200,400", "--seed", "7");
    assertEquals(List.of(100, 300), args.sizes());
    assertEquals(List.of(), args.baseline());
    assertEquals(List.of(200, 400), args.growth());
    assertEquals(7, args.seed());
    assertEquals(400, args.largest());
  }

  @Test
  void rejectsUnknownMissingAndBadValues() {
    assertEquals(
        "unknown option --letters",
        assertThrows(IllegalArgumentException.class, () -> ReuseArgs.parse("--letters", "3"))
            .getMessage());
    assertEquals(
        "--sizes needs a value",
        assertThrows(IllegalArgumentException.class, () -> ReuseArgs.parse("--sizes"))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> ReuseArgs.parse("--sizes", "100,many"));
    assertThrows(IllegalArgumentException.class, () -> ReuseArgs.parse("--baseline", "1"));
    assertThrows(IllegalArgumentException.class, () -> ReuseArgs.parse("--baseline-seconds=0"));
    assertThrows(IllegalArgumentException.class, () -> ReuseArgs.parse("--versions", "1"));
  }
}
