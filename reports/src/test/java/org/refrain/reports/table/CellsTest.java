package org.refrain.reports.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A cell on one line is what collapsing white space with the regex gave, without the regex. */
class CellsTest {

  @Test
  void oneLineCollapsesEveryRunOfWhiteSpaceAsTheRegexDid() {
    for (String s :
        List.of(
            "plain words",
            "two  spaces",
            "line\nbreak",
            " lead and trail ",
            "tab\there",
            "\r\n",
            "vt\u000Bff\u000C",
            "nbsp\u00a0stays",
            "",
            " ",
            "  ",
            "end ")) {
      assertEquals(s.replaceAll("\\s+", " "), Cells.oneLine(s), s);
    }
  }

  @Test
  void aCellAlreadyOnOneLineIsNotCopied() {
    String cell = "We urge the Council to renew the mandate.";
    assertSame(cell, Cells.oneLine(cell));
  }
}
