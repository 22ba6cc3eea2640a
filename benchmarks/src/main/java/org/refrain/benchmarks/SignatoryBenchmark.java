package org.refrain.benchmarks;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.refrain.analysis.coalition.Coalition;
import org.refrain.analysis.coalition.CoalitionChange;
import org.refrain.analysis.coalition.CoalitionChanges;
import org.refrain.analysis.coalition.CoreCoalition;
import org.refrain.analysis.coalition.LetterComposition;
import org.refrain.analysis.signatory.BlockingProbe;
import org.refrain.analysis.signatory.SignatoryEntity;
import org.refrain.analysis.signatory.SignatoryResolution;
import org.refrain.analysis.signatory.SignatoryResolver;

/**
 * Measures signatory resolution ({@link SignatoryResolver#create()}) and coalition analysis on
 * synthetic corpora whose signatory lists are drawn from a population of three organisations and
 * persons per letter, a quarter of the mentions written in a variant spelling ({@link
 * SyntheticSignatories}): time, mentions per second, variants, candidate pairs against all pairs of
 * variants, heap, and pairwise precision and recall against the true entities ({@link
 * SignatoryScore}); then {@link Coalition#of}, {@link CoalitionChanges#of}, {@link
 * CoreCoalition#of} and {@link LetterComposition#of}; and growth between consecutive sizes. Each
 * size is generated on its own from the seed (its population grows with it). Not a JMH benchmark.
 * Progress goes to standard error, the Markdown tables to standard output.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.refrain.benchmarks.SignatoryBenchmark
 *     [--sizes 100,1000,5000] [--seed 42] [--repeat 3] [--stage-seconds 120]</pre>
 */
public final class SignatoryBenchmark {

  /** Letters of the corpus resolved first, untimed, to warm up the JIT. */
  static final int WARMUP_LETTERS = 1000;

  static final int WARMUP_RUNS = 3;

  /** Letters of the corpus the coalition stages first run on, untimed. */
  static final int WARMUP_COALITION_LETTERS = 200;

  /**
   * One corpus size: one row of each table.
   *
   * @param letters letters
   * @param mentions signatory mentions
   * @param varied mentions written in a variant spelling
   * @param population entities of the population
   * @param variants distinct (kind, folded name) pairs the resolver compares
   * @param candidates variant pairs its blocking keys give, each judged once
   * @param keys distinct blocking keys
   * @param skippedKeys keys shared by too many variants to give pairs
   * @param entities entities found
   * @param review pairs listed for review
   * @param resolve the timed resolution
   * @param score the resolution against the truth
   * @param coalition the coalition stages: Coalition.of, changes, core, composition
   * @param changes coalition changes, all scopes, -1 when the stage was skipped
   * @param withLists letters with a signatory list
   * @param k the core's k (CoreCoalition.defaultK)
   * @param core core members, -1 when the stage was skipped
   * @param topMentions mentions of the entity listed in most letters
   */
  record Row(
      int letters,
      long mentions,
      long varied,
      int population,
      int variants,
      long candidates,
      int keys,
      int skippedKeys,
      int entities,
      int review,
      Timed<?> resolve,
      SignatoryScore score,
      List<Timed<?>> coalition,
      int changes,
      int withLists,
      int k,
      int core,
      int topMentions) {

    long allPairs() {
      return (long) variants * (variants - 1) / 2;
    }

    /** All four coalition stages; NaN when one was skipped. */
    double coalitionSeconds() {
      return coalition.stream().mapToDouble(Timed::seconds).sum();
    }
  }

  /**
   * What a timed stage gave.
   *
   * @param output its output, null when skipped
   * @param seconds the best of its timed runs, NaN when skipped
   * @param peakBytes heap peak during its runs above the live heap before them
   * @param keptBytes heap its output holds
   * @param runs timed runs: {@link SignatoryArgs#repeat}, 1 for a slow stage, 0 when skipped
   * @param alone whether a slow stage was timed by one run instead of the best of several
   * @param predicted when skipped, the seconds predicted from the previous size; else NaN
   */
  record Timed<T>(
      T output,
      double seconds,
      long peakBytes,
      long keptBytes,
      int runs,
      boolean alone,
      double predicted) {

    boolean skipped() {
      return runs == 0;
    }
  }

