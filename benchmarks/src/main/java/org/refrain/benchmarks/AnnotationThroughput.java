package org.refrain.benchmarks;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.refrain.analysis.annotate.AnnotatedCorpus;
import org.refrain.analysis.annotate.AnnotatedLetter;
import org.refrain.analysis.annotate.AnnotationCache;
import org.refrain.analysis.annotate.CorpusAnnotator;
import org.refrain.analysis.annotate.EnglishModels;
import org.refrain.analysis.annotate.OpenNlpAnnotator;
import org.refrain.analysis.annotate.Sentence;
import org.refrain.benchmarks.synthetic.SyntheticCorpus;
import org.refrain.benchmarks.synthetic.SyntheticOptions;
import org.refrain.benchmarks.synthetic.Target;
import org.refrain.corpus.Letter;
import org.refrain.corpus.Paragraph;

/**
 * Measures how fast a synthetic corpus (20 MB of paragraph text by default) is annotated, against
 * Lucene's StandardAnalyzer and against each OpenNLP stage alone, and prints a Markdown table. Not
 * a JMH benchmark: one pass over 20 MB takes minutes, so each pass is warmed up on the first MB and
 * timed once. Progress goes to standard error, the table to standard output.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.refrain.benchmarks.AnnotationThroughput
 *     [--mb 20] [--seed 42] [--lemma-mb 1] [--warmup-mb 1] [--replace-share 0.15]</pre>
 */
public final class AnnotationThroughput {

  private final ThroughputArgs args;
  private final PrintStream progress;
  private final PassTimer timer;
  private final List<Measurement> rows = new ArrayList<>();

  private AnnotationThroughput(ThroughputArgs args, PrintStream progress) {
    this.args = args;
    this.progress = progress;
    this.timer = new PassTimer(progress);
  }

  public static void main(String[] argv) {
    ThroughputArgs args =
        BenchOptions.parseOrExit(
            "annotation-throughput", ThroughputArgs.USAGE, ThroughputArgs::parse, argv);
    System.out.print(new AnnotationThroughput(args, System.err).run());
  }

  /** Runs every pass and returns the report. */
  private String run() {
    progress.printf(
        Locale.ROOT, "generating %.2f MB, seed %d ...%n", args.megabytes(), args.seed());
    List<Letter> letters =
        SyntheticCorpus.fromBundled(
            SyntheticOptions.of(args.seed(), Target.megabytes(args.megabytes()))
                .withReplaceShare(args.replaceShare()));
    List<Letter> warmup = firstMegabytes(letters, args.warmupMegabytes());
    EnglishModels models = EnglishModels.shared();
    OpenNlpStages stages = new OpenNlpStages(models);
    long bytes = SyntheticCorpus.paragraphBytes(letters);

    long lemmaBytes = Math.round(args.lemmaMegabytes() * 1e6);
    rows.addAll(
        new StagePasses(timer, stages)
            .run(paragraphs(letters), paragraphs(warmup), bytes, lemmaBytes));
    ThroughputReport.Comparison one = endToEnd(stages, letters, warmup, bytes, 1);
    ThroughputReport.Comparison two = endToEnd(stages, letters, warmup, bytes, 2);
    return ThroughputReport.render(header(letters, warmup, models), rows, List.of(one, two));
  }

  /** The bare pass and end-to-end annotation on {@code threads} threads, bare first. */
  private ThroughputReport.Comparison endToEnd(
      OpenNlpStages stages, List<Letter> letters, List<Letter> warmup, long bytes, int threads) {
    String bareLabel = "bare detector+tokenizer+POS, " + threads + " thread(s)";
    var bare = timer.time(bareLabel, warmup, letters, l -> stages.tokenizeAndTag(l, threads));
    Measurement bareRow =
        Measurement.of(
            "bare tokenizer+POS (SentenceDetectorME, TokenizerME, POSTaggerME)",
            threads,
            "all",
            bytes,
            bare.output(),
            bare,
            "the goal's reference; letters split among threads as the annotator does");
    rows.add(bareRow);

    String label = "end-to-end CorpusAnnotator, " + threads + " thread(s)";
    // A fresh annotator for each run, so the measured run fills its own lemma memo.
    var annotated =
        timer.time(
            label,
            warmup,
            letters,
            l ->
                CorpusAnnotator.of(OpenNlpAnnotator.create(), AnnotationCache.none(), threads)
                    .annotate(l));
    Measurement row =
        Measurement.of(
            "end-to-end CorpusAnnotator (OpenNlpAnnotator, no cache)",
            threads,
            "all",
            bytes,
            tokens(annotated.output()),
            annotated,
            "sentences, tokens, tags, lemmas; heap: the annotated corpus");
    rows.add(row);
    return new ThroughputReport.Comparison(row, bareRow);
  }

  private List<String> header(List<Letter> letters, List<Letter> warmup, EnglishModels models) {
    Runtime runtime = Runtime.getRuntime();
    return List.of(
        String.format(
            Locale.ROOT,
            "Machine: %d processors; Java %s (%s %s); max heap %,d MB",
            runtime.availableProcessors(),
            Runtime.version(),
            System.getProperty("java.vm.name"),
            System.getProperty("java.vm.vendor"),
            runtime.maxMemory() / 1_000_000),
        String.format(
            Locale.ROOT,
            "Corpus: synthetic, seed %d, replace share %.2f: %,d letters, %,d paragraphs, %.2f MB"
                + " of paragraph text (UTF-8, 1 MB = 1,000,000 bytes)",
            args.seed(),
            args.replaceShare(),
            letters.size(),
            paragraphs(letters).size(),
            SyntheticCorpus.paragraphBytes(letters) / 1e6),
        "Models: " + models.names(),
        String.format(
            Locale.ROOT,
            "Each pass first runs untimed over the first %.2f MB (%,d letters) to warm up the JIT,"
                + " then is timed once (wall clock); the unmemoised lemmatizer warms up on a tenth"
                + " of its sub-sample",
            SyntheticCorpus.paragraphBytes(warmup) / 1e6,
            warmup.size()),
        "CPU s: CPU time of the whole process during the pass (GC and JIT threads included);"
            + " heap MB: heap the pass's output still holds after a full GC (0: the pass keeps"
            + " only a count)");
  }

  private static long tokens(AnnotatedCorpus corpus) {
    long tokens = 0;
    for (AnnotatedLetter letter : corpus.letters()) {
      for (Sentence sentence : letter.sentences()) {
        tokens += sentence.tokens().size();
      }
    }
    return tokens;
  }

  private static List<String> paragraphs(List<Letter> letters) {
    List<String> texts = new ArrayList<>();
    for (Letter letter : letters) {
      for (Paragraph p : letter.paragraphs()) {
        texts.add(p.text());
      }
    }
    return texts;
  }

  /** The first letters, as many as reach {@code megabytes} of paragraph text. */
  private static List<Letter> firstMegabytes(List<Letter> letters, double megabytes) {
    long limit = Math.round(megabytes * 1e6);
    long sum = 0;
    int n = 0;
    while (n < letters.size() && sum < limit) {
      sum += SyntheticCorpus.paragraphBytes(letters.get(n++));
    }
    return letters.subList(0, n);
  }
}
