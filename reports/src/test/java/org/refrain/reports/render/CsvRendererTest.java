package org.refrain.reports.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

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
}
