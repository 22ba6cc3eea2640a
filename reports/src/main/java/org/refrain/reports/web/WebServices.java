package org.refrain.reports.web;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.refrain.analysis.AnalysisSettings;
import org.refrain.analysis.demand.Taxonomy;
import org.refrain.analysis.index.DraftCheck;
import org.refrain.analysis.index.DraftChecker;
import org.refrain.analysis.reuse.ReuseSettings;
import org.refrain.corpus.Corpus;
import org.refrain.reports.html.HtmlPage;
import org.refrain.reports.html.HtmlReport;
import org.refrain.reports.report.Report;
import org.refrain.reports.report.ReportFigures;

/**
 * The app's {@link WebApp.Services} as {@code refrain serve} and the tests use them: a draft is
 * read by {@code reader} (as the corpus is read: formats, cleaning, splitting), its first letter's
 * demands tagged with {@code settings} and {@code taxonomy} on that letter alone, and checked
 * against the served index; the report is the HTML report of the served corpus.
 */
public final class WebServices implements WebApp.Services {

  private final Function<Path, Corpus> reader;
  private final AnalysisSettings settings;
  private final Taxonomy taxonomy;
  private final ReuseSettings reuse;
  private final Function<Corpus, String> corpusHash;

  /**
   * @param reader reads one draft file into a corpus (no letter when it holds none)
   * @param settings the analysis settings a draft is tagged with (the taxonomy is put in)
   * @param taxonomy the demands tagged and checked
   * @param reuse the reuse settings of the draft check and the compare page
   * @param corpusHash the corpus hash the report shows
   */
  public WebServices(
      Function<Path, Corpus> reader,
      AnalysisSettings settings,
      Taxonomy taxonomy,
      ReuseSettings reuse,
      Function<Corpus, String> corpusHash) {
    this.reader = Objects.requireNonNull(reader, "reader");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
    this.reuse = Objects.requireNonNull(reuse, "reuse");
    this.corpusHash = Objects.requireNonNull(corpusHash, "corpusHash");
  }

  @Override
  public DraftCheck check(WebCorpus web, Path draft, String addressee, String venue)
      throws java.io.IOException {
    Corpus read = reader.apply(draft);
    if (read.letters().isEmpty()) {
      return null;
    }
    return new DraftChecker(web.index(), reuse)
        .check(read.letters().get(0), settings.withTaxonomy(taxonomy), addressee, venue);
  }

  @Override
  public ReuseSettings reuse() {
    return reuse;
  }

  @Override
  public String report(WebCorpus web) {
    ReportFigures figures = new ReportFigures(web.analysis(), (name, table) -> {});
    Report report = Report.of(web.analysis(), List.of(), figures);
    List<HtmlPage.Fact> facts = new ArrayList<>();
    facts.add(new HtmlPage.Fact("Corpus hash", corpusHash.apply(web.corpus())));
    facts.add(new HtmlPage.Fact("Made by", "refrain serve"));
    HtmlReport.Inputs in =
        new HtmlReport.Inputs(
            "Refrain report", web.corpus(), report.sections(), figures, facts, report.warnings());
    StringWriter page = new StringWriter();
    HtmlReport.write(HtmlReport.page(in), page);
    return page.toString();
  }
}