  /** A stage's last timed run: the mentions of its corpus and its seconds. */
  private record Last(long mentions, double seconds) {}

  private final SignatoryArgs args;
  private final PrintStream progress;
  private final Map<String, Last> last = new HashMap<>();

  private SignatoryBenchmark(SignatoryArgs args, PrintStream progress) {
    this.args = args;
    this.progress = progress;
  }

  public static void main(String[] argv) {
    SignatoryArgs args =
        BenchOptions.parseOrExit(
            "signatory-benchmark", SignatoryArgs.USAGE, SignatoryArgs::parse, argv);
    System.out.print(run(args, System.err));
  }

  /** The whole report for {@code args}, progress to {@code progress}. */
  static String run(SignatoryArgs args, PrintStream progress) {
    long start = System.nanoTime();
    SignatoryBenchmark bench = new SignatoryBenchmark(args, progress);
    bench.warmUp();
    List<Row> rows = new ArrayList<>();
    double generateSeconds = 0;
    for (int n : args.sizes()) {
      long t = System.nanoTime();
      progress.printf(Locale.ROOT, "generating %,d letters, seed %d ...%n", n, args.seed());
      SyntheticSignatories.Corpus corpus = SyntheticSignatories.generate(args.seed(), n);
      generateSeconds += BestOf.seconds(t);
      rows.add(bench.measure(corpus));
    }
    List<String> header = new ArrayList<>(DemandBenchReport.machine());
    header.addAll(SignatoryReport.method(args, generateSeconds));
    return SignatoryReport.render(header, rows)
        + String.format(
            Locale.ROOT,
            "%nWhole run: %.0f s (%.1f min).%n",
            BestOf.seconds(start),
            BestOf.seconds(start) / 60);
  }

  /**
   * Resolves a corpus of another seed {@link #WARMUP_RUNS} times, and runs the coalition stages on
   * a smaller one (they take minutes on 1,000 letters).
   */
  private void warmUp() {
    int n = Math.min(WARMUP_LETTERS, args.largest());
    SyntheticSignatories.Corpus corpus = SyntheticSignatories.generate(args.seed() + 1, n);
    SyntheticSignatories.Corpus small =
        SyntheticSignatories.generate(args.seed() + 1, Math.min(WARMUP_COALITION_LETTERS, n));
    for (int r = 0; r < WARMUP_RUNS; r++) {
      progress.printf(
          Locale.ROOT,
          "warm-up %d/%d: resolve %,d letters, coalition on %,d ...%n",
          r + 1,
          WARMUP_RUNS,
          n,
          small.letters().size());
      SignatoryResolver.create().resolve(corpus.letters());
      Coalition coalition = Coalition.of(SignatoryResolver.create().resolve(small.letters()));
      CoalitionChanges.of(coalition);
      CoreCoalition.of(coalition, CoreCoalition.defaultK(coalition));
      LetterComposition.of(coalition);
    }
  }

