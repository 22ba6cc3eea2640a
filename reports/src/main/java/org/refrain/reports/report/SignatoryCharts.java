package org.refrain.reports.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.refrain.corpus.Letter;
import org.refrain.corpus.LetterKind;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The signatories chapter's chart and findings: who joined and who left. */
final class SignatoryCharts {

  /** Lists shorter than this are not compared in a finding. */
  static final int MIN_SIGNERS = 5;

  private SignatoryCharts() {}

  /** Joined (up) and left (down) from each letter to the next, latest letters. */
  static Optional<Chart> changes(Table changes, LetterLabels labels) {
    List<Integer> consecutive = new ArrayList<>();
    for (Row row : changes) {
      if ("all".equals(row.getString("scope"))) {
        consecutive.add(row.getRowNumber());
      }
    }
    if (consecutive.isEmpty()) {
      return Optional.empty();
    }
    List<Integer> shown =
        consecutive.subList(
            Math.max(0, consecutive.size() - LetterKey.MAX_COLUMNS), consecutive.size());
    StringColumn letter = StringColumn.create("letter");
    IntColumn order = IntColumn.create("order");
    StringColumn change = StringColumn.create("change");
    IntColumn signers = IntColumn.create("signatories");
    StringColumn before = StringColumn.create("before");
    StringColumn link = StringColumn.create("link");
    int n = 0;
    for (int r : shown) {
      Row row = changes.row(r);
      n++;
      for (String kind : List.of("joined", "left")) {
        letter.append(labels.of(row.getString("after")));
        order.append(n);
        change.append(kind);
        signers.append(kind.equals("joined") ? row.getInt(kind) : -row.getInt(kind));
        before.append(labels.of(row.getString("before")));
        link.append("#table-how-the-coalition-changed");
      }
    }
    Table data = Table.create("coalition-changes", letter, order, change, signers, before, link);
    ObjectNode spec = ChartSpecs.base("Signatories joining and leaving", 260);
    spec.set("mark", ChartSpecs.mark("bar"));
    ObjectNode enc = spec.putObject("encoding");
    ObjectNode x =
        ChartSpecs.sortedBy(ChartSpecs.field("letter", "nominal", "Letter (date order)"), "order");
    x.putObject("axis").put("labelAngle", -40).put("labelLimit", 240);
    enc.set("x", x);
    enc.set("y", ChartSpecs.field("signatories", "quantitative", "Signatories (left below zero)"));
    ObjectNode colour = ChartSpecs.field("change", "nominal", "Change");
    colour.putObject("scale").putArray("range").add("#1a9850").add("#d73027");
    enc.set("color", colour);
    enc.set("tooltip", ChartSpecs.tooltip("letter", "before", "change", "signatories"));
    return Optional.of(
        new Chart(
            "chart-signatory-changes",
            Chapter.SIGNATORIES,
            "Joined and left",
            (shown.size() < consecutive.size()
                    ? String.format(Locale.ROOT, "The latest %d letters: for each, ", shown.size())
                    : "For each letter, ")
                + "the signatories that did not sign the letter before it"
                + " (joined, above) and those of the letter before that did not sign it (left,"
                + " below).",
            data,
            spec));
  }

  /**
   * The largest turnover between two consecutive letters (press releases, whose lists are partial,
   * left out), weighed by one minus the Jaccard similarity of the two lists.
   */
  static List<Finding> findings(Table changes, LetterLabels labels, Map<String, Letter> letters) {
    Finding best = null;
    for (Row row : changes) {
      Letter before = letters.get(row.getString("before"));
      Letter after = letters.get(row.getString("after"));
      if (!"all".equals(row.getString("scope"))
          || before == null
          || after == null
          || before.kind() != LetterKind.LETTER
          || after.kind() != LetterKind.LETTER) {
        continue;
      }
      int joined = row.getInt("joined");
      int left = row.getInt("left");
      int stayed = row.getInt("stayed");
      if (left + stayed < MIN_SIGNERS || joined + stayed < MIN_SIGNERS) {
        continue;
      }
      double weight = 1 - row.getDouble("jaccard");
      if (best == null || weight > best.weight()) {
        best =
            new Finding(
                Finding.Kind.COALITION,
                Math.max(0, Math.min(1, weight)),
                String.format(
                    Locale.ROOT,
                    "From \"%s\" to \"%s\", %s joined, %d left and %d signed both.",
                    labels.of(before),
                    labels.of(after),
                    joined == 1 ? "1 signatory" : joined + " signatories",
                    left,
                    stayed),
                "chart-signatory-changes");
      }
    }
    return best == null ? List.of() : List.of(best);
  }
}
