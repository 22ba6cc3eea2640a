package org.refrain.reports.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The reused-wording chapter's chart and findings: how much wording letters share. */
final class ReuseCharts {

  /** Pairs sharing at least this share of their words (each of them) are a finding. */
  static final double NEAR_COPY = 0.5;

  /** Pairs drawn past the matrix's size. */
  static final int PAIRS = 20;

  static final String VIEWS = "table-how-the-passages-changed";

  private ReuseCharts() {}

  /** The similarity matrix as a heat map, up to {@link LetterKey#MAX_COLUMNS} letters. */
  static Optional<Chart> matrix(Table similarity, LetterLabels labels) {
    int n = similarity.rowCount();
    if (n < 2 || n > LetterKey.MAX_COLUMNS) {
      return Optional.empty();
    }
    List<String> ids = similarity.stringColumn("letter").asList();
    StringColumn letter = StringColumn.create("letter");
    IntColumn rowOrder = IntColumn.create("row_order");
    StringColumn other = StringColumn.create("other");
    IntColumn colOrder = IntColumn.create("column_order");
    DoubleColumn share = DoubleColumn.create("share");
    StringColumn link = StringColumn.create("link");
    for (int r = 0; r < n; r++) {
      for (int c = 0; c < n; c++) {
        if (r == c) {
          continue;
        }
        letter.append(labels.of(ids.get(r)));
        rowOrder.append(r + 1);
        other.append(labels.of(ids.get(c)));
        colOrder.append(c + 1);
        share.append(similarity.doubleColumn(ids.get(c)).get(r));
        link.append("#" + VIEWS);
      }
    }
    Table data = Table.create("similarity", letter, rowOrder, other, colOrder, share, link);
    ObjectNode spec = ChartSpecs.base("Shared wording between letters", Math.max(160, 26 * n));
    spec.set("mark", ChartSpecs.mark("rect"));
    ObjectNode enc = spec.putObject("encoding");
    ObjectNode x =
        ChartSpecs.sortedBy(ChartSpecs.field("other", "nominal", "With letter"), "column_order");
    x.putObject("axis").put("labelAngle", -40).put("labelLimit", 240);
    enc.set("x", x);
    // No axis title: the labels are long, and the caption names the rows.
    enc.set("y", ChartSpecs.sortedBy(ChartSpecs.field("letter", "nominal", null), "row_order"));
    ObjectNode colour =
        ChartSpecs.field("share", "quantitative", "Share of the row letter's words");
    colour.putObject("scale").put("scheme", "oranges").putArray("domain").add(0).add(1);
    enc.set("color", colour);
    enc.set("tooltip", ChartSpecs.tooltip("letter", "other", "share"));
    return Optional.of(
        new Chart(
            "chart-similarity",
            Chapter.REUSE,
            "Shared wording",
            "The share of each row letter's words that are in passages it shares with the column"
                + " letter (not symmetric), letters in date order. Click a cell for the reused"
                + " passages.",
            data,
            spec));
  }

  /** Past the matrix's size: the most similar pairs as bars. */
  static Optional<Chart> pairs(Table nearest, LetterLabels labels) {
    List<double[]> order = new ArrayList<>();
    for (Row row : nearest) {
      order.add(new double[] {row.getRowNumber(), row.getDouble("share")});
    }
    order.sort(Comparator.comparingDouble((double[] p) -> -p[1]).thenComparingDouble(p -> p[0]));
    if (order.isEmpty()) {
      return Optional.empty();
    }
    StringColumn pair = StringColumn.create("pair");
    DoubleColumn share = DoubleColumn.create("share");
    IntColumn shared = IntColumn.create("shared_words");
    StringColumn link = StringColumn.create("link");
    for (double[] p : order.subList(0, Math.min(PAIRS, order.size()))) {
      Row row = nearest.row((int) p[0]);
      pair.append(labels.of(row.getString("letter")) + " → " + labels.of(row.getString("other")));
      share.append(row.getDouble("share"));
      shared.append(row.getInt("shared_words"));
      link.append("#" + VIEWS);
    }
    Table data = Table.create("similar-pairs", pair, share, shared, link);
    ObjectNode spec = ChartSpecs.base("The most similar pairs of letters", 22 * pair.size() + 40);
    spec.set("mark", ChartSpecs.mark("bar"));
    ObjectNode enc = spec.putObject("encoding");
    enc.set("x", ChartSpecs.field("share", "quantitative", "Share of the first letter's words"));
    ObjectNode y = ChartSpecs.field("pair", "nominal", "Letter → most similar letter");
    y.putObject("sort").put("field", "share").put("order", "descending");
    enc.set("y", y);
    enc.set("tooltip", ChartSpecs.tooltip("pair", "share", "shared_words"));
    return Optional.of(
        new Chart(
            "chart-similarity",
            Chapter.REUSE,
            "Shared wording",
            String.format(
                Locale.ROOT,
                "The %d pairs where the first letter has the largest share of its words in"
                    + " passages shared with the second.",
                pair.size()),
            data,
            spec));
  }

  /**
   * Pairs of letters each with at least {@link #NEAR_COPY} of its words in passages shared with the
   * other, weighed by the smaller share: "… and … share 88% of their words".
   */
  static List<Finding> findings(Table nearest, LetterLabels labels) {
    Map<String, Double> shares = new HashMap<>();
    for (Row row : nearest) {
      shares.put(row.getString("letter") + "\t" + row.getString("other"), row.getDouble("share"));
    }
    List<Finding> findings = new ArrayList<>();
    for (Map.Entry<String, Double> e : shares.entrySet()) {
      String[] pair = e.getKey().split("\t");
      if (pair[0].compareTo(pair[1]) > 0) {
        continue;
      }
      Double back = shares.get(pair[1] + "\t" + pair[0]);
      if (back == null) {
        continue;
      }
      double both = Math.min(e.getValue(), back);
      if (both >= NEAR_COPY) {
        findings.add(
            new Finding(
                Finding.Kind.WORDING,
                both,
                String.format(
                    Locale.ROOT,
                    "The letters \"%s\" and \"%s\" share %s of their words.",
                    labels.of(pair[0]),
                    labels.of(pair[1]),
                    LetterSets.percent(both)),
                "chart-similarity"));
      }
    }
    return findings;
  }
}
