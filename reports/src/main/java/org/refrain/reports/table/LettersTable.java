package org.refrain.reports.table;

import java.util.List;
import org.refrain.corpus.Letter;
import org.refrain.reports.LetterOrder;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Builds the letters overview: one row per letter with its metadata and list counts. A letter read
 * from several files (copies merged) is one row whose {@code source} names every file, its own
 * first, separated by {@code "; "}.
 */
public final class LettersTable {

  public static final String ID = "id";
  public static final String SOURCE = "source";
  public static final String KIND = "kind";
  public static final String DATE = "date";
  public static final String VENUE = "venue";
  public static final String ADDRESSEE = "addressee";
  public static final String WORDS = "words";
  public static final String ORGS = "orgs";
  public static final String PERSONS = "persons";
  public static final String CLAIM_CHECK = "claim check";

  /** Between the files of a letter read from several ({@link Letter#sources()}). */
  public static final String SOURCES_SEPARATOR = "; ";

  /** The column names, in table order. */
  public static final List<String> COLUMNS =
      List.of(ID, SOURCE, KIND, DATE, VENUE, ADDRESSEE, WORDS, ORGS, PERSONS, CLAIM_CHECK);

  private LettersTable() {}

  /**
   * The overview of {@code letters}. {@code orgs} and {@code persons} count the signatory list (the
   * listed counts), not what the letter claims; {@code claim check} is the verdict's label.
   */
  public static Table of(List<Letter> letters) {
    StringColumn id = StringColumn.create(ID);
    StringColumn source = StringColumn.create(SOURCE);
    StringColumn kind = StringColumn.create(KIND);
    StringColumn date = StringColumn.create(DATE);
    StringColumn venue = StringColumn.create(VENUE);
    StringColumn addressee = StringColumn.create(ADDRESSEE);
    IntColumn words = IntColumn.create(WORDS);
    IntColumn orgs = IntColumn.create(ORGS);
    IntColumn persons = IntColumn.create(PERSONS);
    StringColumn claimCheck = StringColumn.create(CLAIM_CHECK);
    for (Letter letter : letters.stream().sorted(LetterOrder.BY_ID).toList()) {
      id.append(letter.id());
      source.append(String.join(SOURCES_SEPARATOR, letter.sources()));
      kind.append(letter.kind().label());
      date.append(letter.date() == null ? "" : letter.date().iso());
      venue.append(letter.venue() == null ? "" : letter.venue().label());
      addressee.append(Cells.text(letter.addressee()));
      words.append(letter.words());
      orgs.append(letter.listed().organizations());
      persons.append(letter.listed().individuals());
      claimCheck.append(letter.claimCheck().status().label());
    }
    return Table.create(
        "letters", id, source, kind, date, venue, addressee, words, orgs, persons, claimCheck);
  }
}
