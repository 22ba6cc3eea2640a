package org.refrain.reports.table;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.refrain.analysis.coalition.CoalitionChange;
import org.refrain.analysis.coalition.CoreCoalition;
import org.refrain.analysis.coalition.LetterComposition;
import org.refrain.analysis.signatory.SignatoryEntity;
import org.refrain.corpus.Letter;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Tables of how the coalition changes: joined, left and stayed between letters, the core coalition
 * and its retention, and the composition of each letter's list.
 */
public final class CoalitionTable {

  /** Countries named in a composition row's {@code top_countries}. */
  public static final int TOP_COUNTRIES = 3;

  private CoalitionTable() {}

  /**
   * One row per compared pair, scope by scope: the two letters (named by {@code label}), counts of
   * joined, left and stayed, Jaccard similarity and, when {@code names} is set, who joined and
   * left.
   */
  public static Table changes(
      List<CoalitionChange> changes, Function<Letter, String> label, boolean names) {
    StringColumn scope = StringColumn.create("scope");
    StringColumn before = StringColumn.create("before");
    StringColumn after = StringColumn.create("after");
    IntColumn joined = IntColumn.create("joined");
    IntColumn left = IntColumn.create("left");
    IntColumn stayed = IntColumn.create("stayed");
    DoubleColumn jaccard = DoubleColumn.create("jaccard");
    StringColumn joinedNames = StringColumn.create("joined_names");
    StringColumn leftNames = StringColumn.create("left_names");
    for (CoalitionChange c : changes) {
      scope.append(c.scope().label());
      before.append(label.apply(c.before()));
      after.append(label.apply(c.after()));
      joined.append(c.joined().size());
      left.append(c.left().size());
      stayed.append(c.stayed().size());
      jaccard.append(Cells.round(c.jaccard(), 3));
      joinedNames.append(names(c.joined()));
      leftNames.append(names(c.left()));
    }
    return names
        ? Tables.of(
            "coalition changes",
            scope,
            before,
            after,
            joined,
            left,
            stayed,
            jaccard,
            joinedNames,
            leftNames)
        : Tables.of("coalition changes", scope, before, after, joined, left, stayed, jaccard);
  }

  /**
   * One row per letter with a list: its signers, core members among them and their share of the
   * core, and how many of the previous letter's signers it kept.
   */
  public static Table retention(CoreCoalition core, Function<Letter, String> label) {
    StringColumn letter = StringColumn.create("letter");
    StringColumn date = StringColumn.create("date");
    IntColumn signers = IntColumn.create("signers");
    IntColumn inCore = IntColumn.create("core");
    DoubleColumn coreShare = DoubleColumn.create("core_share");
    IntColumn previous = IntColumn.create("previous");
    IntColumn retained = IntColumn.create("retained");
    DoubleColumn retainedShare = DoubleColumn.create("retained_share");
    for (CoreCoalition.Retention r : core.retention()) {
      letter.append(label.apply(r.letter()));
      date.append(Cells.date(r.letter()));
      signers.append(r.signers());
      inCore.append(r.core());
      coreShare.append(Cells.round(core.coreShare(r), 3));
      previous.append(r.previous());
      retained.append(r.retained());
      retainedShare.append(Cells.round(r.retainedShare(), 3));
    }
    return Tables.of(
        "core coalition (k=" + core.k() + ")",
        letter,
        date,
        signers,
        inCore,
        coreShare,
        previous,
        retained,
        retainedShare);
  }

  /** The core's members: one row each with the number of letters signed. */
  public static Table coreMembers(CoreCoalition core) {
    StringColumn entity = StringColumn.create("entity");
    StringColumn name = StringColumn.create("signatory");
    StringColumn kind = StringColumn.create("kind");
    IntColumn letters = IntColumn.create("letters");
    for (SignatoryEntity e : core.members()) {
      entity.append(e.id());
      name.append(e.name());
      kind.append(e.kind().label());
      letters.append(e.letterCount());
    }
    return Tables.of("core members (k=" + core.k() + ")", entity, name, kind, letters);
  }

  /**
   * One row per letter with a list: organisations, persons, distinct countries, the top countries,
   * signers without a known country, countries taken from other letters, and first-time signers.
   */
  public static Table composition(List<LetterComposition> rows, Function<Letter, String> label) {
    StringColumn letter = StringColumn.create("letter");
    StringColumn date = StringColumn.create("date");
    IntColumn signers = IntColumn.create("signers");
    IntColumn orgs = IntColumn.create("organizations");
    IntColumn persons = IntColumn.create("persons");
    IntColumn countries = IntColumn.create("countries");
    StringColumn top = StringColumn.create("top_countries");
    IntColumn none = IntColumn.create("no_country");
    IntColumn inferred = IntColumn.create("country_from_other_letters");
    IntColumn first = IntColumn.create("first_time");
    DoubleColumn firstShare = DoubleColumn.create("first_time_share");
    for (LetterComposition c : rows) {
      letter.append(label.apply(c.letter()));
      date.append(Cells.date(c.letter()));
      signers.append(c.signers());
      orgs.append(c.organizations());
      persons.append(c.persons());
      countries.append(c.countries().size());
      top.append(
          c.countries().stream()
              .limit(TOP_COUNTRIES)
              .map(e -> e.getKey() + " " + e.getValue())
              .collect(Collectors.joining(", ")));
      none.append(c.noCountry());
      inferred.append(c.countryFromOtherLetters());
      first.append(c.firstTime());
      firstShare.append(Cells.round(c.firstTimeShare(), 3));
    }
    return Tables.of(
        "composition",
        letter,
        date,
        signers,
        orgs,
        persons,
        countries,
        top,
        none,
        inferred,
        first,
        firstShare);
  }

  private static String names(List<SignatoryEntity> entities) {
    return entities.stream().map(SignatoryEntity::name).collect(Collectors.joining("; "));
  }
}
