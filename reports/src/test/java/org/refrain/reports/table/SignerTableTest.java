package org.refrain.reports.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.refrain.analysis.coalition.Coalition;
import org.refrain.analysis.signatory.SignatoryResolver;
import org.refrain.corpus.CorpusReader;
import org.refrain.corpus.Letter;
import tech.tablesaw.api.Table;

/** Who signed which letter: the long form and the wide matrix say the same, on the sample. */
class SignerTableTest {

  private static final Coalition SAMPLE =
      Coalition.of(
          SignatoryResolver.create().resolve(CorpusReader.create().readBundled().letters()));

  @Test
  void theLongFormHasARowForEveryCellOfTheMatrix() {
    List<String> ids = SAMPLE.letters().stream().map(Letter::id).toList();
    Table wide = SignerTable.presence(SAMPLE, ids);
    List<String> cells = new ArrayList<>();
    for (int row = 0; row < wide.rowCount(); row++) {
      for (String id : ids) {
        if (wide.stringColumn(id).get(row).equals("x")) {
          cells.add(wide.stringColumn("entity").get(row) + " " + id);
        }
      }
    }
    Table signed = SignerTable.signed(SAMPLE);
    List<String> rows = new ArrayList<>();
    for (int row = 0; row < signed.rowCount(); row++) {
      rows.add(
          signed.stringColumn("entity").get(row) + " " + signed.stringColumn("letter").get(row));
    }
    assertFalse(rows.isEmpty());
    assertEquals(cells, rows);
  }
}
