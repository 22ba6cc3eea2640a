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
  void controlCharactersNeverReachTheTerminal() {
    Table table =
        Table.create(
            "t", StringColumn.create("name", "\u001B[2J\u001B]0;x\u0007Evil\u0000\u009B\u007F"));
    String out = PlainTextRenderer.render(table);
    assertTrue(out.contains("\uFFFD[2J\uFFFD]0;x\uFFFDEvil\uFFFD\uFFFD\uFFFD"), out);
    assertTrue(out.chars().noneMatch(c -> c < 0x20 && c != '\n' || c >= 0x7F && c <= 0x9F), out);
    assertEquals("a\tb\n", TerminalText.visible("a\tb\n"));
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
