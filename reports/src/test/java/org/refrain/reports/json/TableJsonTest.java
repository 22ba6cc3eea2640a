package org.refrain.reports.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

class TableJsonTest {

  /** Tables with empty cells, doubles, ints, non-ASCII text and characters JSON escapes. */
  static List<Table> tables() {
    Table mixed =
        Table.create(
            "mixed",
            StringColumn.create(
                "letter",
                "a#1",
                "",
                "ç#2",
                "Nguyễn \"Văn\"\\A",
                "line\nbreak\ttab\u0001",
                "日本語 ✊🏽"),
            IntColumn.create("index", 1, 0, -7, Integer.MAX_VALUE, 42, Integer.MIN_VALUE),
            DoubleColumn.create("share", 0.1, 1.0 / 3, 1e-7, 12345678.9, 0.0, Double.NaN),
            StringColumn.create("note", "", "", "é", "", "x", ""));
    Table empty =
        Table.create(
            "empty",
            StringColumn.create("letter"),
            IntColumn.create("n"),
            DoubleColumn.create("d"));
    Table noColumns = Table.create("none");
    Table oneCell = Table.create("one", StringColumn.create("only", ""));
    return List.of(mixed, empty, noColumns, oneCell);
  }

  @Test
  void streamingGivesTheBytesOfTheTreeForEveryTable() throws IOException {
    for (Table table : tables()) {
      String tree = treeJson(table);
      StringWriter out = new LeftOpen();
      TableJson.write(table, out);
      assertEquals(tree, out.toString(), table.name());
      assertEquals(tree, TableJson.write(table), table.name());
    }
  }

  @Test
  void recordsFollowTheContract() throws IOException {
    String json = TableJson.write(tables().get(0));
    assertEquals(
        "[\n  {\n    \"letter\": \"a#1\",\n    \"index\": 1,\n    \"share\": 0.1,\n"
            + "    \"note\": null\n  },",
        json.substring(0, json.indexOf("},") + 2));
    assertEquals(6, new ObjectMapper().readTree(json).size());
    assertEquals("[]\n", TableJson.write(tables().get(1)));
    assertEquals("[\n  {\n    \"only\": null\n  }\n]\n", TableJson.write(tables().get(3)));
  }

  /** A writer that fails if it is closed: a writer handed to a JSON writer stays the caller's. */
  static final class LeftOpen extends StringWriter {
    @Override
    public void close() {
      throw new AssertionError("the writer was closed");
    }
  }

  /** What {@link TableJson#write(Table)} gave before it streamed: a tree, written whole. */
  static String treeJson(Table table) throws IOException {
    return new ObjectMapper().writer(LetterJson.prettyPrinter()).writeValueAsString(tree(table))
        + "\n";
  }

  /** The records of {@code table}, built as a tree. */
  static ArrayNode tree(Table table) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
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
    return array;
  }
}
