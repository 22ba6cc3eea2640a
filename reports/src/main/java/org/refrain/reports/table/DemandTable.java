package org.refrain.reports.table;

import java.util.List;
import java.util.stream.Collectors;
import org.refrain.analysis.demand.DemandChange;
import org.refrain.analysis.demand.DemandResult;
import org.refrain.analysis.demand.DemandTag;
import org.refrain.analysis.demand.DemandTimeline;
import org.refrain.analysis.demand.Evidence;
import org.refrain.analysis.demand.LetterDemands;
import org.refrain.analysis.demand.Strength;
import org.refrain.corpus.Letter;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Tables of demands: the letter by demand matrix, every evidence sentence, prevalence by year,
 * first and last appearance, and the changes between letters.
 */
public final class DemandTable {

  private DemandTable() {}

  /**
   * One row per letter in date order, one column per demand in taxonomy order: {@code ask}, {@code
   * mention}, or empty when the letter does not hold it.
   */
  public static Table matrix(DemandResult result) {
    LetterColumns letter = new LetterColumns();
    List<String> ids = result.taxonomy().ids();
    StringColumn[] demands = new StringColumn[ids.size()];
    for (int d = 0; d < ids.size(); d++) {
      demands[d] = StringColumn.create(ids.get(d));
    }
    for (LetterDemands row : result.letters()) {
      letter.append(row.letter());
      for (int d = 0; d < ids.size(); d++) {
        Strength strength = row.strength(ids.get(d));
        demands[d].append(strength == null ? "" : strength.label());
      }
    }
    return Tables.of("demands", letter.columns(), demands);
  }

  /**
   * The matrix turned for reading: one row per demand, one column per letter named by {@code
   * labels} (in the result's date order), each cell ask, mention or empty.
   */
  public static Table grid(DemandResult result, List<String> labels) {
    if (labels.size() != result.letters().size()) {
      throw new IllegalArgumentException(
          labels.size() + " labels for " + result.letters().size() + " letters");
    }
    StringColumn demand = StringColumn.create("demand");
    StringColumn[] letters = new StringColumn[labels.size()];
    for (int l = 0; l < labels.size(); l++) {
      letters[l] = StringColumn.create(labels.get(l));
    }
    for (String id : result.taxonomy().ids()) {
      demand.append(id);
      for (int l = 0; l < labels.size(); l++) {
        Strength strength = result.letters().get(l).strength(id);
        letters[l].append(strength == null ? "" : strength.label());
      }
    }
    return Tables.of("demands by letter", demand, letters);
  }

  /**
   * One row per evidence sentence: the letter, the demand, the sentence's strength, its offsets,
   * what made it an ask, the patterns that matched and the sentence on one line.
   */
  public static Table evidence(DemandResult result) {
    LetterColumns letter = new LetterColumns();
    StringColumn demand = StringColumn.create("demand");
    StringColumn strength = StringColumn.create("strength");
    IntColumn start = IntColumn.create("start");
    IntColumn end = IntColumn.create("end");
    StringColumn cue = StringColumn.create("ask_cue");
    StringColumn patterns = StringColumn.create("patterns");
    StringColumn text = StringColumn.create("sentence");
    for (DemandTag tag : result.tags()) {
      for (Evidence e : tag.evidence()) {
        letter.append(tag.letter());
        demand.append(tag.demand().id());
        strength.append(e.strength().label());
        start.append(e.span().start());
        end.append(e.span().end());
        cue.append(e.cue() == null ? "" : Cells.oneLine(e.cue().toString()));
        patterns.append(
            e.hits().stream().map(h -> h.pattern()).distinct().collect(Collectors.joining("; ")));
        text.append(Cells.oneLine(e.text()));
      }
    }
    return Tables.of(
        "demand evidence", letter.columns(), demand, strength, start, end, cue, patterns, text);
  }

  /**
   * One row per year and demand: the year's letters, how many hold the demand, how many ask for it,
   * and the share holding it.
   */
  public static Table byYear(List<DemandTimeline.YearShare> shares) {
    IntColumn year = IntColumn.create("year");
    StringColumn demand = StringColumn.create("demand");
    IntColumn letters = IntColumn.create("letters");
    IntColumn tagged = IntColumn.create("tagged");
    IntColumn asked = IntColumn.create("asked");
    DoubleColumn share = DoubleColumn.create("share");
    for (DemandTimeline.YearShare s : shares) {
      year.append(s.year());
      demand.append(s.demand().id());
      letters.append(s.letters());
      tagged.append(s.tagged());
      asked.append(s.asked());
      share.append(Cells.round(s.share(), 3));
    }
    return Tables.of("demand prevalence by year", year, demand, letters, tagged, asked, share);
  }

