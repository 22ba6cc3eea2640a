package org.refrain.reports.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The letters chapter's chart: when each letter was sent, and to which venue or addressee. */
final class LetterCharts {

  /** Up to this many dated letters the timeline draws each; past it, letters per month. */
  static final int POINTS = 1_000;

  /** The most venues and addressees the timeline names; the rest are "other". */
  static final int GROUPS = 20;

  private LetterCharts() {}

  /** The timeline of the dated letters in {@code letters}; empty when none is dated. */
  static java.util.Optional<Chart> timeline(Table letters, LetterLabels labels) {
    // Rows by number: a Tablesaw Row is a cursor, and a Row per letter would weigh.
    List<Integer> dated = new ArrayList<>();
    Map<String, Integer> groupSizes = new HashMap<>();
    for (int r = 0; r < letters.rowCount(); r++) {
      if (!cell(letters, "date", r).isEmpty()) {
        dated.add(r);
        groupSizes.merge(group(letters, r), 1, Integer::sum);
      }
    }
    List<String> named =
        groupSizes.entrySet().stream()
            .sorted(
                Map.Entry.<String, Integer>comparingByValue()
                    .reversed()
                    .thenComparing(Map.Entry.comparingByKey()))
            .limit(GROUPS)
            .map(Map.Entry::getKey)
            .toList();
    if (dated.isEmpty()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        dated.size() <= POINTS
            ? points(letters, dated, named, labels)
            : months(letters, dated, named));
  }

  private static Chart points(
      Table letters, List<Integer> dated, List<String> named, LetterLabels labels) {
    StringColumn label = StringColumn.create("letter");
    StringColumn id = StringColumn.create("id");
    StringColumn date = StringColumn.create("date");
    StringColumn group = StringColumn.create("venue_or_addressee");
    StringColumn kind = StringColumn.create("kind");
    StringColumn link = StringColumn.create("link");
    for (int r : dated) {
      String letter = cell(letters, "id", r);
      String g = group(letters, r);
      label.append(labels.of(letter));
      id.append(letter);
      date.append(cell(letters, "date", r));
      group.append(named.contains(g) ? g : "other");
      kind.append(cell(letters, "kind", r));
      link.append(labels.link(letter));
    }
    Table data = Table.create("timeline", label, id, date, group, kind, link);
    ObjectNode spec = ChartSpecs.base("Letters by date and venue or addressee", height(named));
    ObjectNode mark = ChartSpecs.mark("point");
    mark.put("filled", true).put("size", 90).put("opacity", 0.85);
    spec.set("mark", mark);
    ObjectNode enc = spec.putObject("encoding");
    ObjectNode x = ChartSpecs.field("date", "temporal", "Date");
    x.putObject("scale").put("padding", 16);
    enc.set("x", x);
    enc.set("y", ChartSpecs.field("venue_or_addressee", "nominal", "Venue or addressee"));
    enc.set("shape", ChartSpecs.field("kind", "nominal", "Kind"));
    enc.set("color", ChartSpecs.field("kind", "nominal", "Kind"));
    enc.set("tooltip", ChartSpecs.tooltip("letter", "id", "kind"));
    return new Chart(
        "chart-timeline",
        Chapter.LETTERS,
        "Timeline",
        "Each letter at its date, on the row of its venue (UN body and session) or, without one,"
            + " its addressee; the shape gives its kind. Click a letter for its row in the"
            + " overview.",
        data,
        spec);
  }

  private static Chart months(Table letters, List<Integer> dated, List<String> named) {
    int all = letters.rowCount();
    TreeMap<String, Integer> cells = new TreeMap<>();
    for (int r : dated) {
      String g = group(letters, r);
      g = named.contains(g) ? g : "other";
      cells.merge(cell(letters, "date", r).substring(0, 7) + "\t" + g, 1, Integer::sum);
    }
    StringColumn month = StringColumn.create("month");
    StringColumn group = StringColumn.create("venue_or_addressee");
    IntColumn count = IntColumn.create("letters");
    cells.forEach(
        (key, n) -> {
          String[] parts = key.split("\t", 2);
          month.append(parts[0]);
          group.append(parts[1]);
          count.append(n);
        });
    Table data = Table.create("timeline", month, group, count);
    ObjectNode spec = ChartSpecs.base("Letters per month by venue or addressee", height(named));
    spec.set("mark", ChartSpecs.mark("circle"));
    ObjectNode enc = spec.putObject("encoding");
    ObjectNode x = ChartSpecs.field("month", "temporal", "Month");
    x.putObject("scale").put("padding", 16);
    enc.set("x", x);
    enc.set("y", ChartSpecs.field("venue_or_addressee", "nominal", "Venue or addressee"));
    enc.set("size", ChartSpecs.field("letters", "quantitative", "Letters"));
    enc.set("tooltip", ChartSpecs.tooltip("month", "venue_or_addressee", "letters"));
    return new Chart(
        "chart-timeline",
        Chapter.LETTERS,
        "Timeline",
        String.format(
            Locale.ROOT,
            "Letters per month (%,d dated of %,d), on the row of their venue or, without one, their"
                + " addressee; the %d commonest are named, the rest are \"other\".",
            dated.size(),
            all,
            GROUPS),
        data,
        spec);
  }

  private static int height(List<String> named) {
    return Math.max(120, 26 * (named.size() + 1));
  }

  /** The venue without "(inferred)", else the addressee's short form, else "no addressee". */
  static String group(Table letters, int r) {
    String venue = cell(letters, "venue", r).replace(" (inferred)", "").trim();
    if (!venue.isEmpty()) {
      return venue;
    }
    String addressee = LetterLabels.addressee(cell(letters, "addressee", r));
    return addressee.isEmpty() ? "no addressee" : addressee;
  }

  private static String cell(Table table, String column, int r) {
    return table.column(column).getUnformattedString(r);
  }
}
