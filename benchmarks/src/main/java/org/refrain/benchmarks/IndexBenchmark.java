package org.refrain.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.refrain.analysis.AnalysisSettings;
import org.refrain.analysis.CorpusAnalysis;
import org.refrain.analysis.annotate.AnnotationCache;
import org.refrain.analysis.demand.LetterDemands;
import org.refrain.analysis.index.CorpusIndex;
import org.refrain.analysis.index.DraftCheck;
import org.refrain.analysis.index.DraftChecker;
import org.refrain.analysis.index.IndexedLetter;
import org.refrain.analysis.index.PassageIndex;
import org.refrain.analysis.index.SearchResult;
import org.refrain.benchmarks.jvm.Directories;
import org.refrain.corpus.Corpus;
import org.refrain.corpus.CorpusReader;
import org.refrain.corpus.Letter;

/**
 * Measures the passage index of issue 16 in this JVM, per corpus size: building it ({@link
 * IndexedLetter#of} for demands and reuse, then {@link CorpusIndex#update} into an empty
 * directory), updating it after a seeded 1% of the letter files got one more sentence, search
 * latency by kind of query ({@link PassageIndex#search}, limit 10: hits with highlights, facets and
 * per-year counts), and the check of drafts of about a thousand words ({@link DraftChecker}). The
 * corpus is the synthetic one of {@link BenchCorpus}, copied to {@code WORK/live-N} before each run
 * so the edits never touch it; annotations are cached in {@code WORK/annotation-cache}, so a second
 * run annotates nothing. Prints Markdown tables and the goals to standard output and to
 * {@code WORK/index-benchmark.md}; progress to standard error.
 *
 * <pre>java -Xmx2g -cp benchmarks/target/benchmarks.jar org.refrain.benchmarks.IndexBenchmark
 *     [--sizes 1000,10000] [--seed 42] [--work /tmp/index-bench] [--queries 500] [--warmup 300]
 *     [--drafts 25] [--draft-words 1000] [--changed 0.01] [--threads 2]</pre>
 */
public final class IndexBenchmark {

  static final String REPORT_FILE = "index-benchmark.md";

  /** The goal for a query's p95, ms. */
  static final double QUERY_GOAL_MS = 20;

  /** The goal for a draft check at 10,000 letters, s. */
  static final double DRAFT_GOAL_S = 1;

  /** Hits asked for, as the command line's default page. */
  static final int LIMIT = 10;

  /** The sentence appended to each changed letter's longest paragraph. */
  static final String ADDED =
      "The coalition repeats this call in the present letter, as it has done before.";

  /**
   * The index built from nothing.
   *
   * @param annotatedBefore annotations in the cache before the run
   */
  record Build(
      long annotatedBefore,
      double read,
      double annotate,
      double demands,
      double reuse,
      double indexedLetters,
      double write,
      long indexBytes,
      long peakHeap,
      CorpusIndex.Update update) {

    double analysis() {
      return demands + reuse + indexedLetters;
    }
  }

  /** The update after changing {@code changed} letter files. */
  record Incremental(
      int changed,
      double read,
      double annotate,
      double analysis,
      double write,
      long indexBytes,
      long peakHeap,
      CorpusIndex.Update update) {

    double total() {
      return read + annotate + analysis + write;
    }
  }

  /** Percentiles of a set of timings, ms. */
  record Latency(int n, double p50, double p95, double p99, double max, double mean) {
    static Latency ofNanos(long[] nanos) {
      long[] sorted = nanos.clone();
      Arrays.sort(sorted);
      double sum = 0;
      for (long v : sorted) {
        sum += v;
      }
      return new Latency(
          sorted.length,
          rank(sorted, 0.50),
          rank(sorted, 0.95),
          rank(sorted, 0.99),
          sorted[sorted.length - 1] / 1e6,
          sum / sorted.length / 1e6);
    }

    /** The nearest-rank percentile, ms. */
    private static double rank(long[] sorted, double p) {
      int i = (int) Math.ceil(p * sorted.length) - 1;
      return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
  }

