package org.refrain.reports.table;

import java.util.List;
import java.util.stream.Collectors;
import org.refrain.analysis.reuse.ReuseCoverage;
import org.refrain.analysis.reuse.ReuseCoverage.Similarity;
import org.refrain.analysis.reuse.ReuseFamily;
import org.refrain.analysis.reuse.ReusePassage;
import org.refrain.corpus.Letter;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Tables of reused passages: the families, every copy, each letter's most similar letters, and the
 * letter-by-letter matrix for small corpora.
 */
public final class ReuseTable {

  /**
   * The most letters the letter-by-letter matrix is built for: its cells grow with the square of
   * the letters (a million at 1,000 letters), and past a hundred columns no one reads it; larger
   * corpora get each letter's most similar letters ({@link #nearest}) only.
   */
  public static final int MATRIX_LIMIT = 100;

  private ReuseTable() {}

  /**
   * One row per family, largest first: id, label, letters, copies, words of the representative,
   * first and last date, the inferred source, the letters tied with it, and the representative
   * text.
   */
  public static Table families(List<ReuseFamily> families) {
    StringColumn id = StringColumn.create("family");
    StringColumn label = StringColumn.create("label");
    IntColumn letters = IntColumn.create("letters");
    IntColumn copies = IntColumn.create("copies");
    IntColumn words = IntColumn.create("words");
    StringColumn first = StringColumn.create("first");
    StringColumn last = StringColumn.create("last");
    StringColumn source = StringColumn.create("source_letter");
    StringColumn tied = StringColumn.create("tied_with");
    StringColumn text = StringColumn.create("text");
    for (ReuseFamily family : families) {
      id.append(family.id());
      label.append(family.label().label());
      letters.append(family.letters().size());
      copies.append(family.members().size());
      words.append(family.representative().size());
      first.append(family.first().map(Object::toString).orElse(""));
      last.append(family.last().map(Object::toString).orElse(""));
      source.append(family.source().letter().id());
      tied.append(
          family.tiedSources().stream()
              .map(p -> p.letter().id())
              .distinct()
              .collect(Collectors.joining("; ")));
      text.append(Cells.oneLine(family.text()));
    }
    return Tables.of(
        "reuse families", id, label, letters, copies, words, first, last, source, tied, text);
  }

  /** One row per copy: its family, its letter, its character span, its words and its text. */
  public static Table members(List<ReuseFamily> families) {
    StringColumn id = StringColumn.create("family");
    LetterColumns letter = new LetterColumns();
    IntColumn start = IntColumn.create("start");
    IntColumn end = IntColumn.create("end");
    IntColumn words = IntColumn.create("words");
    StringColumn text = StringColumn.create("text");
    for (ReuseFamily family : families) {
      for (ReusePassage copy : family.members()) {
        id.append(family.id());
        letter.append(copy.letter());
        start.append(copy.span().start());
        end.append(copy.span().end());
        words.append(copy.size());
        text.append(Cells.oneLine(copy.text()));
      }
    }
    return Tables.of("reuse copies", id, letter.columns(), start, end, words, text);
  }

  /**
   * One row per letter and one of its most similar letters, in the order given: the letter, the
   * other, the letter's words in passages shared with the other, and their share of its words,
   * rounded to three decimals.
   */
  public static Table nearest(List<Similarity> rows) {
    StringColumn letter = StringColumn.create(LetterColumns.LETTER);
    StringColumn other = StringColumn.create("other");
    IntColumn shared = IntColumn.create("shared_words");
    DoubleColumn share = DoubleColumn.create("share");
    for (Similarity row : rows) {
      letter.append(row.letter());
      other.append(row.other());
      shared.append(row.sharedWords());
      share.append(Cells.round(row.share(), 3));
    }
    return Tables.of("similar letters", letter, other, shared, share);
  }

  /**
   * The share of each row letter's words in passages it shares with each column letter, rounded to
   * three decimals; the diagonal is 1. For at most {@link #MATRIX_LIMIT} letters.
   *
   * @param labels the column heading of each letter, in order (ids, or short labels for Markdown)
   */
  public static Table similarity(
      ReuseCoverage coverage, List<Letter> letters, List<String> labels) {
    if (labels.size() != letters.size()) {
      throw new IllegalArgumentException("one label per letter");
    }
    if (letters.size() > MATRIX_LIMIT) {
      throw new IllegalArgumentException(
          letters.size() + " letters: the matrix is for at most " + MATRIX_LIMIT);
    }
    StringColumn row = StringColumn.create(LetterColumns.LETTER);
    IntColumn words = IntColumn.create("words");
    DoubleColumn reused = DoubleColumn.create("reused");
    DoubleColumn[] shares = new DoubleColumn[letters.size()];
    for (int j = 0; j < letters.size(); j++) {
      shares[j] = DoubleColumn.create(labels.get(j));
    }
    for (int i = 0; i < letters.size(); i++) {
      String a = letters.get(i).id();
      row.append(labels.get(i));
      words.append(letters.get(i).words());
      reused.append(Cells.round(coverage.shareReused(a), 3));
      for (int j = 0; j < letters.size(); j++) {
        shares[j].append(Cells.round(coverage.share(a, letters.get(j).id()), 3));
      }
    }
    return Tables.of("similarity", row, words, reused, (Column<?>[]) shares);
  }

  /** A copy of {@code table} with its {@code text} column cut to {@code width} characters. */
  public static Table shortened(Table table, int width) {
    Table copy = table.copy();
    StringColumn text = copy.stringColumn("text");
    for (int i = 0; i < text.size(); i++) {
      String t = text.get(i);
      if (t.length() > width) {
        text.set(i, t.substring(0, width - 1) + "…");
      }
    }
    return copy;
  }
}
