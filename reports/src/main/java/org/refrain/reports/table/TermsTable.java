package org.refrain.reports.table;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.refrain.analysis.language.TermForms;
import org.refrain.analysis.language.TermFrequency;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Term frequency tables: by letter ({@code letter, source, index, date, term, lemma, n, count,
 * words, per_1000}) or by year ({@code year, term, lemma, n, count, words, per_1000, letters}).
 * {@code term} is the commonest written form, {@code lemma} the key counted; {@code per_1000} is
 * per 1,000 words of the group. Rows keep the order given (group, then count descending).
 */
public final class TermsTable {

  /**
   * The most letters the report lists every term of each year and letter for (some 600 rows a
   * letter, 64 MB of CSV at 1,000 letters, nine rows in ten used once); past it, the report keeps
   * terms used at least {@link #MIN_COUNT} times, and each letter's {@link #TOP_PER_LETTER}
   * commonest of those.
   */
  public static final int ALL_TERMS_LIMIT = 100;

  /** Terms per letter in the report past {@link #ALL_TERMS_LIMIT} letters. */
  public static final int TOP_PER_LETTER = 100;

  /** Fewest uses in the year or letter for a term to be listed past {@link #ALL_TERMS_LIMIT}. */
  public static final int MIN_COUNT = 2;

  private TermsTable() {}

  /** Per letter, at most {@code top} terms per letter (0: all). */
  public static Table byLetter(List<TermFrequency> rows, TermForms forms, int top) {
    LetterColumns letter = new LetterColumns();
    Columns c = new Columns();
    for (TermFrequency row : limit(rows, top)) {
      letter.append(row.letter());
      c.append(row, forms);
    }
    return Tables.of(
        "terms by letter", letter.columns(), c.term, c.lemma, c.n, c.count, c.words, c.rate);
  }

  /** Per year (or other group), at most {@code top} terms per group (0: all). */
  public static Table byGroup(List<TermFrequency> rows, TermForms forms, int top, String group) {
    StringColumn label = StringColumn.create(group);
    IntColumn letters = IntColumn.create("letters");
    Columns c = new Columns();
    for (TermFrequency row : limit(rows, top)) {
      label.append(row.group());
      letters.append(row.letters());
      c.append(row, forms);
    }
    return Table.create(
        "terms by " + group, label, c.term, c.lemma, c.n, c.count, c.words, c.rate, letters);
  }

  private static List<TermFrequency> limit(List<TermFrequency> rows, int top) {
    if (top <= 0) {
      return rows;
    }
    Map<String, Integer> seen = new HashMap<>();
    return rows.stream().filter(r -> seen.merge(r.group(), 1, Integer::sum) <= top).toList();
  }

  private static final class Columns {
    final StringColumn term = StringColumn.create("term");
    final StringColumn lemma = StringColumn.create("lemma");
    final IntColumn n = IntColumn.create("n");
    final IntColumn count = IntColumn.create("count");
    final IntColumn words = IntColumn.create("words");
    final DoubleColumn rate = DoubleColumn.create("per_1000");

    void append(TermFrequency row, TermForms forms) {
      term.append(forms.form(row.term()));
      lemma.append(row.term());
      n.append(row.n());
      count.append(row.count());
      words.append(row.words());
      rate.append(Cells.round(row.perThousand(), 2));
    }
  }
}
