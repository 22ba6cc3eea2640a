package org.refrain.reports.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.refrain.analysis.AnalysisSettings;
import org.refrain.analysis.CorpusAnalysis;
import org.refrain.analysis.annotate.AnnotationCache;
import org.refrain.analysis.annotate.CorpusAnnotator;
import org.refrain.analysis.annotate.OpenNlpAnnotator;
import org.refrain.corpus.Corpus;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * How commands that analyse language annotate the corpus, shared as a mixin: the annotation cache
 * ({@code --cache DIR}, {@code --no-cache}) and the number of threads. The default cache is {@code
 * $REFRAIN_CACHE}, else {@code $XDG_CACHE_HOME/refrain}, else {@code ~/.cache/refrain}. A cache
 * that cannot be written is a one-line warning, never a failure.
 */
public final class AnalysisOptions {

  /** More threads than this only adds contention: annotation is CPU-bound. */
  static final int MAX_THREADS = 256;

  @Spec(Spec.Target.MIXEE)
  private CommandSpec mixee;

  @Option(
      names = "--cache",
      paramLabel = "DIR",
      description =
          "Where to keep annotations between runs (default: $REFRAIN_CACHE, else"
              + " $XDG_CACHE_HOME/refrain, else ~/.cache/refrain).")
  private Path cache;

  @Option(names = "--no-cache", description = "Annotate without reading or writing the cache.")
  private boolean noCache;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Letters annotated at once (default: processors available, at most 8).")
  private Integer threads;

  /**
   * The analysis of {@code corpus} with this command's cache and threads, the run's stage display,
   * and the defaults for everything else; nothing is computed yet.
   */
  CorpusAnalysis of(Corpus corpus) {
    return of(corpus, UnaryOperator.identity());
  }

  /** The same, with the command's own settings (taxonomy, aliases, reuse) put in by {@code own}. */
  CorpusAnalysis of(Corpus corpus, UnaryOperator<AnalysisSettings> own) {
    return CorpusAnalysis.of(corpus, own.apply(settings()));
  }

  /**
   * The settings of {@link #of}: this command's cache, threads and word lists, the run's stage
   * display, and the defaults for everything else.
   */
  AnalysisSettings settings() {
    int n = threads == null ? CorpusAnnotator.defaultThreads() : threads;
    if (n < 1 || n > MAX_THREADS) {
      throw new UserError(ExitCode.USAGE, "--threads must be 1 to " + MAX_THREADS + ": " + n);
    }
    if (cache != null && cache.toString().isBlank()) {
      throw new UserError(ExitCode.USAGE, "--cache needs a directory");
    }
    AnnotationCache store = noCache ? AnnotationCache.none() : AnnotationCache.at(directory());
    Refrain root = (Refrain) mixee.root().userObject();
    return AnalysisSettings.defaults()
        .withLexicon(root.lexicon())
        .withAnnotator(OpenNlpAnnotator.of(root.lexicon()))
        .withCache(store)
        .withThreads(n)
        // The display CorpusOptions made when it read the corpus (quiet or not).
        .withListener(root.display(false));
  }

  /** Where this run's caches live, or empty with {@code --no-cache}. */
  java.util.Optional<Path> cacheDirectory() {
    return noCache ? java.util.Optional.empty() : java.util.Optional.of(directory());
  }

  private Path directory() {
    if (cache != null) {
      return cache;
    }
    return defaultDirectory(System.getenv(), System.getProperty("user.home"));
  }

  static Path defaultDirectory(Map<String, String> env, String home) {
    String refrain = env.get("REFRAIN_CACHE");
    if (refrain != null && !refrain.isBlank()) {
      return Path.of(refrain);
    }
    String xdg = env.get("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank()) {
      return Path.of(xdg, "refrain");
    }
    return Path.of(home, ".cache", "refrain");
  }
}
