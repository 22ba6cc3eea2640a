package org.refrain.reports.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Writes a table as a JSON array with one record per row, fields named and ordered as the table's
 * columns: numbers as numbers, text as strings, an empty text cell as null. Tables about letters
 * start with {@code letter, source, index, date}, so every record names its letter as {@code
 * refrain letters --json} does.
 */
public final class TableJson {

  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private TableJson() {}

  /** The table's records, pretty-printed, ending with a line break. */
  public static String write(Table table) {
    StringWriter out = new StringWriter();
    try {
      write(table, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + table.name() + " as JSON", e);
    }
    return out.toString();
  }

  /**
   * Streams the table's records to {@code out}, one row at a time, as {@link #write(Table)} gives
   * them: no copy of the text is held, so a table of any size can be written. {@code out} is left
   * open.
   */
  public static void write(Table table, Writer out) throws IOException {
    write(table, out, LetterJson.prettyPrinter());
    out.write("\n");
  }

  /**
   * Streams the records with {@code printer}, without the closing line break: {@link ReportJson}
   * writes them indented as a value nested in report.json.
   */
  static void write(Table table, Writer out, PrettyPrinter printer) throws IOException {
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.setPrettyPrinter(printer);
      json.writeStartArray();
      for (Row row : table) {
        json.writeStartObject();
        for (Column<?> column : table.columns()) {
          String name = column.name();
          ColumnType type = column.type();
          json.writeFieldName(name);
          if (type == ColumnType.INTEGER) {
            json.writeNumber(row.getInt(name));
          } else if (type == ColumnType.DOUBLE) {
            json.writeNumber(row.getDouble(name));
          } else {
            String text = row.getString(name);
            if (text.isEmpty()) {
              json.writeNull();
            } else {
              json.writeString(text);
            }
          }
        }
        json.writeEndObject();
      }
      json.writeEndArray();
    }
  }
}
