package org.refrain.reports.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.refrain.analysis.CorpusAnalysis;
import org.refrain.analysis.reuse.ReuseCoverage;
import org.refrain.analysis.reuse.ReuseCoverage.Similarity;
import org.refrain.analysis.reuse.ReuseFamily;
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
 * The reuse part of {@code refrain report}: the families, every copy, each letter's most similar
 * letters and, up to {@link ReuseTable#MATRIX_LIMIT} letters, the similarity matrix as CSV; in
 * Markdown, the families, the matrix with short labels (past the limit, the most similar pairs),
 * and each family's variant view.
 */
final class ReusePart extends ReportPart {

  private static final int SHOWN = 20;
  private static final int TEXT_WIDTH = 120;
  static final String NEAREST_CSV = "similarity-nearest.csv";

  /** Copies shown of each family's variant view: a boilerplate family has thousands. */
  private static final int COPIES_SHOWN = 12;

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
    // Each letter's SHOWN nearest, so the corpus's SHOWN most similar pairs are among them.
    List<Similarity> nearest = coverage.nearest(Math.max(SHOWN, ReuseCoverage.DEFAULT_NEAREST));
    report.files.put("reuse-families.csv", families);
    report.files.put("reuse-copies.csv", ReuseTable.members(result.families()));
    boolean matrix = plain.size() <= ReuseTable.MATRIX_LIMIT;
    if (matrix) {
      report.files.put(
          "similarity.csv",
          ReuseTable.similarity(coverage, plain, plain.stream().map(Letter::id).toList()));
    }
    report.files.put(NEAREST_CSV, ReuseTable.nearest(firstOfEach(nearest)));
    report.sections.add(
        new ReportSection(
            "Reused passages",
            String.format(
                Locale.ROOT,
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
    report.sections.add(
        plain.size() <= LetterKey.MAX_COLUMNS ? matrix(coverage, plain) : mostSimilar(nearest));
    LetterLabels labels = LetterLabels.of(plain);
    StringBuilder html = new StringBuilder();
    StringBuilder views = new StringBuilder();
    views.append(
        "Each family's copies in date order; after the first, each is shown as the words that"
            + " changed from the copy before (~~deleted~~ **inserted**).\n");
    for (ReuseFamily family :
        result.families().subList(0, Math.min(SHOWN, result.families().size()))) {
      VariantView view = VariantView.of(family, COPIES_SHOWN);
      views.append('\n').append(VariantRenderer.markdown(view));
      html.append(VariantRenderer.html(view, labels::of));
      int more = family.members().size() - COPIES_SHOWN;
      if (more > 0) {
        String line = String.format(Locale.ROOT, "%d more copies: `reuse-copies.csv`.", more);
        views.append('\n').append(line).append('\n');
        html.append("<p class=\"muted\">").append(line.replace("`", "")).append("</p>\n");
      }
    }
    report.sections.add(
        new ReportSection("How the passages changed", views.toString(), null)
            .withHtml(
                "<p>Each family's copies in date order; after the first, each is shown as the"
                    + " words that changed from the copy before (<del>deleted</del>"
                    + " <ins>inserted</ins>).</p>\n"
                    + html));
    return report;
  }

  private static ReportSection matrix(ReuseCoverage coverage, List<Letter> plain) {
    LetterKey key = LetterKey.of(plain);
    return new ReportSection(
            "Similarity",
            "The share of each row letter's words in passages it shares with each column letter"
                + " (not symmetric); `reused` is the share shared with any letter. "
                + key.markdown()
                + ". `similarity.csv` names the letters in full; each letter's "
                + ReuseCoverage.DEFAULT_NEAREST
                + " most similar letters: `"
                + NEAREST_CSV
                + "`.",
            ReuseTable.similarity(coverage, plain, key.labels()))
        .withKey(key);
  }

  /** The first {@link ReuseCoverage#DEFAULT_NEAREST} rows of each letter's run of rows. */
  private static List<Similarity> firstOfEach(List<Similarity> nearest) {
    List<Similarity> first = new ArrayList<>();
    int run = 0;
    for (int i = 0; i < nearest.size(); i++) {
      boolean sameLetter = i > 0 && nearest.get(i).letter().equals(nearest.get(i - 1).letter());
      run = sameLetter ? run + 1 : 0;
      if (run < ReuseCoverage.DEFAULT_NEAREST) {
        first.add(nearest.get(i));
      }
    }
    return first;
  }

  /** Past the matrix limit: the most similar pairs of the whole corpus. */
  private static ReportSection mostSimilar(List<Similarity> nearest) {
    List<Similarity> top =
        nearest.stream()
            .sorted(
                Comparator.comparingDouble(Similarity::share)
                    .reversed()
                    .thenComparing(Similarity::letter)
                    .thenComparing(Similarity::other))
            .limit(SHOWN)
            .toList();
    return new ReportSection(
        "Similarity",
        String.format(
            Locale.ROOT,
            "The %d pairs of letters where the first has the largest share of its words in"
                + " passages it shares with the second (not symmetric). Each letter's %d most"
                + " similar letters: `%s`. The letter-by-letter matrix (`similarity.csv`) is"
                + " written for at most %d letters.",
            top.size(),
            ReuseCoverage.DEFAULT_NEAREST,
            NEAREST_CSV,
            ReuseTable.MATRIX_LIMIT),
        ReuseTable.nearest(top));
  }
}
