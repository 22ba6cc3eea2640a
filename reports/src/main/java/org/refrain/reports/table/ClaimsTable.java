package org.refrain.reports.table;

import java.util.List;
import org.refrain.corpus.Letter;
import org.refrain.corpus.claim.Counts;
import org.refrain.reports.LetterOrder;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Builds the claims check: per letter, the counts it states for itself, the counts of its list, and
 * the verdict comparing them with its detail and the words the claim was read from.
 */
public final class ClaimsTable {

  public static final String ID = "id";
  public static final String CLAIMED_ORGS = "claimed orgs";
  public static final String CLAIMED_PERSONS = "claimed persons";
  public static final String CLAIMED_TOTAL = "claimed total";
  public static final String CLAIMED_COUNTRIES = "claimed countries";
  public static final String LISTED_ORGS = "listed orgs";
  public static final String LISTED_PERSONS = "listed persons";
  public static final String LISTED_TOTAL = "listed total";
  public static final String LISTED_COUNTRIES = "listed countries";
  public static final String VERDICT = "verdict";
  public static final String DETAIL = "detail";
  public static final String EVIDENCE = "evidence";

  /** The column names, in table order. */
  public static final List<String> COLUMNS =
      List.of(
          ID,
          CLAIMED_ORGS,
          CLAIMED_PERSONS,
          CLAIMED_TOTAL,
          CLAIMED_COUNTRIES,
          LISTED_ORGS,
          LISTED_PERSONS,
          LISTED_TOTAL,
          LISTED_COUNTRIES,
          VERDICT,
          DETAIL,
          EVIDENCE);

  private ClaimsTable() {}

  /** The claims check of {@code letters}; counts a letter does not state are missing cells. */
  public static Table of(List<Letter> letters) {
    StringColumn id = StringColumn.create(ID);
    CountColumns claimed =
        new CountColumns(CLAIMED_ORGS, CLAIMED_PERSONS, CLAIMED_TOTAL, CLAIMED_COUNTRIES);
    CountColumns listed =
        new CountColumns(LISTED_ORGS, LISTED_PERSONS, LISTED_TOTAL, LISTED_COUNTRIES);
    StringColumn verdict = StringColumn.create(VERDICT);
    StringColumn detail = StringColumn.create(DETAIL);
    StringColumn evidence = StringColumn.create(EVIDENCE);
    for (Letter letter : letters.stream().sorted(LetterOrder.BY_ID).toList()) {
      id.append(letter.id());
      claimed.append(letter.claimed());
      listed.append(letter.listed());
      verdict.append(letter.claimCheck().status().label());
      detail.append(Cells.text(letter.claimCheck().detail()));
      evidence.append(Cells.text(letter.claimEvidence()));
    }
    Table table = Table.create("claims", id);
    claimed.addTo(table);
    listed.addTo(table);
    return table.addColumns(verdict, detail, evidence);
  }

  /** The four columns of one set of counts. */
  private static final class CountColumns {
    private final IntColumn organizations;
    private final IntColumn individuals;
    private final IntColumn total;
    private final IntColumn countries;

    CountColumns(String organizations, String individuals, String total, String countries) {
      this.organizations = IntColumn.create(organizations);
      this.individuals = IntColumn.create(individuals);
      this.total = IntColumn.create(total);
      this.countries = IntColumn.create(countries);
    }

    void append(Counts counts) {
      organizations.append(counts.organizations());
      individuals.append(counts.individuals());
      total.append(counts.total());
      countries.append(counts.countries());
    }

    void addTo(Table table) {
      table.addColumns(organizations, individuals, total, countries);
    }
  }
}
