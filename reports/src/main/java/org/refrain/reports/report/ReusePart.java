package org.refrain.reports.report;

import java.util.List;
import org.refrain.analysis.CorpusAnalysis;
import org.refrain.analysis.reuse.ReuseCoverage;
import org.refrain.analysis.reuse.ReuseLabeler;
import org.refrain.analysis.reuse.ReuseResult;
import org.refrain.analysis.reuse.ReuseSettings;
import org.refrain.analysis.reuse.VariantView;
import org.refrain.corpus.Letter;
import org.refrain.reports.render.ReportSection;
import org.refrain.reports.render.VariantRenderer;
import org.refrain.reports.table.ReuseTable;
import tech.tablesaw.api.Table;

/**
 * The reuse part of {@code refrain report}: the families, every copy and the similarity matrix as
 * CSV; in Markdown, the families, the matrix with short labels, and each family's variant view.
 */
final class ReusePart extends ReportPart {

  private static final int SHOWN = 20;
  private static final int TEXT_WIDTH = 120;

  /**
   * @param profiles the letters' rhetoric profiles, in the corpus's order: the asks that make a
   *     family substantive
   */
  static ReusePart of(CorpusAnalysis analysis) {
    ReusePart report = new ReusePart();
    ReuseSettings settings = analysis.settings().reuse();
    ReuseResult result = analysis.reuse();
    Table families = ReuseTable.families(result.families());
    List<Letter> plain = analysis.corpus().letters();
    ReuseCoverage coverage = analysis.coverage();
    report.files.put("reuse-families.csv", families);
    report.files.put("reuse-copies.csv", ReuseTable.members(result.families()));
    report.files.put(
        "similarity.csv",
        ReuseTable.similarity(coverage, plain, plain.stream().map(Letter::id).toList()));
    report.sections.add(
        new ReportSection(
            "Reused passages",
            String.format(
                java.util.Locale.ROOT,
                "%d passages of %d or more words shared, exactly or with edits, by two or more"
                    + " letters, grouped into families, most letters first (the first %d shown)."
                    + " The source is the earliest copy. Boilerplate: %s. Every copy with its"
                    + " offsets: `reuse-copies.csv`; all families: `reuse-families.csv`; `refrain"
                    + " reuse`.",
                result.families().size(),
                settings.minTokens(),
                SHOWN,
                "no copy asks for anything, and every copy is in the first or last "
                    + ReuseLabeler.FRAME
                    + " paragraphs or the family recurs in half the letters"),
            ReuseTable.shortened(families.first(SHOWN), TEXT_WIDTH)));
    LetterKey key = LetterKey.of(plain);
    report.sections.add(
        new ReportSection(
            "Similarity",
            "The share of each row letter's words in passages it shares with each column letter"
                + " (not symmetric); `reused` is the share shared with any letter. "
                + key.markdown()
                + ". `similarity.csv` names the letters in full.",
            ReuseTable.similarity(coverage, plain, key.labels())));
    StringBuilder views = new StringBuilder();
    views.append(
        "Each family's copies in date order; after the first, each is shown as the words that"
            + " changed from the copy before (~~deleted~~ **inserted**).\n");
    result.families().stream()
        .limit(SHOWN)
        .forEach(f -> views.append('\n').append(VariantRenderer.markdown(VariantView.of(f))));
    report.sections.add(new ReportSection("How the passages changed", views.toString(), null));
    return report;
  }
}
