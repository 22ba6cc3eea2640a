package org.refrain.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.refrain.analysis.annotate.AnnotatedCorpus;
import org.refrain.analysis.annotate.AnnotatedLetter;
import org.refrain.analysis.annotate.CorpusAnnotator;
import org.refrain.analysis.coalition.Coalition;
import org.refrain.analysis.coalition.CoalitionChange;
import org.refrain.analysis.coalition.CoalitionChanges;
import org.refrain.analysis.coalition.LetterComposition;
import org.refrain.analysis.demand.AskDetector;
import org.refrain.analysis.demand.DemandChange;
import org.refrain.analysis.demand.DemandChanges;
import org.refrain.analysis.demand.DemandResult;
import org.refrain.analysis.demand.DemandTagger;
import org.refrain.analysis.demand.LetterAsks;
import org.refrain.analysis.demand.RequestVerbs;
import org.refrain.analysis.language.LetterTerms;
import org.refrain.analysis.language.RhetoricProfile;
import org.refrain.analysis.language.RhetoricProfiler;
import org.refrain.analysis.language.TermCounter;
import org.refrain.analysis.language.TermForms;
import org.refrain.analysis.reuse.CorpusReuse;
import org.refrain.analysis.reuse.ReuseCoverage;
import org.refrain.analysis.reuse.ReuseResult;
import org.refrain.analysis.signatory.SignatoryResolution;
import org.refrain.analysis.signatory.SignatoryResolver;
import org.refrain.corpus.Corpus;

/**
 * The analysis of one corpus: every stage computed on first use and kept, so a run computes each
 * stage at most once and only the stages it asks for (a concordance never resolves signatories;
 * signatories never annotate). Stages that depend on each other ask for each other: demands,
 * rhetoric and reuse labels read the one ask detector's {@link #asks}, coalition tables the
 * signatory resolution. {@link #computeTogether} runs independent stages on the settings' threads;
 * every stage's result is the same whichever thread computes it, so output stays deterministic.
 * Thread-safe.
 */
public final class CorpusAnalysis {

  /**
   * The word lists the analysis reads that a {@link org.refrain.corpus.lexicon.Lexicon} may replace
   * ({@link AnalysisSettings#lexicon}), by file name.
   */
  public static final Set<String> LISTS =
      Set.of(
          "abbreviations.txt",
          "stopwords.txt",
          "titles.txt",
          "rhetoric.tsv",
          "request-verbs.tsv",
          "name-scope.tsv",
          "legal-forms.txt",
          "romanisation.tsv",
          "spelling.tsv");

  /** The phrase length of the report's term tables: lemmas and phrases of up to three words. */
  public static final int TERM_MAX_N = 3;

  private final Corpus corpus;
  private final AnalysisSettings settings;
  private final Stage<AnnotatedCorpus> annotation;
  private final Stage<List<LetterAsks>> asks;
  private final Stage<List<RhetoricProfile>> rhetoric;
  private final Map<Integer, Stage<List<LetterTerms>>> terms = new ConcurrentHashMap<>();
  private final Map<Integer, Stage<TermForms>> forms = new ConcurrentHashMap<>();
  private final Stage<ReuseResult> reuse;
  private final Stage<ReuseCoverage> coverage;
  private final Stage<DemandResult> demands;
  private final Stage<List<DemandChange>> demandChanges;
  private final Stage<SignatoryResolution> signatories;
  private final Stage<Coalition> coalition;
  private final Stage<List<CoalitionChange>> coalitionChanges;
  private final Stage<List<LetterComposition>> composition;

  private CorpusAnalysis(Corpus corpus, AnalysisSettings settings) {
    this.corpus = Objects.requireNonNull(corpus, "corpus");
    this.settings = Objects.requireNonNull(settings, "settings");
    StageListener listener = settings.listener();
    int letters = corpus.letters().size();
    annotation = new Stage<>("annotate", listener, letters, this::annotate);
    asks = new Stage<>("asks", listener, 0, this::findAsks);
    rhetoric =
        new Stage<>(
            "rhetoric",
            listener,
            0,
            () -> RhetoricProfiler.of(settings.lexicon()).profile(annotated(), asks()));
    reuse =
        new Stage<>(
            "reuse", listener, 0, () -> CorpusReuse.of(settings.reuse()).find(annotated(), asks()));
    coverage = new Stage<>("similarity", listener, 0, () -> ReuseCoverage.of(reuse()));
    demands =
        new Stage<>(
            "demands",
            listener,
            0,
            () ->
                DemandTagger.of(settings.taxonomy(), settings.lexicon()).tag(annotated(), asks()));
    demandChanges = new Stage<>("demand changes", listener, 0, () -> DemandChanges.of(demands()));
    signatories =
        new Stage<>(
            "signatories",
            listener,
            0,
            () ->
                SignatoryResolver.of(settings.aliases(), settings.lexicon())
                    .resolve(corpus.letters()));
    coalition = new Stage<>("coalition", listener, 0, () -> Coalition.of(signatories()));
    coalitionChanges =
        new Stage<>("coalition changes", listener, 0, () -> CoalitionChanges.of(coalition()));
    composition = new Stage<>("composition", listener, 0, () -> LetterComposition.of(coalition()));
  }

  /** The analysis of {@code corpus} with {@code settings}; nothing is computed yet. */
  public static CorpusAnalysis of(Corpus corpus, AnalysisSettings settings) {
    return new CorpusAnalysis(corpus, settings);
  }

  public Corpus corpus() {
    return corpus;
  }