  /** One kind of query timed. */
  record QueryRow(
      IndexWorkload.Kind kind,
      String example,
      Latency latency,
      double meanPassages,
      double meanLetters,
      int empty) {}

  /** The drafts checked. */
  record Drafts(
      int n,
      double meanWords,
      double meanParagraphs,
      double meanReused,
      double meanMissing,
      int fromCorpus,
      int fresh,
      Latency tagging,
      Latency check) {}

  /** Everything measured at one size. */
  record SizeResult(
      BenchCorpus corpus,
      int letters,
      int passages,
      Build build,
      Incremental incremental,
      List<QueryRow> queries,
      Drafts drafts) {}

  private final IndexBenchArgs args;
  private final PrintStream progress;
  private final AnalysisSettings settings;

  private IndexBenchmark(IndexBenchArgs args, PrintStream progress) {
    this.args = args;
    this.progress = progress;
    this.settings =
        AnalysisSettings.defaults()
            .withCache(AnnotationCache.at(args.work().resolve("annotation-cache")))
            .withThreads(args.threads());
  }

  public static void main(String[] argv) throws IOException {
    IndexBenchArgs args =
        BenchOptions.parseOrExit(
            "index-benchmark", IndexBenchArgs.USAGE, IndexBenchArgs::parse, argv);
    System.out.print(run(args, argv, System.err));
  }

  /** Runs every size and returns the Markdown, also written to {@code WORK/index-benchmark.md}. */
  static String run(IndexBenchArgs args, String[] argv, PrintStream progress) throws IOException {
    long start = System.nanoTime();
    String loadBefore = ReportBenchHeader.loadAverage();
    Files.createDirectories(args.work());
    IndexBenchmark bench = new IndexBenchmark(args, progress);
    List<SizeResult> results = new ArrayList<>();
    for (int n : args.sizes()) {
      results.add(bench.measure(n));
    }
    String report =
        IndexBenchReport.render(args, argv, results, loadBefore, ReportBenchHeader.loadAverage())
            + String.format(Locale.ROOT, "%nWhole run: %.1f min.%n", BestOf.seconds(start) / 60);
    Files.writeString(args.work().resolve(REPORT_FILE), report, StandardCharsets.UTF_8);
    return report;
  }

