package org.refrain.reports.table;

import java.util.List;
import org.refrain.analysis.language.Collocate;
import org.refrain.analysis.language.Collocation;
import org.refrain.analysis.language.KwicLine;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Tables of where a term occurs. The concordance: {@code letter, source, index, date, sentence,
 * start, end, left, match, right} (sentence 1-based, start and end the match's span in the letter
 * text). The collocates: {@code collocate, together, left, right, frequency, log_likelihood, mi}.
 */
public final class ConcordanceTable {

  private ConcordanceTable() {}

  public static Table kwic(List<KwicLine> lines) {
    LetterColumns letter = new LetterColumns();
    IntColumn sentence = IntColumn.create("sentence");
    IntColumn start = IntColumn.create("start");
    IntColumn end = IntColumn.create("end");
    StringColumn left = StringColumn.create("left");
    StringColumn match = StringColumn.create("match");
    StringColumn right = StringColumn.create("right");
    for (KwicLine line : lines) {
      letter.append(line.letter().letter());
      sentence.append(line.sentence() + 1);
      start.append(line.span().start());
      end.append(line.span().end());
      left.append(line.left());
      match.append(line.match());
      right.append(line.right());
    }
    return Tables.of("kwic", letter.columns(), sentence, start, end, left, match, right);
  }

  public static Table collocates(Collocation collocation, int top) {
    StringColumn term = StringColumn.create("collocate");
    IntColumn together = IntColumn.create("together");
    IntColumn left = IntColumn.create("left");
    IntColumn right = IntColumn.create("right");
    IntColumn frequency = IntColumn.create("frequency");
    DoubleColumn ll = DoubleColumn.create("log_likelihood");
    DoubleColumn mi = DoubleColumn.create("mi");
    List<Collocate> rows = collocation.collocates();
    for (Collocate c : top > 0 ? rows.subList(0, Math.min(top, rows.size())) : rows) {
      term.append(c.term());
      together.append(c.together());
      left.append(c.left());
      right.append(c.right());
      frequency.append(c.frequency());
      ll.append(Cells.round(c.logLikelihood(), 2));
      mi.append(Cells.round(c.mutualInformation(), 2));
    }
    return Tables.of("collocates", term, together, left, right, frequency, ll, mi);
  }
}
