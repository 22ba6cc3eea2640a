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

  /** The overview table's file. */
  public static final String LETTERS_CSV = "letters.csv";

  private final Map<String, Table> tables;
  private final List<ReportSection> sections;
  private final List<String> warnings;

  private Report(Map<String, Table> tables, List<ReportSection> sections, List<String> warnings) {
    this.tables = tables;
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
    Objects.requireNonNull(queries, "queries");
    // Annotation first, on all threads; then the parts, each on a thread of its own.
    analysis.annotation();
    ReportPart[] parts = new ReportPart[4];
    analysis.computeTogether(
        List.of(
            () -> parts[0] = LanguagePart.of(analysis, queries),
            () -> parts[1] = ReusePart.of(analysis),
            () -> parts[2] = DemandPart.of(analysis),
            () -> parts[3] = SignatoryPart.of(analysis, 0)));
    Map<String, Table> tables = new LinkedHashMap<>();
    tables.put(LETTERS_CSV, LettersTable.of(analysis.corpus().letters()));
    List<ReportSection> sections = new ArrayList<>();
    for (ReportPart part : parts) {
      tables.putAll(part.files());
      sections.addAll(part.sections());
    }
    return new Report(tables, sections, analysis.signatories().warnings());
  }

  /** Every table, by file name, in report order. */
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