  private SizeResult measure(int n) throws IOException {
    BenchCorpus corpus = BenchCorpus.prepare(args.work(), args.seed(), n, progress);
    Path live = args.work().resolve("live-" + n);
    copy(corpus.directory(), live);
    Path index = args.work().resolve("index-" + n);
    Directories.delete(index);
    String fingerprint = "index-benchmark " + n + " " + args.seed();

    // 1. Build from nothing.
    long cached = files(args.work().resolve("annotation-cache"));
    progress.printf(Locale.ROOT, "%,d letters: build (%,d annotations cached) ...%n", n, cached);
    HeapPeak.reset();
    long t = System.nanoTime();
    Corpus read = CorpusReader.create().read(List.of(live));
    double readS = lap("read", t);
    CorpusAnalysis analysis = CorpusAnalysis.of(read, settings);
    t = System.nanoTime();
    analysis.annotation();
    double annotateS = lap("annotate", t);
    t = System.nanoTime();
    analysis.demands();
    double demandsS = lap("demands", t);
    t = System.nanoTime();
    analysis.reuse();
    double reuseS = lap("reuse", t);
    t = System.nanoTime();
    List<IndexedLetter> letters = IndexedLetter.of(analysis);
    double ofS = lap("IndexedLetter.of", t);
    t = System.nanoTime();
    CorpusIndex.Update built = CorpusIndex.update(index, letters, fingerprint);
    double writeS = lap("CorpusIndex.update", t);
    long peak = HeapPeak.peakBytes();
    Build build =
        new Build(
            cached,
            readS,
            annotateS,
            demandsS,
            reuseS,
            ofS,
            writeS,
            Directories.size(index),
            peak,
            built);
    IndexWorkload workload =
        IndexWorkload.of(
            letters, args.seed(), args.queries(), args.warmup(), args.drafts(), args.draftWords());
    letters = null;
    analysis = null;
    read = null;

    // 2. Change a share of the letters and update.
    int changed = edit(live, args.seed(), args.changed());
    progress.printf(Locale.ROOT, "%,d letters: update after changing %,d ...%n", n, changed);
    HeapPeak.reset();
    t = System.nanoTime();
    read = CorpusReader.create().read(List.of(live));
    double readU = lap("read", t);
    analysis = CorpusAnalysis.of(read, settings);
    t = System.nanoTime();
    analysis.annotation();
    double annotateU = lap("annotate", t);
    t = System.nanoTime();
    letters = IndexedLetter.of(analysis);
    double analysisU = lap("demands, reuse, IndexedLetter.of", t);
    t = System.nanoTime();
    CorpusIndex.Update updated = CorpusIndex.update(index, letters, fingerprint + " edited");
    double writeU = lap("CorpusIndex.update", t);
    Incremental incremental =
        new Incremental(
            changed,
            readU,
            annotateU,
            analysisU,
            writeU,
            Directories.size(index),
            HeapPeak.peakBytes(),
            updated);
    letters = null;
    analysis = null;
    read = null;
    PassTimer.usedAfterGc();

    // 3. and 4. Search and draft check on the updated index.
    try (PassageIndex opened = PassageIndex.open(index)) {
      int indexedLetters = opened.letters();
      int passages = opened.passages();
      progress.printf(
          Locale.ROOT, "%,d letters: %d warm-up queries ...%n", n, workload.warmup().size());
      for (IndexWorkload.Query q : workload.warmup()) {
        opened.search(q.request(LIMIT));
      }
      List<QueryRow> rows = new ArrayList<>();
      for (IndexWorkload.Kind kind : IndexWorkload.Kind.values()) {
        rows.add(queries(opened, kind, workload.queries().get(kind)));
      }
      Drafts drafts = drafts(opened, n, workload.drafts());
      return new SizeResult(
          corpus, indexedLetters, passages, build, incremental, List.copyOf(rows), drafts);
    }
  }

  private QueryRow queries(
      PassageIndex index, IndexWorkload.Kind kind, List<IndexWorkload.Query> qs)
      throws IOException {
    long[] nanos = new long[qs.size()];
    long passages = 0;
    long letters = 0;
    int empty = 0;
    for (int i = 0; i < qs.size(); i++) {
      long t = System.nanoTime();
      SearchResult r = index.search(qs.get(i).request(LIMIT));
      nanos[i] = System.nanoTime() - t;
      passages += r.total();
      letters += r.letters();
      if (r.hits().isEmpty()) {
        empty++;
      }
    }
    Latency latency = Latency.ofNanos(nanos);
    progress.printf(
        Locale.ROOT,
        "  %-20s p50 %.2f ms, p95 %.2f ms, p99 %.2f ms (%d without hits)%n",
        kind.label,
        latency.p50(),
        latency.p95(),
        latency.p99(),
        empty);
    return new QueryRow(
        kind,
        qs.get(0).shown(),
        latency,
        (double) passages / qs.size(),
        (double) letters / qs.size(),
        empty);
  }

