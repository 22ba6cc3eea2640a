package org.refrain.reports.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
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

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private TableJson() {}

  public static String write(Table table) {
    ArrayNode array = NODES.arrayNode();
    for (Row row : table) {
      ObjectNode node = array.addObject();
      for (Column<?> column : table.columns()) {
        String name = column.name();
        ColumnType type = column.type();
        if (type == ColumnType.INTEGER) {
          node.put(name, row.getInt(name));
        } else if (type == ColumnType.DOUBLE) {
          node.put(name, row.getDouble(name));
        } else {
          String text = row.getString(name);
          node.put(name, text.isEmpty() ? null : text);
        }
      }
    }
    try {
      return new ObjectMapper().writer(LetterJson.prettyPrinter()).writeValueAsString(array) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write " + table.name() + " as JSON", e);
    }
  }
}