  public AnalysisSettings settings() {
    return settings;
  }

  /** The letters annotated (from the cache where it has them), in the corpus's order. */
  public AnnotatedCorpus annotation() {
    return annotation.get();
  }

  /** The annotated letters, in the corpus's order. */
  public List<AnnotatedLetter> annotated() {
    return annotation().letters();
  }

  /**
   * How each sentence of each letter asks, in the corpus's order: the one ask detector's reading
   * (the taxonomy's cues, the lexicon's request verbs), which demands, rhetoric and reuse share.
   */
  public List<LetterAsks> asks() {
    return asks.get();
  }

  /** Each letter's rhetoric profile (its asks among them), in the corpus's order. */
  public List<RhetoricProfile> rhetoric() {
    return rhetoric.get();
  }

  /** Each letter's terms of up to {@code maxN} words, in the corpus's order. */
  public List<LetterTerms> terms(int maxN) {
    TermCounter counter = TermCounter.upTo(maxN, settings.lexicon());
    return terms
        .computeIfAbsent(
            maxN,
            n ->
                new Stage<>(
                    "terms" + (n == TERM_MAX_N ? "" : " (n=" + n + ")"),
                    settings.listener(),
                    0,
                    () -> counter.count(annotated())))
        .get();
  }

  /** The written form shown for each term counted with {@link #terms(int) terms(maxN)}. */
  public TermForms termForms(int maxN) {
    return forms
        .computeIfAbsent(
            maxN,
            n -> new Stage<>("term forms", StageListener.NONE, 0, () -> TermForms.of(terms(n))))
        .get();
  }

  /** The families of reused passages. */
  public ReuseResult reuse() {
    return reuse.get();
  }

  /** How much of each letter lies in passages it shares with others. */
  public ReuseCoverage coverage() {
    return coverage.get();
  }

  /** The demands of every letter, in date order. */
  public DemandResult demands() {
    return demands.get();
  }

  /** Demands added, dropped, strengthened and weakened between letters. */
  public List<DemandChange> demandChanges() {
    return demandChanges.get();
  }

  /** The signatories resolved into entities. */
  public SignatoryResolution signatories() {
    return signatories.get();
  }

  /** Who signed which letter. */
  public Coalition coalition() {
    return coalition.get();
  }

  /** Joined, left and stayed between letters, per scope. */
  public List<CoalitionChange> coalitionChanges() {
    return coalitionChanges.get();
  }

  /** The composition of each letter's list. */
  public List<LetterComposition> composition() {
    return composition.get();
  }

  /** Groups of stages a caller can let go of when it is done with them. */
  public enum Results {
    /** Terms of every length and their forms. */
    TERMS,
    /** Reused passages and the similarity worked out from them. */
    REUSE,
    /** Demand tags and their changes. */
    DEMANDS,
    /** Signatories, the coalition and its tables. */
    SIGNATORIES
  }

  /**
   * Lets go of the {@code results} kept so far, for a caller that is done with them and needs the
   * memory (the report, at ten thousand letters, builds its parts one after another and forgets
   * each part's stages once its tables are written). Asking for them again computes them again.
   */
  public void forget(Results results) {
    switch (results) {
      case TERMS -> {
        terms.values().forEach(Stage::forget);
        forms.values().forEach(Stage::forget);
      }
      case REUSE -> {
        reuse.forget();
        coverage.forget();
      }
      case DEMANDS -> {
        demands.forget();
        demandChanges.forget();
      }
      case SIGNATORIES -> {
        signatories.forget();
        coalition.forget();
        coalitionChanges.forget();
        composition.forget();
      }
    }
  }

  /**
   * Runs {@code stages} (calls to this analysis's stage methods) at once on the settings' threads
   * and returns when all are done; a stage one of them needs is computed once, by whichever asks
   * first. A failure of any is rethrown after all have ended.
   */
  public void computeTogether(List<Runnable> stages) {
    if (settings.threads() == 1 || stages.size() < 2) {
      stages.forEach(Runnable::run);
      return;
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(Math.min(settings.threads(), stages.size()), daemons());
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (Runnable stage : stages) {
        futures.add(pool.submit(stage));
      }
      RuntimeException failure = null;
      for (Future<?> future : futures) {
        try {
          future.get();
        } catch (ExecutionException e) {
          if (failure == null) {
            failure = unchecked(e.getCause());
          }
        }
      }
      if (failure != null) {
        throw failure;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while analysing", e);
    } finally {
      pool.shutdownNow();
    }
  }

  private List<LetterAsks> findAsks() {
    AskDetector detector =
        AskDetector.of(settings.taxonomy().asks(), RequestVerbs.of(settings.lexicon()));
    return annotated().stream().map(detector::find).toList();
  }

  private AnnotatedCorpus annotate() {
    StageListener listener = settings.listener();
    AnnotatedCorpus annotated =
        CorpusAnnotator.of(settings.annotator(), settings.cache(), settings.threads())
            .annotate(corpus.letters(), () -> listener.advanced("annotate"));
    annotated.warnings().forEach(w -> listener.warned("annotate", w));
    return annotated;
  }

  private static java.util.concurrent.ThreadFactory daemons() {
    return runnable -> {
      Thread thread = new Thread(runnable, "refrain-stage");
      thread.setDaemon(true);
      return thread;
    };
  }

  private static RuntimeException unchecked(Throwable cause) {
    if (cause instanceof RuntimeException runtime) {
      return runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new IllegalStateException(cause);
  }
}
