package org.refrain.benchmarks;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.refrain.analysis.reuse.ReuseFinder;
import org.refrain.analysis.reuse.ReuseResult;
import org.refrain.analysis.reuse.ReuseSettings;
import org.refrain.analysis.reuse.ReuseText;
import org.refrain.benchmarks.synthetic.PlantedCorpus;
import org.refrain.benchmarks.synthetic.PlantingOptions;
import org.refrain.benchmarks.synthetic.Target;

/**
 * Measures reuse detection ({@link ReuseFinder} with default settings) on synthetic corpora with
 * planted reuse: time, peak heap, work and recall of the planted copies at each size; the same
 * against a naive all-pairs java-diff-utils baseline; growth from 1,000 to 5,000 letters; and the
 * multi-version view of a 40-version family. Not a JMH benchmark: one run over 5,000 letters takes
 * seconds and the baseline minutes. Every corpus is a prefix of one seeded corpus of the largest
 * size (the first n letters of a planted corpus are the corpus of n letters). Progress goes to
 * standard error, the Markdown tables to standard output.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.refrain.benchmarks.ReuseBenchmark
 *     [--sizes 100,1000,5000] [--baseline 200,1000] [--growth 1000,2000,3000,4000,5000]
 *     [--seed 42] [--baseline-seconds 300] [--versions 40] [--version-words 800]</pre>
 */
public final class ReuseBenchmark {

  /** Letters of the corpus the finder first runs on, untimed, to warm up the JIT. */
  private static final int WARMUP_LETTERS = 1000;

  private static final int WARMUP_RUNS = 3;

  /** Letter pairs the baseline is first run on, to warm up and to estimate its cost. */
  private static final int PILOT_PAIRS = 200;

  private final ReuseArgs args;
  private final PrintStream progress;
  private final ReuseSettings settings = ReuseSettings.defaults();
  private final Map<Integer, ReuseMeasurement> detections = new LinkedHashMap<>();
  private PlantedCorpus corpus;
  private List<ReuseText> texts;

  private ReuseBenchmark(ReuseArgs args, PrintStream progress) {
    this.args = args;
    this.progress = progress;
  }

  public static void main(String[] argv) {
    ReuseArgs args =
        BenchOptions.parseOrExit("reuse-benchmark", ReuseArgs.USAGE, ReuseArgs::parse, argv);
    System.out.print(new ReuseBenchmark(args, System.err).run());
  }

  private String run() {
    long start = System.nanoTime();
    // First, while the heap is nearly empty: with the 5,000-letter corpus live, the view's
    // short-lived garbage made each build several times slower (3.9 ms alone, 18 ms after).
    progress.println("variant view ...");
    VariantViewTiming.Result variants =
        VariantViewTiming.run(
            args.seed(),
            args.versions(),
            args.versionWords(),
            new ReuseTexts(settings.normalizer()));
    int largest = args.largest();
    progress.printf(Locale.ROOT, "generating %,d letters, seed %d ...%n", largest, args.seed());
    long t = System.nanoTime();
    corpus =
        PlantedCorpus.fromBundled(
            PlantedCorpus.background(args.seed(), Target.letters(largest)),
            PlantingOptions.defaults());
    double generateSeconds = seconds(t);
    t = System.nanoTime();
    texts = new ReuseTexts(settings.normalizer()).texts(corpus.letters());
    double tokenizeSeconds = seconds(t);
    warmUp();
    List<ReuseMeasurement> sizes = new ArrayList<>();
    for (int n : args.sizes()) {
      sizes.add(detect(n));
    }
    List<BaselineComparison> baselines = new ArrayList<>();
    for (int n : args.baseline()) {
      baselines.add(baseline(n));
    }
    List<ReuseMeasurement> growth = new ArrayList<>();
    for (int n : args.growth()) {
      growth.add(detect(n));
    }
    List<String> header = header(largest, generateSeconds, tokenizeSeconds);
    return ReuseReport.render(header, sizes, baselines, growth, variants, seconds(start));
  }

  private void warmUp() {
    int n = Math.min(WARMUP_LETTERS, texts.size());
    for (int r = 0; r < WARMUP_RUNS; r++) {
      progress.printf(Locale.ROOT, "warm-up %d/%d on %,d letters ...%n", r + 1, WARMUP_RUNS, n);
      ReuseFinder.of(settings).find(texts.subList(0, n));
    }
  }

  /** Reuse detection on the first {@code n} letters, measured once per size and kept. */
  private ReuseMeasurement detect(int n) {
    ReuseMeasurement known = detections.get(n);
    if (known != null) {
      return known;
    }
    List<ReuseText> prefix = texts.subList(0, n);
    int runs = n <= 300 ? 5 : 3;
    double[][] times = new double[runs][]; // {wall s, GC s}
    long peak = 0;
    ReuseResult result = null;
    long liveBefore = PassTimer.usedAfterGc();
    for (int r = 0; r < runs; r++) {
      progress.printf(Locale.ROOT, "finder on %,d letters, run %d/%d ...", n, r + 1, runs);
      result = null;
      HeapPeak.reset();
      long gc = HeapPeak.gcMillis();
      long t = System.nanoTime();
      result = ReuseFinder.of(settings).find(prefix);
      times[r] = new double[] {seconds(t), (HeapPeak.gcMillis() - gc) / 1e3};
      peak = Math.max(peak, HeapPeak.peakBytes() - liveBefore);
      progress.printf(Locale.ROOT, " %.2f s (GC %.2f s)%n", times[r][0], times[r][1]);
    }
    long retained = Math.max(0, PassTimer.usedAfterGc() - liveBefore);
    Arrays.sort(times, (x, y) -> Double.compare(x[0], y[0]));
    PlantedTruth truth = new PlantedTruth(corpus.prefix(n), prefix);
    ReuseMeasurement row =
        ReuseMeasurement.of(n, prefix, truth, result, times[runs / 2], runs, peak, retained);
    detections.put(n, row);
    return row;
  }