  /**
   * The same shares as a year by demand grid, for reading: each cell "tagged/letters", with the
   * asks in brackets when there are any ("2/3 (1 ask)").
   */
  public static Table byYearGrid(DemandResult result, List<DemandTimeline.YearShare> shares) {
    StringColumn demand = StringColumn.create("demand");
    List<Integer> years = shares.stream().map(s -> s.year()).distinct().sorted().toList();
    StringColumn[] cells = new StringColumn[years.size()];
    for (int y = 0; y < years.size(); y++) {
      cells[y] = StringColumn.create(String.valueOf(years.get(y)));
    }
    java.util.Map<String, DemandTimeline.YearShare> byKey = new java.util.HashMap<>();
    shares.forEach(s -> byKey.put(s.year() + "/" + s.demand().id(), s));
    for (String id : result.taxonomy().ids()) {
      demand.append(id);
      for (int y = 0; y < years.size(); y++) {
        int year = years.get(y);
        DemandTimeline.YearShare s = byKey.get(year + "/" + id);
        cells[y].append(
            s.tagged()
                + "/"
                + s.letters()
                + (s.asked() == 0 ? "" : " (" + s.asked() + (s.asked() == 1 ? " ask)" : " asks)")));
      }
    }
    return Tables.of("demand prevalence by year", demand, cells);
  }

  /**
   * One row per demand: letters holding it, letters asking, and the first and last dated letters
   * holding it, and the first asking.
   */
  public static Table appearances(List<DemandTimeline.Appearance> appearances) {
    StringColumn demand = StringColumn.create("demand");
    StringColumn label = StringColumn.create("label");
    IntColumn letters = IntColumn.create("letters");
    IntColumn asks = IntColumn.create("asks");
    StringColumn firstDate = StringColumn.create("first_date");
    StringColumn first = StringColumn.create("first_letter");
    StringColumn lastDate = StringColumn.create("last_date");
    StringColumn last = StringColumn.create("last_letter");
    StringColumn firstAsk = StringColumn.create("first_ask_date");
    for (DemandTimeline.Appearance a : appearances) {
      demand.append(a.demand().id());
      label.append(a.demand().label());
      letters.append(a.letters());
      asks.append(a.asks());
      firstDate.append(Cells.date(a.first()));
      first.append(a.first() == null ? "" : a.first().id());
      lastDate.append(Cells.date(a.last()));
      last.append(a.last() == null ? "" : a.last().id());
      firstAsk.append(Cells.date(a.firstAsk()));
    }
    return Tables.of(
        "demand appearances",
        demand,
        label,
        letters,
        asks,
        firstDate,
        first,
        lastDate,
        last,
        firstAsk);
  }

  /**
   * One row per change: the scope, the two letters, the demand, what changed, and the sentence that
   * shows it (in the later letter, or the earlier one for a dropped demand) with its offsets.
   */
  public static Table changes(List<DemandChange> changes) {
    StringColumn scope = StringColumn.create("scope");
    StringColumn from = StringColumn.create("from_letter");
    StringColumn fromDate = StringColumn.create("from_date");
    StringColumn to = StringColumn.create("to_letter");
    StringColumn toDate = StringColumn.create("to_date");
    StringColumn demand = StringColumn.create("demand");
    StringColumn change = StringColumn.create("change");
    StringColumn in = StringColumn.create("evidence_letter");
    IntColumn start = IntColumn.create("start");
    IntColumn end = IntColumn.create("end");
    StringColumn text = StringColumn.create("evidence");
    for (DemandChange c : changes) {
      scope.append(c.scope().label());
      from.append(c.from().id());
      fromDate.append(Cells.date(c.from()));
      to.append(c.to().id());
      toDate.append(Cells.date(c.to()));
      demand.append(c.demand().id());
      change.append(c.kind().label());
      in.append(c.evidenceLetter().id());
      start.append(c.evidence().span().start());
      end.append(c.evidence().span().end());
      text.append(Cells.oneLine(c.evidence().text()));
    }
    return Tables.of(
        "demand changes", scope, from, fromDate, to, toDate, demand, change, in, start, end, text);
  }

  /**
   * The changes summarised, one row per pair of letters and scope: the demands added, dropped,
   * strengthened and weakened, as lists of ids.
   */
  public static Table changeSummary(
      List<DemandChange> changes, java.util.function.Function<Letter, String> name) {
    StringColumn scope = StringColumn.create("scope");
    StringColumn from = StringColumn.create("from");
    StringColumn to = StringColumn.create("to");
    StringColumn[] kinds = {
      StringColumn.create("added"),
      StringColumn.create("dropped"),
      StringColumn.create("strengthened"),
      StringColumn.create("weakened")
    };
    int i = 0;
    while (i < changes.size()) {
      DemandChange first = changes.get(i);
      int j = i;
      while (j < changes.size() && samePair(changes.get(j), first)) {
        j++;
      }
      List<DemandChange> pair = changes.subList(i, j);
      scope.append(first.scope().label());
      from.append(name.apply(first.from()));
      to.append(name.apply(first.to()));
      for (var kind : org.refrain.analysis.demand.ChangeKind.values()) {
        kinds[kind.ordinal()].append(
            pair.stream()
                .filter(c -> c.kind() == kind)
                .map(c -> c.demand().id())
                .collect(Collectors.joining(", ")));
      }
      i = j;
    }
    return Tables.of("demand changes by pair", scope, from, to, kinds);
  }

  private static boolean samePair(DemandChange a, DemandChange b) {
    return a.scope() == b.scope()
        && a.from().id().equals(b.from().id())
        && a.to().id().equals(b.to().id());
  }
}
