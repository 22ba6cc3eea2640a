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
import org.refrain.corpus.PartsHash;
import org.refrain.reports.html.HtmlPage;
import org.refrain.reports.html.HtmlReport;
import org.refrain.reports.json.ReportJson;
import org.refrain.reports.render.CsvRenderer;
import org.refrain.reports.render.MarkdownReport;
import org.refrain.reports.report.Report;
import org.refrain.reports.report.ReportFigures;
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
        "Writes the report to a directory: index.html (one self-contained page with a summary of"
            + " what changed, charts and every table), report.md, report.json and a CSV per table"
            + " (letters, terms, keyness, distinctive terms, rhetoric, directives, collocates,"
            + " concordance, reused passages, similarity, demands, their evidence, prevalence by"
            + " year, appearances and changes, signatories and the coalition).")
final class ReportCommand implements Callable<Integer> {

  static final String REPORT_MD = "report.md";
  static final String INDEX_HTML = "index.html";
  static final String REPORT_JSON = "report.json";
  private static final String COMMAND = "Command";

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
      names = "--title",
      paramLabel = "TEXT",
      defaultValue = MarkdownReport.TITLE,
      description = "The HTML report's title (default: ${DEFAULT-VALUE}).")
  private String title;

  @Option(
      names = "--from",
      paramLabel = "DATE",
      description = "Only letters dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
  private String from;

  @Option(
      names = "--to",
      paramLabel = "DATE",
      description = "Only letters dated on or before DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
  private String to;

  @Option(
      names = "--letters",
      paramLabel = "ID",
      split = ",",
      description =
          "Only these letters (ids, or parts of ids that name one letter), comma-separated.")
  private List<String> only = new ArrayList<>();

  @Option(
      names = "--stamp",
      description =
          "Write the time the report was made into it (off by default, so the same input gives"
              + " the same bytes).")
  private boolean stamp;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "out/report",
      description = "Directory to write into, created if needed (default: ${DEFAULT-VALUE}).")
  private Path out;

  @Override
  public Integer call() {
    // Read before the corpus, so a bad taxonomy, alias file, term or date is an error before any
    // work.
    Taxonomy taxonomy = taxonomyOptions.taxonomy();
    List<AliasRule> aliasRules = aliases.aliases();
    ReuseSettings settings = reuse.settings();
    List<PhraseQuery> queries = terms.stream().map(t -> Options.query(t, false)).toList();
    LetterFilter filter = LetterFilter.of(from, to, only);
    Refrain root = (Refrain) spec.root().userObject();
    StageDisplay display = corpus.display();
    ReportCache cache = ReportCache.at(analysis.cacheDirectory());
    String key = display.stage("report key", () -> key(settings, root));
    // A stamped report is never cached: its time is the run's own.
    ReportCache.Entry entry =
        stamp ? null : display.stage("report cache", () -> cache.get(key)).orElse(null);
    PrintWriter err = spec.commandLine().getErr();
    List<Path> written;
    try (OutputDirectory.Staging staging = new OutputDirectory(out).stage()) {
      List<String> names = new ArrayList<>();
      if (entry == null) {
        // The messages a hit prints are the ones this run printed: the reader's, the stages'.
        Corpus read = filter.apply(corpus.load(), err);
        CorpusAnalysis analysed =
            analysis.of(
                read, s -> s.withTaxonomy(taxonomy).withAliases(aliasRules).withReuse(settings));
        ReportJson json = ReportJson.in(staging.directory());
        // Each part's tables are written as soon as it is built, then let go of; the figures
        // keep what the HTML report draws from them.
        ReportFigures figures =
            new ReportFigures(analysed, (name, table) -> table(staging, json, name, table));
        Report report = display.stage("report", () -> Report.of(analysed, queries, figures));
        List<HtmlPage.Fact> made = provenance(read, taxonomy, settings, root);
        HtmlReport.Inputs html =
            new HtmlReport.Inputs(title, read, report.sections(), figures, made, report.warnings());
        display.stage(
            "render",
            () -> {
              write(staging, REPORT_MD, MarkdownReport.render(read, report.sections()));
              HtmlPage page = HtmlReport.page(html);
              try {
                staging.write(INDEX_HTML, w -> HtmlReport.write(page, w));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              return null;
            });
        display.stage("json", () -> json(staging, json, read, report, html));
        names.addAll(report.names());
        names.add(REPORT_MD);
        names.add(REPORT_JSON);
        names.add(INDEX_HTML);
        List<String> messages = new ArrayList<>(CorpusOptions.lines(read));
        report.warnings().forEach(w -> messages.add("warning: " + w));
        report.warnings().forEach(w -> err.println("warning: " + w));
        if (!stamp) {
          cache
              .put(key, names, staging.directory(), messages)
              .ifPresent(problem -> display.warned("report", problem));
        }
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

  /** What the report was made from, for its reader to make it again. */
  private List<HtmlPage.Fact> provenance(
      Corpus read, Taxonomy taxonomy, ReuseSettings settings, Refrain root) {
    List<HtmlPage.Fact> facts = new ArrayList<>();
    String version;
    try {
      version = VersionProvider.version();
    } catch (IOException e) {
      version = "unknown";
    }
    facts.add(new HtmlPage.Fact("Refrain", version));
    facts.add(
        new HtmlPage.Fact(
            "Inputs",
            corpus.paths().isEmpty()
                ? "the bundled sample corpus"
                : String.join(", ", corpus.paths().stream().map(Path::toString).toList())));
    facts.add(
        new HtmlPage.Fact(
            "Corpus hash",
            Provenance.contentHash(read)
                + " (SHA-256 of each letter's source name and text, in order)"));
    facts.add(
        new HtmlPage.Fact(
            "Taxonomy",
            (taxonomyOptions.file() == null ? "bundled" : taxonomyOptions.file().toString())
                + " ("
                + taxonomy.demands().size()
                + " demands)"));
    facts.add(
        new HtmlPage.Fact("Aliases", aliases.file() == null ? "none" : aliases.file().toString()));
    facts.add(
        new HtmlPage.Fact(
            "Word lists",
            root.lexiconDirectory() == null ? "bundled" : root.lexiconDirectory().toString()));
    facts.add(new HtmlPage.Fact("Reuse settings", settings.toString()));
    facts.add(
        new HtmlPage.Fact(
            "Terms",
            terms.isEmpty() ? "the corpus's three commonest phrases" : String.join("; ", terms)));
    facts.add(new HtmlPage.Fact("Letters chosen", LetterFilter.of(from, to, only).describe()));
    facts.add(new HtmlPage.Fact(COMMAND, Provenance.command(spec)));
    if (stamp) {
      facts.add(
          new HtmlPage.Fact(
              "Made",
              java.time.Instant.now()
                  .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                  .toString()));
    }
    return facts;
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
    parts.add(title);
    parts.add(LetterFilter.of(from, to, only).describe());
    parts.add(ReportCache.fingerprint(taxonomyOptions.file()));
    parts.add(ReportCache.fingerprint(aliases.file()));
    parts.add(ReportCache.fingerprint(root.lexiconDirectory()));
    // The HTML report names the files and the command line too.
    parts.add(String.valueOf(taxonomyOptions.file()));
    parts.add(String.valueOf(aliases.file()));
    parts.add(String.valueOf(root.lexiconDirectory()));
    parts.add(Provenance.command(spec));
    parts.add(corpus.fingerprint());
    return PartsHash.of(parts);
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

  /**
   * Assembles report.json; its head names the build, how the report was made (but the command line,
   * which names the output directory), the summary, and the tables.
   */
  private static Void json(
      OutputDirectory.Staging staging,
      ReportJson json,
      Corpus read,
      Report report,
      HtmlReport.Inputs html) {
    try {
      Map<String, Object> head = new LinkedHashMap<>();
      head.put("version", VersionProvider.version());
      head.put("title", html.title());
      Map<String, String> made = new LinkedHashMap<>();
      html.provenance().stream()
          .filter(f -> !f.name().equals(COMMAND))
          .forEach(f -> made.put(f.name(), f.value()));
      head.put("provenance", made);
      head.put("summary", HtmlReport.summary(html));
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
