package org.refrain.reports.table;

import org.refrain.corpus.Letter;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;

/**
 * The columns that name a letter in every table about letters: {@code letter} (its id), {@code
 * source}, {@code index} and {@code date}, as in {@code refrain letters --json}.
 */
final class LetterColumns {

  static final String LETTER = "letter";
  static final String SOURCE = "source";
  static final String INDEX = "index";
  static final String DATE = "date";

  private final StringColumn letter = StringColumn.create(LETTER);
  private final StringColumn source = StringColumn.create(SOURCE);
  private final IntColumn index = IntColumn.create(INDEX);
  private final StringColumn date = StringColumn.create(DATE);

  void append(Letter l) {
    letter.append(l.id());
    source.append(l.source());
    index.append(l.index());
    date.append(l.date() == null ? "" : l.date().iso());
  }

  Column<?>[] columns() {
    return new Column<?>[] {letter, source, index, date};
  }
}
