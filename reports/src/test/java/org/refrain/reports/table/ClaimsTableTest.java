package org.refrain.reports.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.refrain.corpus.Letter;
import org.refrain.corpus.claim.ClaimCheck;
import org.refrain.corpus.claim.Counts;
import org.refrain.reports.TestLetters;
import tech.tablesaw.api.Table;

class ClaimsTableTest {

  @Test
  void columnsAreClaimedThenListedThenVerdict() {
    Table table = ClaimsTable.of(List.of(TestLetters.full()));
    assertEquals(ClaimsTable.COLUMNS, table.columnNames());
    assertEquals(
        List.of(
            "id",
            "claimed orgs",
            "claimed persons",
            "claimed total",
            "claimed countries",
            "listed orgs",
            "listed persons",
            "listed total",
            "listed countries",
            "verdict",
            "detail",
            "evidence"),
        table.columnNames());
  }

  @Test
  void claimedFieldsNotStatedAreMissingAndListedAreCounted() {
    Letter letter = TestLetters.full();
    Table table = ClaimsTable.of(List.of(letter));
    assertEquals(2, table.intColumn("claimed orgs").get(0));
    assertEquals(1, table.intColumn("claimed persons").get(0));
    assertTrue(table.intColumn("claimed total").isMissing(0));
    assertTrue(table.intColumn("claimed countries").isMissing(0));
    assertEquals(2, table.intColumn("listed orgs").get(0));
    assertEquals(1, table.intColumn("listed persons").get(0));
    assertEquals(3, table.intColumn("listed total").get(0));
    assertEquals(1, table.intColumn("listed countries").get(0));
    assertEquals("consistent", table.getString(0, "verdict"));
    assertEquals("organizations 2 = 2; individuals 1 = 1", table.getString(0, "detail"));
    assertEquals(letter.claimEvidence(), table.getString(0, "evidence"));
  }

  @Test
  void inconsistentVerdictAndMissingEvidence() {
    Letter letter =
        TestLetters.builder("i.txt", 1)
            .paragraph("Text.")
            .claimed(new Counts(28, null, null, null))
            .listed(new Counts(27, 0, 27, 5))
            .claimCheck(new ClaimCheck(ClaimCheck.Status.INCONSISTENT, "organizations 28 != 27"))
            .build();
    Table table = ClaimsTable.of(List.of(letter, TestLetters.bare("a.txt", 1)));
    assertEquals(List.of("a#1", "i#1"), table.stringColumn("id").asList());
    assertEquals("inconsistent", table.getString(1, "verdict"));
    assertEquals("organizations 28 != 27", table.getString(1, "detail"));
    assertEquals("", table.getString(1, "evidence"));
    assertEquals("not-checkable", table.getString(0, "verdict"));
  }
}
