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
    CsvWriteOptions options =
        CsvWriteOptions.builder(out)
            .lineEnd("\n")
            .header(true)
            .quoteAllFields(true)
            .ignoreLeadingWhitespaces(false)
            .ignoreTrailingWhitespaces(false)
            .build();
    new CsvWriter().write(table, options);
    return out.toString();
  }
}
