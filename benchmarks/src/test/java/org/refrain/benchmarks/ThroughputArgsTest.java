package org.refrain.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ThroughputArgsTest {

  @Test
  void defaultsAreTwentyMegabytesAndSeed42() {
    assertEquals(new ThroughputArgs(20, 42, 1, 1, 0.15), ThroughputArgs.parse());
  }

  @Test
  void readsBothOptionForms() {
    assertEquals(
        new ThroughputArgs(1, 7, 0.5, 2, 0.05),
        ThroughputArgs.parse(
            "--mb",
            "1",
            "--seed=7",
            "--lemma-mb",
            "0.5",
            "--warmup-mb=2",
            "--replace-share",
            "0.05"));
  }

  @Test
  void rejectsUnknownMissingAndBadValues() {
    assertEquals(
        "unknown option --size",
        assertThrows(IllegalArgumentException.class, () -> ThroughputArgs.parse("--size", "3"))
            .getMessage());
    assertEquals(
        "--mb needs a value",
        assertThrows(IllegalArgumentException.class, () -> ThroughputArgs.parse("--mb"))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> ThroughputArgs.parse("--mb", "many"));
    assertThrows(IllegalArgumentException.class, () -> ThroughputArgs.parse("--mb", "0"));
    assertThrows(IllegalArgumentException.class, () -> ThroughputArgs.parse("--replace-share=2"));
  }
}
