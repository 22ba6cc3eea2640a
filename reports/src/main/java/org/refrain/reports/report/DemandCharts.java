package org.refrain.reports.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.refrain.analysis.demand.Demand;
import org.refrain.analysis.demand.DemandResult;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The demands chapter's charts: the letter by demand heat map and prevalence by year. */
final class DemandCharts {

  /** The heat map and the evidence sentence behind each of its cells. */
  record Grid(Chart chart, Table evidence) {}

  private DemandCharts() {}

  /**
   * The latest {@link LetterKey#MAX_COLUMNS} letters of {@code matrix} (demands.csv, date order) by
   * demand, each cell linked to its first evidence sentence in {@code evidence}
   * (demand-evidence.csv).
   */
  static Grid grid(Table matrix, Table evidence, DemandResult result, LetterLabels labels) {
    List<Demand> demands = result.taxonomy().demands();
    // As the demands section: every letter up to the columns a table shows, else the latest
    // dated ones (undated letters sort last, but are not the latest).
    Table dated = matrix.where(matrix.stringColumn("date").isNotMissing());
    Table shown =
        matrix.rowCount() <= LetterKey.MAX_COLUMNS
            ? matrix
            : dated.last(Math.min(LetterKey.MAX_COLUMNS, dated.rowCount()));
    Map<String, Integer> order = new HashMap<>();
    for (int r = 0; r < shown.rowCount(); r++) {
      order.put(shown.stringColumn("letter").get(r), r + 1);
    }
    // The first sentence of each shown cell, an ask's first when the cell is an ask.
    Map<String, Integer> firstRow = new HashMap<>();
    for (Row row : evidence) {
      String letter = row.getString("letter");
      if (order.containsKey(letter)) {
        String key = letter + "\t" + row.getString("demand");
        firstRow.putIfAbsent(key, row.getRowNumber());
        if ("ask".equals(row.getString("strength"))) {
          firstRow.putIfAbsent(key + "\task", row.getRowNumber());
        }
      }
    }
    StringColumn letterCol = StringColumn.create("letter");
    IntColumn orderCol = IntColumn.create("order");
    StringColumn demandCol = StringColumn.create("demand");
    StringColumn status = StringColumn.create("status");
    StringColumn idCol = StringColumn.create("id");
    StringColumn link = StringColumn.create("link");
    StringColumn anchor = StringColumn.create("anchor");
    StringColumn evLetter = StringColumn.create("letter");
    StringColumn evDemand = StringColumn.create("demand");
    StringColumn evStrength = StringColumn.create("strength");
    StringColumn evSentence = StringColumn.create("sentence");
    for (Row row : shown) {
      String letter = row.getString("letter");
      int n = order.get(letter);
      for (int d = 0; d < demands.size(); d++) {
        Demand demand = demands.get(d);
        String cell = row.getString(demand.id());
        letterCol.append(labels.of(letter));
        orderCol.append(n);
        demandCol.append(demand.label());
        status.append(cell.isEmpty() ? "absent" : cell);
        idCol.append(letter);
        String key = letter + "\t" + demand.id();
        Integer at = firstRow.getOrDefault(key + "\task", firstRow.get(key));
        if (cell.isEmpty() || at == null) {
          link.append("");
          continue;
        }
        String id = "ev-" + n + "-" + (d + 1);
        link.append("#" + id);
        anchor.append(id);
        evLetter.append(labels.of(letter));
        evDemand.append(demand.label());
        evStrength.append(evidence.stringColumn("strength").get(at));
        evSentence.append(evidence.stringColumn("sentence").get(at));
      }
    }
    Table data = Table.create("demand-grid", letterCol, orderCol, demandCol, status, idCol, link);
    ObjectNode spec = ChartSpecs.base("Demands by letter", Math.max(160, 22 * demands.size()));
    spec.set("mark", ChartSpecs.mark("rect"));
    ObjectNode enc = spec.putObject("encoding");
    ObjectNode x =
        ChartSpecs.sortedBy(ChartSpecs.field("letter", "nominal", "Letter (date order)"), "order");
    x.putObject("axis").put("labelAngle", -40).put("labelLimit", 240);
    enc.set("x", x);
    enc.set("y", ChartSpecs.field("demand", "nominal", "Demand"));
    enc.set("color", ChartSpecs.statusColour("status"));
    enc.set("tooltip", ChartSpecs.tooltip("letter", "demand", "status", "id"));
    String caption =
        (shown.rowCount() < matrix.rowCount()
                ? String.format(
                    Locale.ROOT,
                    "The latest %d dated letters of %,d, in date order: ",
                    shown.rowCount(),
                    matrix.rowCount())
                : "Each letter, in date order: ")
            + "whether it asks for a demand (a request for action), only mentions it, or leaves"
            + " it out. Click a cell for the sentence behind it.";
    Chart chart =
        new Chart("chart-demand-matrix", Chapter.DEMANDS, "Demands by letter", caption, data, spec);
    Table ev =
        Table.create(
            "Evidence behind the heat map", anchor, evLetter, evDemand, evStrength, evSentence);
    return new Grid(chart, ev);
  }

  /** Each year's share of letters holding each demand, from demand-years.csv. */
  static Chart years(Table years, DemandResult result) {
    Map<String, String> labels = new HashMap<>();
    result.taxonomy().demands().forEach(d -> labels.put(d.id(), d.label()));
    StringColumn year = StringColumn.create("year");
    StringColumn demand = StringColumn.create("demand");
    IntColumn letters = IntColumn.create("letters");
    IntColumn tagged = IntColumn.create("tagged");
    IntColumn asked = IntColumn.create("asked");
    DoubleColumn share = DoubleColumn.create("share");
    StringColumn link = StringColumn.create("link");
    for (Row row : years) {
      link.append("#table-demand-prevalence-by-year");
      year.append(String.valueOf(row.getObject("year")));
      demand.append(labels.getOrDefault(row.getString("demand"), row.getString("demand")));
      letters.append(row.getInt("letters"));
      tagged.append(row.getInt("tagged"));
      asked.append(row.getInt("asked"));
      share.append(row.getDouble("share"));
    }
    Table data = Table.create("demand-years", year, demand, letters, tagged, asked, share, link);
    ObjectNode spec =
        ChartSpecs.base("Demand prevalence by year", Math.max(160, 22 * labels.size()));
    spec.set("mark", ChartSpecs.mark("rect"));
    ObjectNode enc = spec.putObject("encoding");
    enc.set("x", ChartSpecs.field("year", "ordinal", "Year"));
    enc.set("y", ChartSpecs.field("demand", "nominal", "Demand"));
    ObjectNode colour = ChartSpecs.field("share", "quantitative", "Share of letters");
    colour.putObject("scale").put("scheme", "blues").putArray("domain").add(0).add(1);
    enc.set("color", colour);
    enc.set("tooltip", ChartSpecs.tooltip("year", "demand", "tagged", "letters", "asked", "share"));
    return new Chart(
        "chart-demand-years",
        Chapter.DEMANDS,
        "Prevalence by year",
        "The share of each year's letters that hold each demand (ask or mention); the table gives"
            + " the counts and how many ask.",
        data,
        spec);
  }
}
