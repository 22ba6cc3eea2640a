package org.refrain.reports.table;

import java.util.List;
import org.refrain.analysis.language.DistinctiveTerms.Distinctive;
import org.refrain.analysis.language.TermForms;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The distinctive terms of each letter against the rest of the corpus: {@code letter, source,
 * index, date, rank, term, lemma}, then the keyness figures with A the letter and B the rest.
 */
public final class DistinctiveTable {

  private DistinctiveTable() {}

  public static Table of(List<Distinctive> rows, TermForms forms) {
    LetterColumns letter = new LetterColumns();
    IntColumn rank = IntColumn.create("rank");
    StringColumn term = StringColumn.create("term");
    StringColumn lemma = StringColumn.create("lemma");
    KeynessTable.KeyColumns key = new KeynessTable.KeyColumns();
    for (Distinctive row : rows) {
      letter.append(row.letter().letter().letter());
      rank.append(row.rank());
      term.append(forms.form(row.term().term()));
      lemma.append(row.term().term());
      key.append(row.term());
    }
    return Tables.of("distinctive terms", letter.columns(), rank, term, lemma, key.columns());
  }
}
