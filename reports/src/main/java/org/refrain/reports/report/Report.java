package org.refrain.reports.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.refrain.analysis.CorpusAnalysis;
import org.refrain.analysis.language.PhraseQuery;
import org.refrain.reports.render.ReportSection;
import org.refrain.reports.table.LettersTable;
import tech.tablesaw.api.Table;

/**
 * The report on one analysed corpus: every table, by the CSV file name it is written as, in report
 * order, and the sections of the Markdown report. Its parts (language, reuse, demands, signatories)
 * are built at once on the analysis's threads; each reads its stages from the one analysis, so
 * nothing is computed twice.
 */
public final class Report {

  /**
   * Up to this many letters the parts are built at once; past it, one after another, so only one
   * part's stages and tables are being made at a time: at 10,000 letters the language part beside
   * the others did not fit a 2 GB heap.
   */
  static final int PARALLEL_PARTS_UP_TO = 2_000;

  /** The overview table's file. */
  public static final String LETTERS_CSV = "letters.csv";

  private final Map<String, Table> tables;
  private final List<String> names;
  private final List<ReportSection> sections;
  private final List<String> warnings;

  private Report(
      Map<String, Table> tables,
      List<String> names,
      List<ReportSection> sections,
      List<String> warnings) {
    this.tables = tables;
    this.names = List.copyOf(names);
    this.sections = List.copyOf(sections);
    this.warnings = List.copyOf(warnings);
  }

  /**
   * The report on {@code analysis}.
   *
   * @param queries the terms for collocates and concordances; empty for the corpus's three
   *     commonest phrases
   */
  public static Report of(CorpusAnalysis analysis, List<PhraseQuery> queries) {
    Map<String, Table> tables = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
    Report report = of(analysis, queries, tables::put);
    // The parts finish in any order: the tables in report order.
    Map<String, Table> ordered = new LinkedHashMap<>();
    report.names().forEach(name -> ordered.put(name, tables.get(name)));
    return new Report(ordered, report.names, report.sections, report.warnings);
  }

  /** Takes each table of a report as soon as its part is built; called from the parts' threads. */
  @FunctionalInterface
  public interface TableSink {
    void accept(String name, Table table);
  }

  /**
   * The report on {@code analysis}, its tables handed to {@code sink} (which must be thread-safe)
   * as each part is built and then let go of, so a report of any size never holds them all; the
   * report keeps their names and its sections.
   */
  public static Report of(CorpusAnalysis analysis, List<PhraseQuery> queries, TableSink sink) {
    Objects.requireNonNull(queries, "queries");
    Objects.requireNonNull(sink, "sink");
    sink.accept(LETTERS_CSV, LettersTable.of(analysis.corpus().letters()));
    // Annotation first, on all threads. Then reuse, the stage that needs the most memory while it
    // runs, beside signatories, which need no annotation; then the parts, each on a thread of its
    // own. At ten thousand letters reuse beside the language and demand stages did not fit 2 GB.
    analysis.annotation();
    analysis.computeTogether(List.of(analysis::reuse, analysis::signatories));
    ReportPart[] parts = new ReportPart[4];
    List<List<String>> names = new ArrayList<>(List.of(List.of(), List.of(), List.of(), List.of()));
    List<Runnable> builds =
        List.of(
            () -> parts[0] = drained(LanguagePart.of(analysis, queries), sink, names, 0),
            () -> parts[1] = drained(ReusePart.of(analysis), sink, names, 1),
            () -> parts[2] = drained(DemandPart.of(analysis), sink, names, 2),
            () -> parts[3] = drained(SignatoryPart.of(analysis, 0), sink, names, 3));
    if (analysis.corpus().letters().size() <= PARALLEL_PARTS_UP_TO) {
      analysis.computeTogether(builds);
    } else {
      // One after another, each part's stages forgotten once its tables are written.
      List<CorpusAnalysis.Results> done =
          List.of(
              CorpusAnalysis.Results.TERMS,
              CorpusAnalysis.Results.REUSE,
              CorpusAnalysis.Results.DEMANDS,
              CorpusAnalysis.Results.SIGNATORIES);
      for (int p = 0; p < builds.size(); p++) {
        builds.get(p).run();
        analysis.forget(done.get(p));
      }
    }
    List<String> all = new ArrayList<>(List.of(LETTERS_CSV));
    List<ReportSection> sections = new ArrayList<>();
    Chapter[] chapters = {Chapter.LANGUAGE, Chapter.REUSE, Chapter.DEMANDS, Chapter.SIGNATORIES};
    for (int p = 0; p < parts.length; p++) {
      all.addAll(names.get(p));
      for (ReportSection section : parts[p].sections()) {
        sections.add(section.in(chapters[p]));
      }
    }
    return new Report(Map.of(), all, sections, ((SignatoryPart) parts[3]).resolution.warnings());
  }

  private static ReportPart drained(
      ReportPart part, TableSink sink, List<List<String>> names, int index) {
    List<String> mine = List.copyOf(part.files().keySet());
    synchronized (names) {
      names.set(index, mine);
    }
    part.drainTo(sink);
    return part;
  }

  /** The names of the report's CSV files, in report order. */
  public List<String> names() {
    return names;
  }

  /**
   * Every table, by file name, in report order; empty for a report whose tables went to a {@link
   * TableSink}.
   */
  public Map<String, Table> tables() {
    return java.util.Collections.unmodifiableMap(tables);
  }

  /** The analysis sections of the Markdown report, in order. */
  public List<ReportSection> sections() {
    return sections;
  }

  /** What the stages warned about (alias lines that name no signatory, say). */
  public List<String> warnings() {
    return warnings;
  }
}
