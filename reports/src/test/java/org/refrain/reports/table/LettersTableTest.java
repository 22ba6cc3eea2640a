package org.refrain.reports.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.refrain.corpus.Letter;
import org.refrain.corpus.LetterCopy;
import org.refrain.corpus.claim.Counts;
import org.refrain.corpus.metadata.LetterDate;
import org.refrain.corpus.metadata.Venue;
import org.refrain.reports.TestLetters;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

class LettersTableTest {

  @Test
  void columnsAreTheOverviewInOrder() {
    Table table = LettersTable.of(List.of(TestLetters.full()));
    assertEquals(
        List.of(
            "id",
            "source",
            "kind",
            "date",
            "venue",
            "addressee",
            "words",
            "orgs",
            "persons",
            "claim check"),
        table.columnNames());
    assertEquals(LettersTable.COLUMNS, table.columnNames());
  }

  @Test
  void rowHoldsTheLettersValues() {
    Letter letter = TestLetters.full();
    Table table = LettersTable.of(List.of(letter));
    assertEquals(1, table.rowCount());
    assertEquals("2020-02-21_hrc43_letter-to-president-moon#1", table.getString(0, "id"));
    assertEquals("2020-02-21_hrc43_letter-to-president-moon.txt", table.getString(0, "source"));
    assertEquals("letter", table.getString(0, "kind"));
    assertEquals("2020-02-21", table.getString(0, "date"));
    assertEquals("HRC 43", table.getString(0, "venue"));
    assertEquals(letter.addressee(), table.getString(0, "addressee"));
    assertEquals(letter.words(), table.intColumn("words").get(0));
    assertEquals(2, table.intColumn("orgs").get(0));
    assertEquals(1, table.intColumn("persons").get(0));
    assertEquals("consistent", table.getString(0, "claim check"));
  }

  @Test
  void aLetterReadFromSeveralFilesNamesEveryFile() {
    Letter merged =
        TestLetters.full().withCopies(List.of(LetterCopy.of(TestLetters.bare("repost.html", 1))));
    Table table = LettersTable.of(List.of(merged));
    assertEquals(
        "2020-02-21_hrc43_letter-to-president-moon.txt; repost.html", table.getString(0, "source"));
  }

  @Test
  void absentValuesAreMissingCells() {
    Letter bare =
        TestLetters.builder("x.txt", 1)
            .paragraph("Text.")
            .listed(new Counts(null, null, null, null))
            .build();
    Table table = LettersTable.of(List.of(bare));
    assertEquals("", table.getString(0, "date"));
    assertEquals("", table.getString(0, "venue"));
    assertEquals("", table.getString(0, "addressee"));
    IntColumn orgs = table.intColumn("orgs");
    assertTrue(orgs.isMissing(0));
    assertEquals("", orgs.getString(0));
    assertEquals("not-checkable", table.getString(0, "claim check"));
  }

  @Test
  void rowsAreOrderedByIdWithNumericIndex() {
    List<Letter> letters =
        List.of(
            TestLetters.bare("b.txt", 1),
            TestLetters.bare("a.txt", 10),
            TestLetters.bare("a.txt", 2));
    Table table = LettersTable.of(letters);
    assertEquals(List.of("a#2", "a#10", "b#1"), table.stringColumn("id").asList());
  }

  @Test
  void monthPrecisionDateShowsYearAndMonth() {
    Letter letter =
        TestLetters.builder("m.txt", 1)
            .paragraph("Text.")
            .date(
                new LetterDate(
                    LocalDate.of(2020, 10, 1),
                    LetterDate.Precision.MONTH,
                    LetterDate.Source.INFERRED,
                    "October 2020"))
            .venue(new Venue("UNGA", 75, true, "75th session"))
            .build();
    Table table = LettersTable.of(List.of(letter));
    assertEquals("2020-10", table.getString(0, "date"));
    assertEquals("UNGA 75 (inferred)", table.getString(0, "venue"));
  }
}