  private Drafts drafts(PassageIndex index, int n, List<IndexWorkload.Draft> drafts)
      throws IOException {
    Path dir = args.work().resolve("drafts-" + n);
    Directories.recreate(dir);
    DraftChecker checker = new DraftChecker(index, settings.reuse());
    AnalysisSettings one = settings.withCache(AnnotationCache.none());
    CorpusReader reader = CorpusReader.create();
    int timed = drafts.size() - IndexWorkload.WARMUP_DRAFTS;
    long[] tagging = new long[timed];
    long[] checking = new long[timed];
    long words = 0;
    long paragraphs = 0;
    double reused = 0;
    long missing = 0;
    int fromCorpus = 0;
    int fresh = 0;
    progress.printf(
        Locale.ROOT,
        "%,d letters: %d draft checks (%d untimed first) ...%n",
        n,
        drafts.size(),
        IndexWorkload.WARMUP_DRAFTS);
    for (int i = 0; i < drafts.size(); i++) {
      IndexWorkload.Draft draft = drafts.get(i);
      Path file = dir.resolve(String.format(Locale.ROOT, "draft-%02d.txt", i + 1));
      Files.writeString(file, draft.text(), StandardCharsets.UTF_8);
      Corpus one1 = reader.read(List.of(file));
      if (one1.letters().isEmpty()) {
        throw new IllegalStateException("no letter read from " + file);
      }
      Letter letter = one1.letters().get(0);
      long t = System.nanoTime();
      LetterDemands demands =
          CorpusAnalysis.of(new Corpus(List.of(letter), List.of(), 1), one)
              .demands()
              .letter(letter.id())
              .orElse(new LetterDemands(letter, List.of()));
      long tag = System.nanoTime() - t;
      t = System.nanoTime();
      DraftCheck check =
          checker.check(letter, demands, settings.taxonomy(), draft.addressee(), draft.venue());
      long took = System.nanoTime() - t;
      int k = i - IndexWorkload.WARMUP_DRAFTS;
      if (k < 0) {
        continue;
      }
      tagging[k] = tag;
      checking[k] = took;
      words += check.words();
      paragraphs += check.paragraphs().size();
      reused += check.reusedShare();
      missing += check.missing().size();
      fromCorpus += draft.fromCorpus();
      fresh += draft.fresh();
    }
    Drafts out =
        new Drafts(
            timed,
            (double) words / timed,
            (double) paragraphs / timed,
            reused / timed,
            (double) missing / timed,
            fromCorpus,
            fresh,
            Latency.ofNanos(tagging),
            Latency.ofNanos(checking));
    progress.printf(
        Locale.ROOT,
        "  draft check p50 %.0f ms, p95 %.0f ms; tagging p50 %.0f ms%n",
        out.check().p50(),
        out.check().p95(),
        out.tagging().p50());
    return out;
  }

  private double lap(String label, long startNanos) {
    double s = BestOf.seconds(startNanos);
    progress.printf(Locale.ROOT, "  %-34s %.2f s%n", label, s);
    return s;
  }

  /** {@code from}'s files copied to {@code to}, which is emptied first. */
  static void copy(Path from, Path to) throws IOException {
    Directories.recreate(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(f, to.resolve(f.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
      }
    }
  }

  /** Regular files under {@code dir}; 0 when it does not exist. */
  private static long files(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      return all.filter(Files::isRegularFile).count();
    }
  }

  /**
   * Appends {@link #ADDED} to the longest one-line paragraph of a seeded {@code share} of the files
   * in {@code dir} (at least one) and returns how many were changed.
   */
  static int edit(Path dir, long seed, double share) throws IOException {
    List<Path> files;
    try (Stream<Path> all = Files.list(dir)) {
      files = new ArrayList<>(all.filter(Files::isRegularFile).sorted().toList());
    }
    int k = Math.max(1, (int) Math.round(files.size() * share));
    Collections.shuffle(files, new Random(seed * 31 + 16));
    int changed = 0;
    for (Path f : files.subList(0, Math.min(k, files.size()))) {
      String text = Files.readString(f, StandardCharsets.UTF_8);
      String[] blocks = text.split("\n\n", -1);
      int longest = -1;
      for (int i = 0; i < blocks.length; i++) {
        if (!blocks[i].contains("\n")
            && (longest < 0 || blocks[i].length() > blocks[longest].length())) {
          longest = i;
        }
      }
      if (longest < 0) {
        continue;
      }
      blocks[longest] = blocks[longest].stripTrailing() + " " + ADDED;
      Files.writeString(f, String.join("\n\n", blocks), StandardCharsets.UTF_8);
      changed++;
    }
    return changed;
  }
}
