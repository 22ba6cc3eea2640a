package org.refrain.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThroughputReportTest {

  private static Measurement row(String pass, int threads, double seconds, double cpu) {
    return new Measurement(pass, threads, "all", 2_000_000, 300_000, seconds, cpu, 5_000_000, "n");
  }

  @Test
  void rendersOneRowPerPassAndTheGoalPerThreadCount() {
    Measurement bare = row("bare", 1, 10, 10);
    Measurement endToEnd = row("end-to-end", 1, 14, 15);
    Measurement detector = new Measurement("detector", 1, "all", 2_000_000, -1, 0.5, 0.5, 0, "s");
    String report =
        ThroughputReport.render(
            List.of("Machine: test"),
            List.of(detector, bare, endToEnd),
            List.of(new ThroughputReport.Comparison(endToEnd, bare)));
    List<String> lines = report.lines().toList();
    assertEquals("- Machine: test", lines.get(2));
    // Every row has as many cells as the header and the rule under it.
    assertEquals(
        "| # | pass | threads | text | MB | wall s | CPU s | MB/s | tokens | tokens/s | heap MB"
            + " | note |",
        lines.get(4));
    for (String line : lines.subList(4, 9)) {
      assertEquals(cells(lines.get(4)), cells(line), line);
    }
    assertTrue(
        lines.contains("| 1 | detector | 1 | all | 2.00 | 0.50 | 0.50 | 4.000 | – | – | 0 | s |"),
        report);
    assertTrue(
        lines.contains(
            "| 3 | end-to-end | 1 | all | 2.00 | 14.00 | 15.00 | 0.143 | 300,000 | 21,429 | 5 | n |"),
        report);
    assertTrue(
        lines.contains("| 1 | 14.00 | 10.00 | 1.40x | 15.00 | 10.00 | 1.50x | yes |"), report);
  }

  private static long cells(String row) {
    return row.chars().filter(c -> c == '|').count();
  }
}
