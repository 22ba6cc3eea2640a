package org.refrain.reports.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.refrain.analysis.CorpusAnalysis;
import org.refrain.analysis.demand.Taxonomy;
import org.refrain.analysis.reuse.ReuseSettings;
import org.refrain.reports.web.CorpusWatcher;
import org.refrain.reports.web.WebApp;
import org.refrain.reports.web.WebCorpus;
import org.refrain.reports.web.WebServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code refrain serve}: the local web app. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Starts a local web app on the corpus: letters with their demands, signatories and reused"
          + " wording; search with facets; two letters compared; reuse families, the demand"
          + " grid, signatory pages; a draft check; the HTML report; and a JSON API (/api/letters,"
          + " /api/search?q=, /api/demands, /api/reuse, /api/signatories, POST /api/draft).",
      "It listens on 127.0.0.1 only (--host to change, with a warning) on a free port, printed"
          + " when it starts. Ctrl-C stops it."
    })
final class ServeCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private CorpusOptions corpus;
  @Mixin private AnalysisOptions analysis;
  @Mixin private TaxonomyOptions taxonomyOptions;
  @Mixin private ReuseOptions reuse;
  @Mixin private IndexOptions index;

  @Option(names = "--port", paramLabel = "N", description = "The port (default: a free one).")
  private int port;

  @Option(
      names = "--host",
      paramLabel = "HOST",
      defaultValue = "127.0.0.1",
      description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
  private String host;

  @Option(names = "--open", description = "Open the app in the default browser.")
  private boolean open;

  @Option(
      names = "--watch",
      description = "Read the corpus again when its files change, and update the index.")
  private boolean watch;

  /** Seconds between two looks at the corpus's files with --watch. */
  static final int WATCH_SECONDS = 2;

  @Override
  public Integer call() throws Exception {
    if (port < 0 || port > 65535) {
      throw new UserError(ExitCode.USAGE, "--port must be 0 to 65535: " + port);
    }
    PrintWriter err = spec.commandLine().getErr();
    if (!WebApp.isLoopback(host)) {
      err.println(
          "refrain: warning: serving on "
              + host
              + ": other machines on the network can read the corpus and check drafts");
    }
    Taxonomy taxonomy = taxonomyOptions.taxonomy();
    ReuseSettings settings = reuse.settings();
    WebCorpus web = load(taxonomy, settings);
    WebApp app;
    try {
      app = WebApp.start(web, services(taxonomy, settings), host, port, err);
    } catch (RuntimeException e) {
      throw new UserError(
          ExitCode.USAGE, "cannot listen on " + host + ":" + port + ": " + rootMessage(e));
    }
    String url =
        "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + app.port() + "/";
    PrintWriter out = spec.commandLine().getOut();
    out.println(url);
    out.flush();
    err.println(
        "refrain: serving " + web.letters().size() + " letters at " + url + " (Ctrl-C to stop)");
    err.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  app.close();
                  stopped.countDown();
                }));
    if (open) {
      openBrowser(url, err);
    }
    if (watch) {
      CorpusWatcher.start(
          app,
          corpus::stamp,
          () -> load(taxonomy, settings),
          java.time.Duration.ofSeconds(WATCH_SECONDS),
          err);
    }
    stopped.await();
    return ExitCode.OK;
  }

  private WebCorpus load(Taxonomy taxonomy, ReuseSettings settings) {
    IndexOptions.Opened opened =
        index.open(corpus, analysis, taxonomy, taxonomyOptions.file(), settings);
    CorpusAnalysis analysed = opened.analysis();
    if (analysed == null) {
      analysed = analysis.of(corpus.load(), s -> s.withTaxonomy(taxonomy).withReuse(settings));
    }
    CorpusAnalysis a = analysed;
    return corpus.display().stage("serve", () -> new WebCorpus(a, opened.index()));
  }

  private WebApp.Services services(Taxonomy taxonomy, ReuseSettings settings) {
    return new WebServices(
        corpus::readOne, analysis.settings(), taxonomy, settings, Provenance::contentHash);
  }

  private static void openBrowser(String url, PrintWriter err) {
    try {
      if (java.awt.Desktop.isDesktopSupported()
          && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.BROWSE)) {
        java.awt.Desktop.getDesktop().browse(java.net.URI.create(url));
        return;
      }
    } catch (IOException | RuntimeException | Error e) {
      // fall through to the message
    }
    err.println("refrain: cannot open a browser here; open " + url);
    err.flush();
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.toString() : t.getMessage();
  }
}
