package org.refrain.reports.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.refrain.analysis.annotate.AnnotatedCorpus;
import org.refrain.analysis.demand.Taxonomy;
import org.refrain.analysis.language.PhraseQuery;
import org.refrain.analysis.language.RhetoricProfile;
import org.refrain.analysis.language.RhetoricProfiler;
import org.refrain.analysis.reuse.ReuseSettings;
import org.refrain.analysis.signatory.SignatoryResolver;
import org.refrain.corpus.Corpus;
import org.refrain.reports.render.CsvRenderer;
import org.refrain.reports.render.MarkdownReport;
import org.refrain.reports.render.ReportSection;
import org.refrain.reports.table.LettersTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code refrain report}: writes the letters overview as CSV and the full report as Markdown, all
 * or nothing, and prints the paths written.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Writes report.md and a CSV per table (letters, terms, keyness, distinctive terms,"
            + " rhetoric, directives, collocates, concordance, reused passages, similarity, demands,"
            + " their evidence, prevalence by year, appearances and changes) to a directory.")
final class ReportCommand implements Callable<Integer> {

  static final String LETTERS_CSV = "letters.csv";
  static final String REPORT_MD = "report.md";

  @Spec private CommandSpec spec;

  @Mixin private CorpusOptions corpus;
  @Mixin private AnalysisOptions analysis;
  @Mixin private ReuseOptions reuse;
  @Mixin private TaxonomyOptions taxonomyOptions;
  @Mixin private AliasOptions aliases;

  @Option(
      names = "--term",
      paramLabel = "TERM",
      description =
          "A word or phrase to give collocates and a concordance for; repeatable (default: the"
              + " corpus's three commonest phrases).")
  private List<String> terms = new ArrayList<>();

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "out/report",
      description = "Directory to write into, created if needed (default: ${DEFAULT-VALUE}).")
  private Path out;

  @Override
  public Integer call() {
    // Read before the corpus, so a bad taxonomy is an error before any work.
    Taxonomy taxonomy = taxonomyOptions.taxonomy();
    SignatoryResolver resolver = aliases.resolver();
    Corpus read = corpus.load();
    Map<String, String> files = new LinkedHashMap<>();
    // Parsed before annotating, so a term without words is a usage error before any work.
    List<PhraseQuery> queries = terms.stream().map(t -> Options.query(t, false)).toList();
    ReuseSettings settings = reuse.settings();
    AnnotatedCorpus annotated = analysis.annotate(read);
    // Profiled once: the language sections show the asks, the reuse labels depend on them.
    List<RhetoricProfile> profiles = RhetoricProfiler.create().profile(annotated.letters());
    LanguageReport language = LanguageReport.of(annotated, profiles, queries);
    ReuseReport reused = ReuseReport.of(annotated, profiles, settings);
    DemandReport demands = DemandReport.of(annotated, taxonomy);
    SignatoryReport signatories = SignatoryReport.of(read, resolver, 0);
    signatories
        .resolution
        .warnings()
        .forEach(w -> spec.commandLine().getErr().println("warning: " + w));
    files.put(LETTERS_CSV, CsvRenderer.render(LettersTable.of(read.letters())));
    language.files().forEach((name, table) -> files.put(name, CsvRenderer.render(table)));
    reused.files().forEach((name, table) -> files.put(name, CsvRenderer.render(table)));
    demands.files().forEach((name, table) -> files.put(name, CsvRenderer.render(table)));
    signatories.files().forEach((name, table) -> files.put(name, CsvRenderer.render(table)));
    List<ReportSection> sections = new ArrayList<>(language.sections());
    sections.addAll(reused.sections());
    sections.addAll(demands.sections());
    sections.addAll(signatories.sections());
    files.put(REPORT_MD, MarkdownReport.render(read, sections));
    List<Path> written;
    try {
      written = new OutputDirectory(out).writeAll(files);
    } catch (IOException e) {
      String file = UserError.file(e);
      String where = file == null || Path.of(file).equals(out) ? "" : " (" + file + ")";
      throw new UserError(
          ExitCode.CANNOT_WRITE,
          "cannot write report to " + out + ": " + UserError.reason(e) + where);
    }
    PrintWriter stdout = spec.commandLine().getOut();
    for (Path path : written) {
      stdout.println(path);
    }
    stdout.flush();
    return ExitCode.OK;
  }
}
