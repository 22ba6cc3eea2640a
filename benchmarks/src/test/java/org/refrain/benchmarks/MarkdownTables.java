package org.refrain.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

/** Assertions on the Markdown tables the bench mains print. */
final class MarkdownTables {

  private MarkdownTables() {}

  /** The table whose header starts so: every row as many cells as the header, {@code rows} rows. */
  static void assertTable(List<String> lines, String headerStart, int rows) {
    int at = 0;
    while (at < lines.size() && !lines.get(at).startsWith(headerStart)) {
      at++;
    }
    assertTrue(at < lines.size(), "no table " + headerStart);
    long cells = cells(lines.get(at));
    for (int i = at + 1; i <= at + 1 + rows; i++) {
      assertEquals(cells, cells(lines.get(i)), lines.get(i));
    }
    assertFalse(
        at + 2 + rows < lines.size() && lines.get(at + 2 + rows).startsWith("|"),
        "more rows than " + rows);
  }

  /** The row's cell borders: its pipes, less those escaped ("\\|") inside a cell. */
  static long cells(String row) {
    return row.replace("\\|", "").chars().filter(c -> c == '|').count();
  }
}
