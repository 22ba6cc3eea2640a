package org.refrain.reports.render;

import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.io.csv.CsvWriteOptions;
import tech.tablesaw.io.csv.CsvWriter;

/**
 * Renders a table as CSV with Tablesaw's writer: a header row, comma separated, {@code \n} line
 * ends, every field quoted and embedded quotes doubled (RFC 4180), missing values as {@code ""}.
 * Quoting every field is deliberate: Tablesaw's writer does not quote a field whose only special
 * character is an inner quote ({@code the "Council"}), which other CSV readers then misread.
 *
 * <p>Text is neutralised against formula injection, as OWASP's "CSV Injection" advice has it: a
 * spreadsheet opening the file reads a cell that starts with {@code =}, {@code +}, {@code -}, an at
 * sign, a tab or a carriage return as a formula, and a letter is untrusted input (a signatory named
 * {@code =HYPERLINK("http://x","click")}). Such a cell of a text ({@link StringColumn}) column, and
 * such a column name (letter ids become column names), is written with a single quote in front
 * ({@code "'=SUM(A1:A9)"}), which spreadsheets show as text; quoting then applies as usual. Cells
 * of other columns are never changed: numeric columns hold numbers (a keyness of {@code -0.52} must
 * stay one), and dates and booleans cannot start with those characters. Nor is a text cell that is
 * a plain number ({@code -12}, {@code -0.5}, {@code +3}, {@code 1e-5}): it cannot hold a formula,
 * and a reader taking the column as numbers still can. A table with nothing to neutralise is
 * written exactly as before, and without a copy.
 */
public final class CsvRenderer {

  /** Characters that make a spreadsheet read a cell as a formula when they come first. */
  private static final String FORMULA_STARTS = "=+-@\t\r";

  /** A number as spreadsheets read one: optional sign, digits, fraction, exponent; nothing else. */
  private static final Pattern PLAIN_NUMBER =
      Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");

  private CsvRenderer() {}

  public static String render(Table table) {
    StringWriter out = new StringWriter();
    write(table, out);
    return out.toString();
  }

  /** Writes {@code table} as CSV to {@code out}, as {@link #render} gives it, without a copy. */
  public static void write(Table table, Writer out) {
    CsvWriteOptions.Builder options =
        CsvWriteOptions.builder(out)
            .lineEnd("\n")
            .header(true)
            .quoteAllFields(true)
            .ignoreLeadingWhitespaces(false)
            .ignoreTrailingWhitespaces(false);
    Map<String, String> names = neutralisedNames(table);
    if (!names.isEmpty()) {
      options.transformColumnNames(names);
    }
    new CsvWriter().write(neutralised(table), options.build());
  }

  /**
   * {@code text} as it may go into a CSV cell: with a single quote in front when a spreadsheet
   * would read it as a formula, else unchanged.
   */
  public static String neutralise(String text) {
    return needsNeutralising(text) ? "'" + text : text;
  }

  private static boolean needsNeutralising(String text) {
    return text != null
        && !text.isEmpty()
        && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0
        && !PLAIN_NUMBER.matcher(text).matches();
  }

  /** The column names to write differently, old name to new; empty when none. */
  private static Map<String, String> neutralisedNames(Table table) {
    Map<String, String> names = new LinkedHashMap<>();
    for (String name : table.columnNames()) {
      if (needsNeutralising(name)) {
        names.put(name, neutralise(name));
      }
    }
    return names;
  }

  /**
   * {@code table} itself when no text cell needs neutralising, else a table sharing its other
   * columns and holding neutralised copies of the text columns that need it.
   */
  private static Table neutralised(Table table) {
    List<Column<?>> columns = new ArrayList<>(table.columnCount());
    boolean changed = false;
    for (Column<?> column : table.columns()) {
      if (column instanceof StringColumn text && anyNeedsNeutralising(text)) {
        columns.add(neutralised(text));
        changed = true;
      } else {
        columns.add(column);
      }
    }
    return changed ? Table.create(table.name(), columns) : table;
  }

  private static boolean anyNeedsNeutralising(StringColumn column) {
    for (int row = 0; row < column.size(); row++) {
      if (needsNeutralising(column.get(row))) {
        return true;
      }
    }
    return false;
  }

  private static StringColumn neutralised(StringColumn column) {
    StringColumn copy = StringColumn.create(column.name());
    for (int row = 0; row < column.size(); row++) {
      // A missing cell is "", which stays "": still missing.
      copy.append(neutralise(column.get(row)));
    }
    return copy;
  }
}
