package org.refrain.reports.render;

import java.io.StringWriter;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvWriteOptions;
import tech.tablesaw.io.csv.CsvWriter;

/**
 * Renders a table as CSV with Tablesaw's writer: a header row, comma separated, {@code \n} line
 * ends, every field quoted and embedded quotes doubled (RFC 4180), missing values as {@code ""}.
 * Quoting every field is deliberate: Tablesaw's writer does not quote a field whose only special
 * character is an inner quote ({@code the "Council"}), which other CSV readers then misread.
 */
public final class CsvRenderer {

  private CsvRenderer() {}

  public static String render(Table table) {
    StringWriter out = new StringWriter();
    write(table, out);
    return out.toString();
  }

  /** Writes {@code table} as CSV to {@code out}, as {@link #render} gives it, without a copy. */
  public static void write(Table table, java.io.Writer out) {
    CsvWriteOptions options =
        CsvWriteOptions.builder(out)
            .lineEnd("\n")
            .header(true)
            .quoteAllFields(true)
            .ignoreLeadingWhitespaces(false)
            .ignoreTrailingWhitespaces(false)
            .build();
    new CsvWriter().write(table, options);
  }
}