  /** Every measure of one corpus. */
  Row measure(SyntheticSignatories.Corpus corpus) {
    int n = corpus.letters().size();
    long m = corpus.mentions();
    Timed<SignatoryResolution> resolve =
        time("resolve", n, m, true, () -> SignatoryResolver.create().resolve(corpus.letters()));
    SignatoryResolution resolution = resolve.output();
    Timed<Coalition> coalition = time("coalition", n, m, true, () -> Coalition.of(resolution));
    Coalition c = coalition.output();
    Timed<List<CoalitionChange>> changes =
        time("changes", n, m, false, () -> CoalitionChanges.of(c));
    int k = CoreCoalition.defaultK(c);
    Timed<CoreCoalition> core = time("core", n, m, false, () -> CoreCoalition.of(c, k));
    Timed<List<LetterComposition>> composition =
        time("composition", n, m, false, () -> LetterComposition.of(c));
    progress.printf(Locale.ROOT, "scoring %,d letters ...%n", n);
    BlockingProbe.Blocking blocking = BlockingProbe.of(corpus.letters());
    SignatoryScore score =
        SignatoryScore.of(
            corpus.letters(), corpus.truth(), corpus.population(), resolution, blocking);
    long varied =
        corpus.truth().stream()
            .flatMap(List::stream)
            .filter(l -> l.change() != SyntheticSignatories.Change.NONE)
            .count();
    SignatoryEntity top = resolution.entities().get(0);
    return new Row(
        n,
        m,
        varied,
        corpus.population().size(),
        blocking.variants(),
        blocking.candidates().length,
        blocking.keys(),
        blocking.skippedKeys(),
        resolution.entities().size(),
        resolution.review().size(),
        withoutOutput(resolve),
        score,
        List.of(
            withoutOutput(coalition),
            withoutOutput(changes),
            withoutOutput(core),
            withoutOutput(composition)),
        changes.skipped() ? -1 : changes.output().size(),
        c.letters().size(),
        k,
        core.skipped() ? -1 : core.output().members().size(),
        top.mentions().size());
  }

  private static Timed<Void> withoutOutput(Timed<?> t) {
    return new Timed<>(
        null, t.seconds(), t.peakBytes(), t.keptBytes(), t.runs(), t.alone(), t.predicted());
  }

  /**
   * Runs {@code stage} once untimed, then {@link SignatoryArgs#repeat} times, each after a full
   * collection, and keeps the fastest run; the heap peak is the largest over the timed runs, above
   * the live heap before them. A stage predicted to take more than {@link
   * SignatoryArgs#stageSeconds} (its last time times the square of the growth in mentions) is
   * skipped, or run once if {@code required}; one whose untimed run took more than a quarter of it
   * counts that run alone.
   */
  private <T> Timed<T> time(
      String label, int letters, long mentions, boolean required, Supplier<T> stage) {
    Last before = last.get(label);
    double predicted =
        before == null ? 0 : before.seconds() * Math.pow((double) mentions / before.mentions(), 2);
    progress.printf(Locale.ROOT, "%-11s on %,6d letters: ", label, letters);
    if (predicted > args.stageSeconds() && !required) {
      progress.printf(Locale.ROOT, "skipped, about %,.0f s predicted%n", predicted);
      return new Timed<>(null, Double.NaN, 0, 0, 0, false, predicted);
    }
    long liveBefore = PassTimer.usedAfterGc();
    int runs = args.repeat();
    boolean alone = false;
    if (predicted <= args.stageSeconds()) {
      HeapPeak.reset();
      long t = System.nanoTime();
      T first = stage.get();
      double s = BestOf.seconds(t);
      progress.printf(Locale.ROOT, "warm-up %.3f s", s);
      if (s > args.stageSeconds() / 4) {
        // Too slow to repeat: this run is the measurement (the JIT has seen smaller sizes).
        long peak = HeapPeak.peakBytes() - liveBefore;
        long kept = Math.max(0, PassTimer.usedAfterGc() - liveBefore);
        progress.println(", counted alone");
        last.put(label, new Last(mentions, s));
        return new Timed<>(first, s, peak, kept, 1, true, Double.NaN);
      }
      first = null; // not held through the timed runs
    } else {
      runs = 1;
      alone = args.repeat() > 1;
      progress.printf(Locale.ROOT, "about %,.0f s predicted, one run", predicted);
    }
    BestOf<T> best = BestOf.run(stage, runs, liveBefore, progress);
    last.put(label, new Last(mentions, best.seconds()));
    return new Timed<>(
        best.output(), best.seconds(), best.peakBytes(), best.keptBytes(), runs, alone, Double.NaN);
  }
}
