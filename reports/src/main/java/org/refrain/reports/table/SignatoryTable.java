package org.refrain.reports.table;

import java.util.List;
import java.util.stream.Collectors;
import org.refrain.analysis.signatory.CountryCount;
import org.refrain.analysis.signatory.Merge;
import org.refrain.analysis.signatory.ReviewPair;
import org.refrain.analysis.signatory.SignatoryEntity;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Tables of resolved signatories: the roster of entities, every mention with its entity, the letter
 * by entity presence matrix, country conflicts and the pairs listed for review.
 */
public final class SignatoryTable {

  private SignatoryTable() {}

  /**
   * One row per entity, most letters first: id, name, kind, acronym, country (and every country
   * listed, with letter counts), letters signed, first and last date and letter, every spelling,
   * and why its spellings were merged.
   */
  public static Table roster(List<SignatoryEntity> entities) {
    StringColumn id = StringColumn.create("entity");
    StringColumn name = StringColumn.create("name");
    StringColumn kind = StringColumn.create("kind");
    StringColumn acronym = StringColumn.create("acronym");
    StringColumn country = StringColumn.create("country");
    StringColumn countries = StringColumn.create("countries");
    IntColumn letters = IntColumn.create("letters");
    StringColumn first = StringColumn.create("first");
    StringColumn last = StringColumn.create("last");
    StringColumn firstLetter = StringColumn.create("first_letter");
    StringColumn lastLetter = StringColumn.create("last_letter");
    StringColumn aliases = StringColumn.create("aliases");
    StringColumn merged = StringColumn.create("merged_by");
    for (SignatoryEntity e : entities) {
      id.append(e.id());
      name.append(e.name());
      kind.append(e.kind().label());
      acronym.append(Cells.text(e.acronym()));
      country.append(Cells.text(e.country()));
      countries.append(countries(e));
      letters.append(e.letterCount());
      first.append(Cells.date(e.first()));
      last.append(Cells.date(e.last()));
      firstLetter.append(e.first().id());
      lastLetter.append(e.last().id());
      aliases.append(String.join("; ", e.aliases()));
      merged.append(
          e.merges().stream().map(SignatoryTable::merge).collect(Collectors.joining("; ")));
    }
    return Tables.of(
        "signatories",
        id,
        name,
        kind,
        acronym,
        country,
        countries,
        letters,
        first,
        last,
        firstLetter,
        lastLetter,
        aliases,
        merged);
  }

  /** The roster for reading: name, kind, country, letters, first and last date, other spellings. */
  public static Table rosterBrief(List<SignatoryEntity> entities) {
    StringColumn name = StringColumn.create("signatory");
    StringColumn kind = StringColumn.create("kind");
    StringColumn country = StringColumn.create("country");
    IntColumn letters = IntColumn.create("letters");
    StringColumn first = StringColumn.create("first");
    StringColumn last = StringColumn.create("last");
    StringColumn others = StringColumn.create("also written");
    for (SignatoryEntity e : entities) {
      name.append(e.name() + (e.acronym() == null ? "" : " (" + e.acronym() + ")"));
      kind.append(e.kind().label());
      country.append(
          Cells.text(e.country())
              + (e.countryConflict() ? " (+" + (e.countries().size() - 1) + ")" : ""));
      letters.append(e.letterCount());
      first.append(Cells.date(e.first()));
      last.append(Cells.date(e.last()));
      others.append(
          e.aliases().stream().filter(a -> !a.equals(e.name())).collect(Collectors.joining("; ")));
    }
    return Tables.of("signatories", name, kind, country, letters, first, last, others);
  }

  /** Entities listed under more than one country: each country with the letters that give it. */
  public static Table countryConflicts(List<SignatoryEntity> entities) {
    StringColumn id = StringColumn.create("entity");
    StringColumn name = StringColumn.create("name");
    StringColumn country = StringColumn.create("country");
    IntColumn letters = IntColumn.create("letters");
    StringColumn which = StringColumn.create("letter_ids");
    for (SignatoryEntity e : entities) {
      if (!e.countryConflict()) {
        continue;
      }
      for (CountryCount c : e.countries()) {
        id.append(e.id());
        name.append(e.name());
        country.append(c.country());
        letters.append(c.letters().size());
        which.append(String.join("; ", c.letters()));
      }
    }
    return Tables.of("country conflicts", id, name, country, letters, which);
  }

  /**
   * The pairs near the merge line, best score first: the two spellings, the rule and score, what
   * the resolver did and why, and the entities each ended in.
   */
  public static Table review(List<ReviewPair> pairs) {
    StringColumn a = StringColumn.create("a");
    StringColumn b = StringColumn.create("b");
    DoubleColumn score = DoubleColumn.create("score");
    StringColumn rule = StringColumn.create("rule");
    StringColumn outcome = StringColumn.create("outcome");
    StringColumn detail = StringColumn.create("detail");
    StringColumn entityA = StringColumn.create("entity_a");
    StringColumn entityB = StringColumn.create("entity_b");
    for (ReviewPair p : pairs) {
      a.append(p.a());
      b.append(p.b());
      score.append(p.match().score());
      rule.append(p.match().rule().label());
      outcome.append(p.outcome().label());
      detail.append(p.match().detail());
      entityA.append(p.entityA());
      entityB.append(p.entityB());
    }
    return Tables.of("signatory review", a, b, score, rule, outcome, detail, entityA, entityB);
  }

  private static String countries(SignatoryEntity e) {
    return e.countries().stream()
        .map(c -> c.country() + " (" + c.letters().size() + ")")
        .collect(Collectors.joining("; "));
  }

  private static String merge(Merge m) {
    return m.match().rule().label() + " " + m.match().score() + ": " + m.a() + " = " + m.b();
  }
}
