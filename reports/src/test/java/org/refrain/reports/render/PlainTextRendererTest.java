package org.refrain.reports.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class PlainTextRendererTest {

  @Test
  void alignsTextLeftAndNumbersRight() {
    Table table =
        Table.create(
            "t",
            StringColumn.create("id", "a#1", "long-id#2"),
            IntColumn.create("words", 5, 1234),
            StringColumn.create("venue", "HRC 43", "UNGA"));
    String expected =
        """
        id         words  venue
        ---------  -----  ------
        a#1            5  HRC 43
        long-id#2   1234  UNGA
        """;
    assertEquals(expected, PlainTextRenderer.render(table));
  }

  @Test
  void missingValuesAreBlankAndLineBreaksFlattened() {
    IntColumn orgs = IntColumn.create("orgs");
    orgs.append((Integer) null);
    Table table =
        Table.create(
            "t",
            StringColumn.create("addressee", "Line one\n  line two"),
            orgs,
            StringColumn.create("venue", ""));
    String expected =
        """
        addressee          orgs  venue
        -----------------  ----  -----
        Line one line two
        """;
    assertEquals(expected, PlainTextRenderer.render(table));
  }

  @Test
  void emptyTableIsHeaderAndRule() {
    Table table = Table.create("t", StringColumn.create("id"), IntColumn.create("n"));
    assertEquals("id  n\n--  -\n", PlainTextRenderer.render(table));
  }

  @Test
  void numbersDoNotDependOnTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("ar-EG"));
      Table table = Table.create("t", IntColumn.create("n", new int[] {1234567}));
      assertTrue(
          PlainTextRenderer.render(table).contains("1234567"), PlainTextRenderer.render(table));
    } finally {
      Locale.setDefault(saved);
    }
  }
}
