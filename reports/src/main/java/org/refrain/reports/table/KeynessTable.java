package org.refrain.reports.table;

import java.util.List;
import org.refrain.analysis.language.KeyTerm;
import org.refrain.analysis.language.KeynessComparison;
import org.refrain.analysis.language.TermForms;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The key terms of group A against group B: {@code term, lemma, overused_in} (A or B), {@code
 * count_a, per_1000_a, count_b, per_1000_b, g2, p, log_ratio}.
 */
public final class KeynessTable {

  private KeynessTable() {}

  public static Table of(KeynessComparison comparison, TermForms forms) {
    return of(comparison.terms(), forms, "keyness");
  }

  static Table of(List<KeyTerm> terms, TermForms forms, String name) {
    StringColumn term = StringColumn.create("term");
    StringColumn lemma = StringColumn.create("lemma");
    StringColumn overusedIn = StringColumn.create("overused_in");
    KeyColumns key = new KeyColumns();
    for (KeyTerm t : terms) {
      term.append(forms.form(t.term()));
      lemma.append(t.term());
      overusedIn.append(t.overusedIn());
      key.append(t);
    }
    return Tables.of(name, term, lemma, overusedIn, key.columns());
  }

  /** One line describing the comparison, for the top of a plain-text listing. */
  public static String describe(KeynessComparison c, double maxP, int minCount) {
    return String.format(
        java.util.Locale.ROOT,
        "A: %s (%s, %d words)  B: %s (%s, %d words)  key when p <= %s and count >= %d%n",
        c.labelA(),
        plural(c.lettersA().size()),
        c.wordsA(),
        c.labelB(),
        plural(c.lettersB().size()),
        c.wordsB(),
        maxP,
        minCount);
  }

  private static String plural(int n) {
    return n + (n == 1 ? " letter" : " letters");
  }

  /** The figures of a key term, shared with the distinctive-terms table. */
  static final class KeyColumns {
    final IntColumn countA = IntColumn.create("count_a");
    final DoubleColumn rateA = DoubleColumn.create("per_1000_a");
    final IntColumn countB = IntColumn.create("count_b");
    final DoubleColumn rateB = DoubleColumn.create("per_1000_b");
    final DoubleColumn g2 = DoubleColumn.create("g2");
    final DoubleColumn p = DoubleColumn.create("p");
    final DoubleColumn logRatio = DoubleColumn.create("log_ratio");

    void append(KeyTerm t) {
      countA.append(t.countA());
      rateA.append(Cells.round(t.perThousandA(), 2));
      countB.append(t.countB());
      rateB.append(Cells.round(t.perThousandB(), 2));
      g2.append(Cells.round(t.g2(), 2));
      p.append(Cells.significant(t.p()));
      logRatio.append(Cells.round(t.logRatio(), 2));
    }

    tech.tablesaw.columns.Column<?>[] columns() {
      return new tech.tablesaw.columns.Column<?>[] {countA, rateA, countB, rateB, g2, p, logRatio};
    }
  }
}
