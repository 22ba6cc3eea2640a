package org.refrain.benchmarks.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ResourceUseTest {

  @Test
  void readsGnuTimesLastLineOfFourNumbers() {
    assertEquals(
        new ResourceUse(30.58, 699172 * 1024L), ResourceUse.parse("52.29 29.70 0.88 699172\n"));
    assertEquals(
        new ResourceUse(3.5, 2048 * 1024L),
        ResourceUse.parse("Command exited with non-zero status 1\n4.00 3.00 0.50 2048\n"));
    assertEquals(
        new ResourceUse(1.0, 1024),
        ResourceUse.parse("Command terminated by signal 9\n9.99 0.75 0.25 1\n"));
  }

  @Test
  void anythingElseIsUnknown() {
    ResourceUse none = ResourceUse.parse("time: cannot run foo: No such file or directory\n");
    assertTrue(Double.isNaN(none.cpuSeconds()));
    assertEquals(-1, none.peakRssBytes());
  }
}
