package org.refrain.reports.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The language chapter's charts: how letters ask, and the terms that rose and fell. */
final class LanguageCharts {

  /** Terms each side of the keyness chart. */
  static final int KEY_TERMS = 10;

  /** Keyness findings weigh this much: a wording change is stated after any large reuse. */
  static final double KEYNESS_WEIGHT = 0.25;

  private LanguageCharts() {}

  /**
   * Directive and modal verbs per 1,000 words: by letter up to {@link LetterKey#MAX_COLUMNS}
   * letters, by year past it.
   */
  static Chart rhetoric(Table rhetoric, LetterLabels labels) {
    boolean byLetter = rhetoric.rowCount() <= LetterKey.MAX_COLUMNS;
    StringColumn group = StringColumn.create(byLetter ? "letter" : "year");
    IntColumn order = IntColumn.create("order");
    StringColumn kind = StringColumn.create("cue");
    IntColumn count = IntColumn.create("count");
    IntColumn words = IntColumn.create("words");
    DoubleColumn rate = DoubleColumn.create("per_1000");
    StringColumn link = StringColumn.create("link");
    if (byLetter) {
      int n = 0;
      for (Row row : rhetoric) {
        n++;
        for (String cue : List.of("directive", "modal")) {
          group.append(labels.of(row.getString("letter")));
          order.append(n);
          kind.append(cue);
          count.append(row.getInt(cue));
          words.append(row.getInt("words"));
          rate.append(row.getDouble(cue + "_per_1000"));
          link.append(labels.link(row.getString("letter")));
        }
      }
    } else {
      TreeMap<String, int[]> years = new TreeMap<>();
      for (Row row : rhetoric) {
        String date = row.getString("date");
        String year = date.isEmpty() ? "undated" : date.substring(0, 4);
        int[] sums = years.computeIfAbsent(year, y -> new int[3]);
        sums[0] += row.getInt("directive");
        sums[1] += row.getInt("modal");
        sums[2] += row.getInt("words");
      }
      int n = 0;
      for (var year : years.entrySet()) {
        n++;
        for (int c = 0; c < 2; c++) {
          int[] sums = year.getValue();
          group.append(year.getKey());
          order.append(n);
          kind.append(c == 0 ? "directive" : "modal");
          count.append(sums[c]);
          words.append(sums[2]);
          rate.append(sums[2] == 0 ? 0 : Math.round(sums[c] * 100_000.0 / sums[2]) / 100.0);
          link.append("#table-rhetoric");
        }
      }
    }
    Table data = Table.create("rhetoric", group, order, kind, count, words, rate, link);
    ObjectNode spec = ChartSpecs.base("Asks per 1,000 words", 240);
    spec.set("mark", ChartSpecs.mark("bar"));
    ObjectNode enc = spec.putObject("encoding");
    ObjectNode x =
        ChartSpecs.sortedBy(
            ChartSpecs.field(group.name(), "nominal", byLetter ? "Letter (date order)" : "Year"),
            "order");
    x.putObject("axis").put("labelAngle", -40).put("labelLimit", 240);
    enc.set("x", x);
    enc.set("y", ChartSpecs.field("per_1000", "quantitative", "Per 1,000 words"));
    enc.set("color", ChartSpecs.field("cue", "nominal", "Cue"));
    enc.set("tooltip", ChartSpecs.tooltip(group.name(), "cue", "count", "words", "per_1000"));
    return new Chart(
        "chart-rhetoric",
        Chapter.LANGUAGE,
        "How letters ask",
        (byLetter ? "Each letter" : "Each year's letters together")
            + ": directive verbs (urge, call on, request ...) and modal verbs (must, should) per"
            + " 1,000 words, stacked.",
        data,
        spec);
  }

  /** The terms most overused on each side of the keyness comparison, by log ratio. */
  static Optional<Chart> keyness(Table keyness, Periods periods) {
    if (periods == null) {
      return Optional.empty();
    }
    List<Row> rows = top(keyness);
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    StringColumn term = StringColumn.create("term");
    StringColumn side = StringColumn.create("more_in");
    DoubleColumn ratio = DoubleColumn.create("log_ratio");
    DoubleColumn g2 = DoubleColumn.create("g2");
    for (Row row : rows) {
      boolean later = "A".equals(row.getString("overused_in"));
      term.append(row.getString("term"));
      side.append(later ? periods.laterLabel() : periods.earlierLabel());
      double lr = Math.abs(row.getDouble("log_ratio"));
      ratio.append(later ? lr : -lr);
      g2.append(row.getDouble("g2"));
    }
    Table data = Table.create("keyness", term, side, ratio, g2);
    ObjectNode spec = ChartSpecs.base("Terms that rose and fell", Math.max(120, 20 * rows.size()));
    spec.set("mark", ChartSpecs.mark("bar"));
    ObjectNode enc = spec.putObject("encoding");
    enc.set(
        "x", ChartSpecs.field("log_ratio", "quantitative", "Log ratio (+1: twice as frequent)"));
    ObjectNode y = ChartSpecs.field("term", "nominal", "Term");
    y.putObject("sort").put("field", "log_ratio").put("order", "descending");
    enc.set("y", y);
    enc.set("color", ChartSpecs.field("more_in", "nominal", "More frequent in"));
    enc.set("tooltip", ChartSpecs.tooltip("term", "more_in", "log_ratio", "g2"));
    return Optional.of(
        new Chart(
            "chart-keyness",
            Chapter.LANGUAGE,
            "Terms that rose and fell",
            String.format(
                Locale.ROOT,
                "The %d key terms of each period, %s against %s, by log ratio: right of zero more"
                    + " frequent in %s, left in %s.",
                KEY_TERMS,
                periods.laterLabel(),
                periods.earlierLabel(),
                periods.laterLabel(),
                periods.earlierLabel()),
            data,
            spec));
  }

  /** The key term that rose most and the one that fell most, as findings. */
  static List<Finding> keynessFindings(Table keyness, Periods periods) {
    List<Finding> findings = new ArrayList<>();
    if (periods == null || !periods.sound()) {
      return findings;
    }
    for (String side : List.of("A", "B")) {
      for (Row row : keyness) {
        if (side.equals(row.getString("overused_in"))) {
          boolean later = side.equals("A");
          findings.add(
              new Finding(
                  Finding.Kind.WORDING,
                  KEYNESS_WEIGHT,
                  String.format(
                      Locale.ROOT,
                      "\"%s\" %s: %.1f per 1,000 words in %s against %.1f in %s.",
                      row.getString("term"),
                      later ? "rose most" : "fell most",
                      row.getDouble("per_1000_a"),
                      periods.laterLabel(),
                      row.getDouble("per_1000_b"),
                      periods.earlierLabel()),
                  "chart-keyness"));
          break;
        }
      }
    }
    return findings;
  }

  private static List<Row> top(Table keyness) {
    List<Row> rows = new ArrayList<>();
    int a = 0;
    int b = 0;
    for (Row row : keyness) {
      boolean isA = "A".equals(row.getString("overused_in"));
      if (isA ? a++ < KEY_TERMS : b++ < KEY_TERMS) {
        // A copy: the loop's Row is a cursor it moves on.
        rows.add(keyness.row(row.getRowNumber()));
      }
    }
    return rows;
  }
}
