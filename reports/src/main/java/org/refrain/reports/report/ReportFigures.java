package org.refrain.reports.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.refrain.analysis.CorpusAnalysis;
import org.refrain.corpus.Letter;
import tech.tablesaw.api.Table;

/**
 * Watches a report's tables go by and keeps what the HTML report draws and leads with: its charts
 * (bounded data, drawn from the full tables), its candidate findings and a few counts. It sees each
 * table while the analysis stages behind it are still held, so at any corpus size it keeps only
 * small summaries, never a table.
 */
public final class ReportFigures implements Report.TableSink {

  private final CorpusAnalysis analysis;
  private final Report.TableSink next;
  private final LetterLabels labels;
  private final Map<String, Letter> letters = new HashMap<>();
  private final Periods periods;
  private final List<Chart> charts = new ArrayList<>();
  private final List<Finding> findings = new ArrayList<>();
  private final List<Table> extras = new ArrayList<>();
  private final Map<String, Integer> counts = new HashMap<>();
  private final Map<String, Table> kept = new HashMap<>();
  private int coreK;

  /** Passes every table on to {@code next} after looking at it. */
  public ReportFigures(CorpusAnalysis analysis, Report.TableSink next) {
    this.analysis = Objects.requireNonNull(analysis, "analysis");
    this.next = Objects.requireNonNull(next, "next");
    List<Letter> all = analysis.corpus().letters();
    this.labels = LetterLabels.of(all);
    all.forEach(l -> letters.put(l.id(), l));
    this.periods = PeriodChooser.choose(all);
  }

  @Override
  public void accept(String name, Table table) {
    look(name, table);
    next.accept(name, table);
  }

  private synchronized void look(String name, Table table) {
    counts.put(name, table.rowCount());
    switch (name) {
      case Report.LETTERS_CSV -> LetterCharts.timeline(table, labels).ifPresent(charts::add);
      case "demands.csv" -> {
        kept.put(name, table);
        findings.addAll(DemandFindings.of(analysis.demands(), periods));
      }
      case "demand-evidence.csv" -> {
        DemandCharts.Grid grid =
            DemandCharts.grid(kept.remove("demands.csv"), table, analysis.demands(), labels);
        charts.add(grid.chart());
        extras.add(grid.evidence());
      }
      case "demand-years.csv" -> charts.add(DemandCharts.years(table, analysis.demands()));
      case "rhetoric.csv" -> charts.add(LanguageCharts.rhetoric(table, labels));
      case "keyness.csv" -> {
        LanguageCharts.keyness(table, periods).ifPresent(charts::add);
        findings.addAll(LanguageCharts.keynessFindings(table, periods));
      }
      case "similarity.csv" -> ReuseCharts.matrix(table, labels).ifPresent(charts::add);
      case ReusePart.NEAREST_CSV -> {
        if (!counts.containsKey("similarity.csv")
            || counts.get("similarity.csv") > LetterKey.MAX_COLUMNS) {
          ReuseCharts.pairs(table, labels).ifPresent(charts::add);
        }
        findings.addAll(ReuseCharts.findings(table, labels));
      }
      case "coalition-changes.csv" -> {
        SignatoryCharts.changes(table, labels).ifPresent(charts::add);
        findings.addAll(SignatoryCharts.findings(table, labels, letters));
      }
      case "coalition-core-members.csv" -> {
        kept.put(name, table.first(5));
        coreK = table.rowCount() == 0 ? 0 : (int) table.intColumn("letters").min();
      }
      default -> {}
    }
  }

  /** The charts, in chapter order and, within a chapter, in the order their tables came. */
  public synchronized List<Chart> charts() {
    List<Chart> ordered = new ArrayList<>(charts);
    ordered.sort(
        java.util.Comparator.comparing(Chart::chapter)
            .thenComparing(c -> CHART_ORDER.indexOf(c.id())));
    return List.copyOf(ordered);
  }

  private static final List<String> CHART_ORDER =
      List.of(
          "chart-timeline",
          "chart-demand-matrix",
          "chart-demand-years",
          "chart-keyness",
          "chart-rhetoric",
          "chart-similarity",
          "chart-signatory-changes");

  /** Every candidate finding; {@link Findings#pick} chooses the summary's. */
  public synchronized List<Finding> findings() {
    return List.copyOf(findings);
  }

  /** Tables the HTML shows beside the charts (the heat map's evidence), by chapter. */
  public synchronized List<Table> extras() {
    return List.copyOf(extras);
  }

  /** How many rows the table named had; -1 for a table not seen. */
  public synchronized int rows(String name) {
    return counts.getOrDefault(name, -1);
  }

  /** The first rows of the core coalition's members, or null. */
  public synchronized Table coreMembers() {
    return kept.get("coalition-core-members.csv");
  }

  /** The least letters a core member signed; 0 without a core. */
  public synchronized int coreK() {
    return coreK;
  }

  public LetterLabels labels() {
    return labels;
  }

  /** The two periods comparisons over time are made between, or null with fewer than two. */
  public Periods periods() {
    return periods;
  }
}
