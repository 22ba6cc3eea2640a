package org.refrain.reports.render;

import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Renders a table as aligned plain text for a terminal: a header, a rule of dashes, then one line
 * per row. Columns are separated by two spaces; numbers are right-aligned, text left-aligned. No
 * control character reaches the terminal ({@link TerminalText}).
 */
public final class PlainTextRenderer {

  private static final String GAP = "  ";

  private PlainTextRenderer() {}

  public static String render(Table table) {
    int columns = table.columnCount();
    int[] widths = new int[columns];
    boolean[] right = new boolean[columns];
    List<String[]> lines = new ArrayList<>();
    lines.add(table.columnNames().toArray(String[]::new));
    for (int row = 0; row < table.rowCount(); row++) {
      String[] cells = new String[columns];
      for (int col = 0; col < columns; col++) {
        // Unformatted: Tablesaw's formatted numbers follow the default locale (١٢٣ in ar-EG).
        cells[col] = oneLine(table.column(col).getUnformattedString(row));
      }
      lines.add(cells);
    }
    for (int col = 0; col < columns; col++) {
      Column<?> column = table.column(col);
      right[col] = column instanceof NumericColumn;
      for (String[] line : lines) {
        widths[col] = Math.max(widths[col], width(line[col]));
      }
    }
    StringBuilder out = new StringBuilder();
    appendLine(out, lines.get(0), widths, right);
    String[] rule = new String[columns];
    for (int col = 0; col < columns; col++) {
      rule[col] = "-".repeat(widths[col]);
    }
    appendLine(out, rule, widths, right);
    for (String[] line : lines.subList(1, lines.size())) {
      appendLine(out, line, widths, right);
    }
    return out.toString();
  }

  private static void appendLine(StringBuilder out, String[] cells, int[] widths, boolean[] right) {
    StringBuilder line = new StringBuilder();
    for (int col = 0; col < cells.length; col++) {
      if (col > 0) {
        line.append(GAP);
      }
      String padding = " ".repeat(widths[col] - width(cells[col]));
      line.append(right[col] ? padding + cells[col] : cells[col] + padding);
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }

  /** Width in code points, so a letter outside the BMP counts once. */
  private static int width(String text) {
    return text.codePointCount(0, text.length());
  }

  private static String oneLine(String text) {
    return TerminalText.visible(text.replaceAll("\\s*\\R\\s*", " "));
  }
}
