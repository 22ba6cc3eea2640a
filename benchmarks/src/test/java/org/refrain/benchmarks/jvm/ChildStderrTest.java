package org.refrain.benchmarks.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildStderrTest {

  private static final String REPORT =
      """
      corpus/a.txt:3: date: no date found
      refrain: timing: read 3.21
      refrain: timing: annotate 170.4
      \rannotating 9,000 of 10,000 letters\rrefrain: timing: reuse coverage 2.1s
      refrain: timing: reuse 0.5
      refrain: timing: terms
      refrain: timing: terms soon
      refrain: timing:  1.0
      refrain: warning: cache not written
      """;

  @Test
  void readsStageTimesInOrderSummingRepeatsAndSkippingWhatIsNoTime() {
    ChildStderr stderr = ChildStderr.of(REPORT);
    assertEquals(
        Map.of("read", 3.21, "annotate", 170.4, "reuse coverage", 2.1, "reuse", 0.5),
        stderr.stages());
    assertEquals(
        List.of("read", "annotate", "reuse coverage", "reuse"),
        List.copyOf(stderr.stages().keySet()));
    assertEquals(170.4, stderr.stage("annotate"));
    assertTrue(Double.isNaN(stderr.stage("signatories")));
    assertEquals("refrain: warning: cache not written", stderr.lastLine());
    assertFalse(stderr.outOfMemory());

    ChildStderr twice = ChildStderr.of("refrain: timing: read 1.5\nrefrain: timing: read 2.25\n");
    assertEquals(Map.of("read", 3.75), twice.stages());
  }

  @Test
  void withoutTimingLinesThereAreNoStages() {
    ChildStderr stderr = ChildStderr.of("corpus/a.txt:3: date: no date found\n\n");
    assertTrue(stderr.stages().isEmpty());
    assertEquals("corpus/a.txt:3: date: no date found", stderr.lastLine());
    assertEquals("", ChildStderr.of("").lastLine());
  }

  @Test
  void anOutOfMemoryErrorIsSeenAndTheLastLineIsTheErrorNotItsStack() {
    ChildStderr stderr =
        ChildStderr.of(
            """
            refrain: timing: read 71.0
            refrain: timing: annotate 170.0
            Exception in thread "main" java.lang.OutOfMemoryError: Java heap space
            \tat java.base/java.util.HashMap.resize(HashMap.java:702)
            \tat org.refrain.analysis.reuse.ReuseCoverage.of(ReuseCoverage.java:88)
            \t... 7 more
            """);
    assertTrue(stderr.outOfMemory());
    assertEquals(
        "Exception in thread \"main\" java.lang.OutOfMemoryError: Java heap space",
        stderr.lastLine());
    assertEquals(Map.of("read", 71.0, "annotate", 170.0), stderr.stages());
  }

  @Test
  void timingLinesAreWrittenAsTheyAreRead() {
    assertEquals("refrain: timing: annotate 1.250", ChildStderr.timingLine("annotate", 1.25));
    assertEquals(
        Map.of("annotate", 1.25),
        ChildStderr.of(ChildStderr.timingLine("annotate", 1.25)).stages());
  }

  @Test
  void readsAFileAndAMissingOneAsEmpty(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("stderr.txt");
    Files.write(file, new byte[] {'r', 'e', (byte) 0xff, '\n', 'x', '\n'});
    assertEquals("x", ChildStderr.read(file).lastLine());
    assertEquals(ChildStderr.of(""), ChildStderr.read(dir.resolve("none.txt")));
  }
}