  /** The all-pairs baseline on the first {@code n} letters, against the finder on them. */
  private BaselineComparison baseline(int n) {
    List<ReuseText> prefix = texts.subList(0, n);
    PlantedTruth truth = new PlantedTruth(corpus.prefix(n), prefix);
    AllPairsBaseline baseline = new AllPairsBaseline(prefix);
    long allPairs = (long) n * (n - 1) / 2;
    SplittableRandom random = new SplittableRandom(args.seed() ^ n);
    progress.printf(Locale.ROOT, "baseline on %,d letters: pilot ...", n);
    baseline.run(AllPairsBaseline.samplePairs(n, PILOT_PAIRS, random), truth);
    var pilot = baseline.run(AllPairsBaseline.samplePairs(n, PILOT_PAIRS, random), truth);
    double perPair = pilot.seconds() / pilot.pairs();
    boolean sampled = perPair * allPairs > args.baselineSeconds();
    long[] pairs =
        sampled
            ? AllPairsBaseline.samplePairs(
                n, (int) Math.max(PILOT_PAIRS, args.baselineSeconds() / perPair), random)
            : AllPairsBaseline.allPairs(n);
    progress.printf(
        Locale.ROOT,
        " %.1f ms a pair, all %,d pairs would take %.0f s: %s %,d pairs ...",
        perPair * 1e3,
        allPairs,
        perPair * allPairs,
        sampled ? "timing a sample of" : "timing all",
        pairs.length);
    AllPairsBaseline.Outcome outcome = baseline.run(pairs, truth);
    progress.printf(Locale.ROOT, " %.1f s%n", outcome.seconds());
    ReuseMeasurement finder = detect(n);
    return BaselineComparison.of(n, allPairs, sampled, outcome, truth, finder, pairs);
  }

  private List<String> header(int largest, double generateSeconds, double tokenizeSeconds) {
    Runtime runtime = Runtime.getRuntime();
    PlantingOptions planting = PlantingOptions.defaults();
    long words = texts.stream().mapToLong(ReuseText::size).sum();
    return List.of(
        String.format(
            Locale.ROOT,
            "Machine: %d processors; Java %s (%s); max heap %,d MB",
            runtime.availableProcessors(),
            Runtime.version(),
            System.getProperty("java.vm.name"),
            runtime.maxMemory() / 1_000_000),
        String.format(
            Locale.ROOT,
            "Corpus: planted synthetic corpus, seed %d, %,d letters (%,d words, generated in %.1f"
                + " s); every smaller corpus is its first n letters. Letters' own text has every"
                + " content word and name replaced; into each, %d to %d of %,d formulas (%d to %d"
                + " words, Zipf popularity s = %.1f) are planted, each copy edited at a rate drawn"
                + " from [0, %.2f) plus half its numbers changed, half as paragraphs of their own,"
                + " half inside a paragraph at a sentence boundary",
            args.seed(),
            largest,
            words,
            generateSeconds,
            planting.minCopies(),
            planting.maxCopies(),
            planting.formulas(),
            planting.minWords(),
            planting.maxWords(),
            planting.popularity(),
            planting.maxEditRate()),
        String.format(
            Locale.ROOT,
            "Words: OpenNLP SimpleTokenizer tokens with a letter or digit (%.1f s for all"
                + " letters, not in any time below): the time measured is reuse detection alone;"
                + " annotation is measured by AnnotationThroughput",
            tokenizeSeconds),
        "Settings: ReuseSettings.defaults(): " + settings,
        String.format(
            Locale.ROOT,
            "Timing: wall clock, one thread, after %d untimed runs on %,d letters; the median of 5"
                + " runs up to 300 letters, of 3 above; GC s: time the collectors reported during"
                + " that run (a concurrent collector's time overlaps the run's)",
            WARMUP_RUNS,
            Math.min(WARMUP_LETTERS, texts.size())),
        "Heap: peak = the sum of the heap pools' peak usage during the run (an upper bound:"
            + " pools may peak at different moments; garbage not yet collected included), minus"
            + " the live heap before it (the corpus and its words); kept = live heap after a full"
            + " GC with the result held, minus the same",
        "Recall: a planted copy is found when a member of some family covers half its words or"
            + " more and that family has such a member over a copy of the same formula in another"
            + " letter; only copies of formulas planted in two letters or more count. Precision:"
            + " share of family-member words that lie in planted copies");
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
