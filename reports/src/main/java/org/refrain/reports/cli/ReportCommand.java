package org.refrain.reports.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.refrain.analysis.CorpusAnalysis;
import org.refrain.analysis.demand.Taxonomy;
import org.refrain.analysis.language.PhraseQuery;
import org.refrain.analysis.reuse.ReuseSettings;
import org.refrain.analysis.signatory.AliasRule;
import org.refrain.corpus.Corpus;
import org.refrain.reports.json.ReportJson;
import org.refrain.reports.render.CsvRenderer;
import org.refrain.reports.render.MarkdownReport;
import org.refrain.reports.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tech.tablesaw.api.Table;

/**
 * {@code refrain report}: writes every table as CSV, the full report as Markdown and everything as
 * JSON, all or nothing, and prints the paths written.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Writes report.md, report.json and a CSV per table (letters, terms, keyness, distinctive"
            + " terms, rhetoric, directives, collocates, concordance, reused passages, similarity,"
            + " demands, their evidence, prevalence by year, appearances and changes) to a"
            + " directory.")
final class ReportCommand implements Callable<Integer> {

  static final String REPORT_MD = "report.md";
  static final String REPORT_JSON = "report.json";

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
    // Read before the corpus, so a bad taxonomy, alias file or term is an error before any work.
    Taxonomy taxonomy = taxonomyOptions.taxonomy();
    List<AliasRule> aliasRules = aliases.aliases();
    ReuseSettings settings = reuse.settings();
    List<PhraseQuery> queries = terms.stream().map(t -> Options.query(t, false)).toList();
    Refrain root = (Refrain) spec.root().userObject();
    StageDisplay display = corpus.display();
    ReportCache cache = ReportCache.at(analysis.cacheDirectory());
    String key = display.stage("report key", () -> key(settings, root));
    ReportCache.Entry entry = display.stage("report cache", () -> cache.get(key)).orElse(null);
    PrintWriter err = spec.commandLine().getErr();
    List<Path> written;
    try (OutputDirectory.Staging staging = new OutputDirectory(out).stage()) {
      List<String> names = new ArrayList<>();
      if (entry == null) {
        // The messages a hit prints are the ones this run printed: the reader's, the stages'.
        Corpus read = corpus.load();
        CorpusAnalysis analysed =
            analysis.of(
                read, s -> s.withTaxonomy(taxonomy).withAliases(aliasRules).withReuse(settings));
        ReportJson json = ReportJson.in(staging.directory());
        // Each part's tables are written as soon as it is built, then let go of.
        Report report =
            display.stage(
                "report",
                () ->
                    Report.of(
                        analysed, queries, (name, table) -> table(staging, json, name, table)));
        display.stage(
            "render",
            () -> write(staging, REPORT_MD, MarkdownReport.render(read, report.sections())));
        display.stage("json", () -> json(staging, json, read, report));
        names.addAll(report.names());
        names.add(REPORT_MD);
        names.add(REPORT_JSON);
        List<String> messages = new ArrayList<>(CorpusOptions.lines(read));
        report.warnings().forEach(w -> messages.add("warning: " + w));
        report.warnings().forEach(w -> err.println("warning: " + w));
        cache
            .put(key, names, staging.directory(), messages)
            .ifPresent(problem -> display.warned("report", problem));
      } else {
        entry.messages().forEach(err::println);
        for (String name : entry.names()) {
          Files.copy(entry.file(name), staging.path(name));
        }
        names.addAll(entry.names());
      }
      err.flush();
      written = display.stage("write", () -> commit(staging, names));
    } catch (IOException | UncheckedIOException failure) {
      IOException e =
          failure instanceof UncheckedIOException u ? u.getCause() : (IOException) failure;
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

  /**
   * The report cache's key: the build, every setting that changes the report and the files it
   * names, and the corpus's input (the files the reader would read, names and bytes, and the chrome
   * file). Threads, the cache and the output directory change nothing in the report and are left
   * out. No letter is read to make it, so a hit costs a pass over the files' bytes.
   */
  private String key(ReuseSettings settings, Refrain root) {
    List<String> parts = new ArrayList<>();
    parts.add(ReportCache.build());
    parts.add(settings.toString());
    parts.add(String.join("\n", terms));
    parts.add(ReportCache.fingerprint(taxonomyOptions.file()));
    parts.add(ReportCache.fingerprint(aliases.file()));
    parts.add(ReportCache.fingerprint(root.lexiconDirectory()));
    parts.add(corpus.fingerprint());
    return ReportCache.key(parts);
  }

  /** Writes a table as CSV and as its fragment of report.json. */
  private static void table(
      OutputDirectory.Staging staging, ReportJson json, String name, Table table) {
    try {
      staging.write(name, w -> CsvRenderer.write(table, w));
      json.add(name, table);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Assembles report.json; its head, for now, names the build and the tables. */
  private static Void json(
      OutputDirectory.Staging staging, ReportJson json, Corpus read, Report report) {
    try {
      Map<String, Object> head = new LinkedHashMap<>();
      head.put("version", VersionProvider.version());
      head.put("tables", report.names().stream().map(ReportJson::key).toList());
      staging.write(REPORT_JSON, w -> json.write(head, read.letters(), report.names(), w));
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Void write(OutputDirectory.Staging staging, String name, String text) {
    try {
      staging.write(name, w -> w.write(text));
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> commit(OutputDirectory.Staging staging, List<String> names) {
    try {
      return staging.commit(names);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
