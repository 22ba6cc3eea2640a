package org.refrain.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class StageDisplayTest {

  @Test
  void theLineNamesEachRunningStageWithItsCountAndTheTimeElapsed() {
    StageDisplay display = StageDisplay.silent(new PrintWriter(new StringWriter()));
    display.started("annotate", 10_000);
    for (int i = 0; i < 1234; i++) {
      display.advanced("annotate");
    }
    display.started("signatories", 0);
    String line = display.line(System.nanoTime() + 65_000_000_000L);
    assertTrue(
        line.matches("refrain: annotate 1,234/10,000 letters, signatories · 1:0[5-6] elapsed"),
        line);
    display.finished("annotate", 1);
    display.finished("signatories", 1);
    assertTrue(display.line(System.nanoTime()).startsWith("refrain: · 0:0"));
  }

  @Test
  void timingsAreOneLinePerStageOnlyWhenAskedFor() {
    StringWriter err = new StringWriter();
    StageDisplay timed = new StageDisplay(new PrintWriter(err), false, true);
    assertEquals("done", timed.stage("read", () -> "done"));
    timed.finished("reuse", 2_500_000_000L);
    timed.close();
    String[] lines = err.toString().split("\n");
    assertEquals(2, lines.length, err.toString());
    assertTrue(lines[0].matches("refrain: timing: read \\d+\\.\\d{3}"), lines[0]);
    assertEquals("refrain: timing: reuse 2.500", lines[1]);

    StringWriter none = new StringWriter();
    StageDisplay silent = StageDisplay.silent(new PrintWriter(none));
    silent.stage("read", () -> 1);
    silent.close();
    assertEquals("", none.toString());
  }

  @Test
  void warningsClearTheLineAndStandAlone() {
    StringWriter err = new StringWriter();
    StageDisplay display = new StageDisplay(new PrintWriter(err), false, false);
    display.warned("annotate", "annotation cache /x not written: AccessDenied /x");
    assertEquals(
        "refrain: warning: annotation cache /x not written: AccessDenied /x\n", err.toString());
  }

  @Test
  void elapsedIsMinutesAndSeconds() {
    assertEquals("0:00 elapsed", StageDisplay.elapsed(0));
    assertEquals("12:03 elapsed", StageDisplay.elapsed(723_400_000_000L));
  }
}
