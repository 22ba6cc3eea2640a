package org.refrain.reports.report;

import java.util.List;
import java.util.Locale;
import org.refrain.analysis.CorpusAnalysis;
import org.refrain.analysis.demand.DemandChange;
import org.refrain.analysis.demand.DemandResult;
import org.refrain.analysis.demand.DemandTimeline;
import org.refrain.analysis.demand.LetterDemands;
import org.refrain.analysis.demand.Taxonomy;
import org.refrain.reports.render.MarkdownRenderer;
import org.refrain.reports.render.ReportSection;
import org.refrain.reports.table.DemandTable;
import tech.tablesaw.api.Table;

/**
 * The demands part of {@code refrain report}: the letter by demand matrix and every evidence
 * sentence, prevalence by year, first and last appearance, and the changes between letters, as CSV
 * and as report sections (letters named L1..Ln in date order, with a key).
 */
final class DemandPart extends ReportPart {

  static DemandPart of(CorpusAnalysis analysis) {
    DemandPart report = new DemandPart();
    DemandResult result = analysis.demands();
    Taxonomy taxonomy = result.taxonomy();
    List<LetterDemands> all = result.letters();
    // Past the columns a table can show, the latest dated letters (undated ones sort last).
    List<LetterDemands> dated = all.stream().filter(l -> l.letter().date() != null).toList();
    List<LetterDemands> rows =
        all.size() <= LetterKey.MAX_COLUMNS
            ? all
            : dated.subList(Math.max(0, dated.size() - LetterKey.MAX_COLUMNS), dated.size());
    LetterKey key = LetterKey.of(rows.stream().map(LetterDemands::letter).toList());
    DemandResult shown = rows.size() == all.size() ? result : new DemandResult(taxonomy, rows);
    var shares = DemandTimeline.byYear(result);
    List<DemandChange> changes = analysis.demandChanges();
    Table appearances = DemandTable.appearances(DemandTimeline.appearances(result));
    report.files.put("demands.csv", DemandTable.matrix(result));
    report.files.put("demand-evidence.csv", DemandTable.evidence(result));
    report.files.put("demand-years.csv", DemandTable.byYear(shares));
    report.files.put("demand-appearances.csv", appearances);
    report.files.put("demand-changes.csv", DemandTable.changes(changes));
    report.sections.add(
        new ReportSection(
                "Demands",
                "The demands of the taxonomy ("
                    + MarkdownRenderer.escape(taxonomy.source())
                    + ", "
                    + taxonomy.demands().size()
                    + " demands) in each letter, in date order: `ask` when a sentence holding the"
                    + " demand requests action (a directive such as \"we urge\", an imperative, \"it is"
                    + " crucial that\", \"should\" before an action, an item of a list of"
                    + " recommendations, or in a press release a reported ask), `mention` when it is"
                    + " only there. "
                    + (shown == result
                        ? ""
                        : String.format(
                            Locale.ROOT,
                            "The latest %d of %,d letters are shown (undated ones left out). ",
                            key.letters().size(),
                            all.size()))
                    + key.markdown()
                    + ". Every sentence behind every cell, with its offsets, the ask cue and the"
                    + " patterns that matched: `demand-evidence.csv`; the matrix with full ids:"
                    + " `demands.csv`; `refrain demands --evidence`.",
                DemandTable.grid(shown, key.labels()))
            .withKey(key));
    report.sections.add(
        new ReportSection(
            "Demand prevalence by year",
            "Letters holding each demand out of the year's letters, with how many ask for it."
                + " `demand-years.csv` has the counts and shares.",
            DemandTable.byYearGrid(result, shares)));
    report.sections.add(
        new ReportSection(
            "First and last appearance",
            "Each demand's first and last dated letter, and the first that asks for it."
                + " `demand-appearances.csv`.",
            appearances));
    report.sections.add(
        new ReportSection(
                "How the demands changed",
                "Demands added, dropped, strengthened (mention to ask) and weakened (ask to mention)"
                    + " from one letter to the next: `all` compares each letter with the one before"
                    + " it, `addressee` with the latest earlier letter to the same addressee, `venue`"
                    + " with the latest earlier letter to the same UN body. Each change with the"
                    + " sentence that shows it and its offsets: `demand-changes.csv`.",
                DemandTable.changeSummary(changes, key::label))
            .withKey(key));
    return report;
  }
}
