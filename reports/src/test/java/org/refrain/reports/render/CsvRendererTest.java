package org.refrain.reports.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.refrain.reports.TestLetters;
import org.refrain.reports.table.LettersTable;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvWriteOptions;
import tech.tablesaw.io.csv.CsvWriter;

class CsvRendererTest {

  @Test
  void quotesEveryFieldDoublesInnerQuotesAndLeavesMissingEmpty() {
    IntColumn orgs = IntColumn.create("orgs");
    orgs.append(28);
    orgs.append((Integer) null);
    Table table =
        Table.create(
            "t",
            StringColumn.create("id", "a#1", "b#1"),
            StringColumn.create("addressee", "Moon, President", "the \"Council\""),
            orgs,
            StringColumn.create("claim check", "consistent", ""));
    String expected =
        "\"id\",\"addressee\",\"orgs\",\"claim check\"\n"
            + "\"a#1\",\"Moon, President\",\"28\",\"consistent\"\n"
            + "\"b#1\",\"the \"\"Council\"\"\",\"\",\"\"\n";
    assertEquals(expected, CsvRenderer.render(table));
  }

  @Test
  void textStartingWithAFormulaCharacterGetsAQuoteInFront() {
    Table table =
        Table.create(
            "t",
            StringColumn.create(
                "signatory",
                "=SUM(A1:A9)",
                "+cmd|' /C calc'!A0",
                "-2+3",
                "@SUM(1+1)",
                "\tindented",
                "\rreturn",
                "Amnesty = hope"));
    String expected =
        "\"signatory\"\n"
            + "\"'=SUM(A1:A9)\"\n"
            + "\"'+cmd|' /C calc'!A0\"\n"
            + "\"'-2+3\"\n"
            + "\"'@SUM(1+1)\"\n"
            + "\"'\tindented\"\n"
            + "\"'\rreturn\"\n"
            + "\"Amnesty = hope\"\n";
    assertEquals(expected, CsvRenderer.render(table));
  }

  @Test
  void aHyperlinkFormulaIsNeutralisedAndStillQuotedAsCsv() {
    Table table =
        Table.create("t", StringColumn.create("name", "=HYPERLINK(\"http://x\",\"click\")"));
    assertEquals(
        "\"name\"\n\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\"\n", CsvRenderer.render(table));
  }

  @Test
  void numbersAreLeftAsTheyAre() {
    DoubleColumn logRatio = DoubleColumn.create("log_ratio", -0.52, 1.5);
    IntColumn delta = IntColumn.create("delta", -12, 3);
    StringColumn asText = StringColumn.create("change", "-12", "-0.5");
    StringColumn signed = StringColumn.create("shown", "+3", "-1e-5");
    Table table = Table.create("t", logRatio, delta, asText, signed);
    String expected =
        "\"log_ratio\",\"delta\",\"change\",\"shown\"\n"
            + "\"-0.52\",\"-12\",\"-12\",\"+3\"\n"
            + "\"1.5\",\"3\",\"-0.5\",\"-1e-5\"\n";
    assertEquals(expected, CsvRenderer.render(table));
  }

  @Test
  void almostNumbersAreText() {
    Table table =
        Table.create("t", StringColumn.create("cell", "-", "-1,234", "-12 organisations"));
    assertEquals(
        "\"cell\"\n\"'-\"\n\"'-1,234\"\n\"'-12 organisations\"\n", CsvRenderer.render(table));
  }

  @Test
  void columnNamesAreNeutralisedToo() {
    // Letter ids come from file names and become column names in the letter-by-letter tables.
    Table table =
        Table.create("t", StringColumn.create("=cmd", "x"), IntColumn.create("n", new int[] {1}));
    assertEquals("\"'=cmd\",\"n\"\n\"x\",\"1\"\n", CsvRenderer.render(table));
  }

  @Test
  void neutralisingLeavesTheTableItRendersUnchanged() {
    StringColumn names = StringColumn.create("name", "=1+1");
    Table table = Table.create("t", names);
    CsvRenderer.render(table);
    assertEquals("=1+1", table.stringColumn("name").get(0));
    assertEquals(List.of("name"), table.columnNames());
  }

  @Test
  void anOrdinaryTableIsWrittenByteForByteAsTablesawWritesIt() {
    Table table = LettersTable.of(List.of(TestLetters.full(), TestLetters.bare("b.txt", 1)));
    StringWriter plain = new StringWriter();
    new CsvWriter()
        .write(
            table,
            CsvWriteOptions.builder(plain)
                .lineEnd("\n")
                .header(true)
                .quoteAllFields(true)
                .ignoreLeadingWhitespaces(false)
                .ignoreTrailingWhitespaces(false)
                .build());
    assertEquals(plain.toString(), CsvRenderer.render(table));
  }
}
