package org.refrain.benchmarks;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.refrain.analysis.annotate.AnnotatedLetter;
import org.refrain.analysis.annotate.AnnotationCache;
import org.refrain.analysis.annotate.CorpusAnnotator;
import org.refrain.analysis.annotate.OpenNlpAnnotator;
import org.refrain.analysis.annotate.Sentence;
import org.refrain.analysis.demand.Demand;
import org.refrain.analysis.demand.DemandChange;
import org.refrain.analysis.demand.DemandChanges;
import org.refrain.analysis.demand.DemandHit;
import org.refrain.analysis.demand.DemandResult;
import org.refrain.analysis.demand.DemandTag;
import org.refrain.analysis.demand.DemandTagger;
import org.refrain.analysis.demand.DemandTimeline;
import org.refrain.analysis.demand.Evidence;
import org.refrain.analysis.demand.LetterDemands;
import org.refrain.analysis.demand.SentenceWords;
import org.refrain.analysis.demand.Strength;
import org.refrain.analysis.demand.Taxonomy;
import org.refrain.analysis.sequence.ChangeScope;
import org.refrain.benchmarks.synthetic.SyntheticCorpus;
import org.refrain.benchmarks.synthetic.SyntheticOptions;
import org.refrain.benchmarks.synthetic.Target;
import org.refrain.corpus.Letter;
import org.refrain.corpus.Span;

/**
 * Measures demand tagging with the bundled taxonomy on synthetic corpora: {@link DemandTagger#tag}
 * of all letters, {@link DemandChanges#of} and {@link DemandTimeline} at each size, with the work
 * found, words per second and peak heap; the same tagging by a naive matcher that runs every token
 * pattern at every word, which must find the same evidence, to show what the tagger's first-word
 * index saves; and growth from the second-smallest size to the largest. Letters are annotated once,
 * untimed. Not a JMH benchmark: annotating 5,000 letters takes minutes. Every corpus is a prefix of
 * one seeded corpus of the largest size (generation is sequential, so the first n letters are the
 * corpus of n letters). Progress goes to standard error, the Markdown tables to standard output.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.refrain.benchmarks.DemandBenchmark
 *     [--sizes 100,1000,5000] [--seed 42] [--repeat 3]</pre>
 */
public final class DemandBenchmark {

  /** Letters annotated between two progress lines. */
  private static final int ANNOTATION_BATCH = 250;

  /**
   * The naive matcher against the tagger on one corpus.
   *
   * @param seconds best wall seconds of the naive matcher
   * @param floorSeconds best wall seconds of what both do besides matching: building each
   *     sentence's {@link SentenceWords} and finding its ask cue
   * @param evidence (letter, demand, sentence) triples the naive matcher finds
   * @param hits hits it keeps
   * @param missing triples and hits the tagger finds and the naive matcher does not
   * @param extra triples and hits the naive matcher finds and the tagger does not
   * @param sameCounts whether both keep as many hits and evidence sentences (a hit or a sentence
   *     kept twice would not show in the sets)
   */
  record Naive(
      double seconds,
      double floorSeconds,
      long evidence,
      long hits,
      int missing,
      int extra,
      boolean sameCounts) {

    boolean agrees() {
      return missing == 0 && extra == 0 && sameCounts;
    }
  }

  /**
   * One corpus size: one row of each table.
   *
   * @param letters letters
   * @param words word tokens of their body sentences
   * @param sentences body sentences
   * @param tags (letter, demand) tags found
   * @param evidence evidence sentences of all tags
   * @param hits pattern matches kept in all evidence
   * @param asks tags that ask (the rest mention)
   * @param changes changes by scope
   * @param timelineRows rows of {@link DemandTimeline#byYear} and {@link
   *     DemandTimeline#appearances}
   * @param tagSeconds best wall seconds of {@link DemandTagger#tag} on all letters
   * @param changesSeconds best wall seconds of {@link DemandChanges#of}
   * @param timelineSeconds best wall seconds of {@link DemandTimeline#byYear} and {@link
   *     DemandTimeline#appearances}
   * @param peakBytes heap peak during tagging above the live heap before it
   * @param keptBytes heap the tagging result holds
   * @param naive the naive matcher on the same letters
   */
  record Row(
      int letters,
      long words,
      long sentences,
      int tags,
      long evidence,
      long hits,
      int asks,
      Map<ChangeScope, Integer> changes,
      int timelineRows,
      double tagSeconds,
      double changesSeconds,
      double timelineSeconds,
      long peakBytes,
      long keptBytes,
      Naive naive) {

    int allChanges() {
      return changes.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  /**
   * A kept pattern match: letter (index in the input), demand (index in the taxonomy), sentence.
   */
  record Hit(int letter, int demand, int sentence, Span span) {}

  /** What a timed stage gave: its output and the best of its runs. */
  private record Timed<T>(T output, double seconds, long peakBytes, long keptBytes) {}

  private final DemandArgs args;
  private final PrintStream progress;
  private final Taxonomy taxonomy = Taxonomy.bundled();

  private DemandBenchmark(DemandArgs args, PrintStream progress) {
    this.args = args;
    this.progress = progress;
  }

  public static void main(String[] argv) {
    DemandArgs args =
        BenchOptions.parseOrExit("demand-benchmark", DemandArgs.USAGE, DemandArgs::parse, argv);
    System.out.print(new DemandBenchmark(args, System.err).run());
  }

  private String run() {
    long start = System.nanoTime();
    progress.printf(
        Locale.ROOT, "generating %,d letters, seed %d ...%n", args.largest(), args.seed());
    long t = System.nanoTime();
    List<Letter> letters =
        SyntheticCorpus.fromBundled(
            SyntheticOptions.of(args.seed(), Target.letters(args.largest())));
    double generateSeconds = BestOf.seconds(t);
    t = System.nanoTime();
    List<AnnotatedLetter> annotated = annotate(letters);
    double annotateSeconds = BestOf.seconds(t);
    List<Row> rows = measure(annotated, args, progress);
    List<String> header = new ArrayList<>(DemandBenchReport.machine());
    header.add(
        String.format(
            Locale.ROOT,
            "Corpus: synthetic (SyntheticCorpus, default options), seed %d, %,d letters, generated"
                + " in %.1f s and annotated once by OpenNlpAnnotator.shared() on %d threads in"
                + " %.0f s, no annotation cache; neither is in any time below. Every smaller corpus"
                + " is its first n letters",
            args.seed(),
            letters.size(),
            generateSeconds,
            CorpusAnnotator.defaultThreads(),
            annotateSeconds));
    header.addAll(DemandBenchReport.method(taxonomy, args.repeat()));
    return DemandBenchReport.render(header, rows)
        + String.format(
            Locale.ROOT,
            "%nWhole run: %.0f s (%.1f min).%n",
            BestOf.seconds(start),
            BestOf.seconds(start) / 60);
  }

  /** The letters annotated in batches, so a long run shows its progress. */
  private List<AnnotatedLetter> annotate(List<Letter> letters) {
    CorpusAnnotator annotator =
        CorpusAnnotator.of(
            OpenNlpAnnotator.shared(), AnnotationCache.none(), CorpusAnnotator.defaultThreads());
    List<AnnotatedLetter> out = new ArrayList<>(letters.size());
    long start = System.nanoTime();
    for (int from = 0; from < letters.size(); from += ANNOTATION_BATCH) {
      int to = Math.min(letters.size(), from + ANNOTATION_BATCH);
      out.addAll(annotator.annotate(letters.subList(from, to)).letters());
      double elapsed = BestOf.seconds(start);
      progress.printf(
          Locale.ROOT,
          "annotated %,d/%,d letters, %.0f s, about %.0f s to go%n",
          to,
          letters.size(),
          elapsed,
          elapsed / to * (letters.size() - to));
    }
    return out;
  }

  /** Every size of {@code args} measured on the first letters of {@code annotated}. */
  static List<Row> measure(List<AnnotatedLetter> annotated, DemandArgs args, PrintStream progress) {
    if (annotated.size() < args.largest()) {
      throw new IllegalArgumentException(
          "annotated: " + annotated.size() + " letters, fewer than " + args.largest());
    }
    DemandBenchmark bench = new DemandBenchmark(args, progress);
    List<Row> rows = new ArrayList<>();
    for (int n : args.sizes()) {
      rows.add(bench.measureSize(annotated.subList(0, n)));
    }
    return rows;
  }

  private Row measureSize(List<AnnotatedLetter> letters) {
    int n = letters.size();
    DemandTagger tagger = DemandTagger.of(taxonomy);
    Timed<DemandResult> tagged = time("tagger", n, () -> tagger.tag(letters));
    DemandResult result = tagged.output();
    Timed<List<DemandChange>> changes = time("changes", n, () -> DemandChanges.of(result));
    Timed<Integer> timeline =
        time(
            "timeline",
            n,
            () -> DemandTimeline.byYear(result).size() + DemandTimeline.appearances(result).size());
    NaiveDemandTagger naive = new NaiveDemandTagger(taxonomy);
    Timed<List<Hit>> naiveRun = time("naive", n, () -> naive.tag(letters));
    Timed<Integer> floor = time("floor", n, () -> naive.floor(letters));
    Naive compared = compare(letters, result, naiveRun, floor.seconds());
    if (!compared.agrees()) {
      progress.printf(
          Locale.ROOT,
          "DISAGREEMENT on %,d letters: %,d missing from the naive matcher, %,d extra%n",
          n,
          compared.missing(),
          compared.extra());
    }
    return row(letters, result, changes, timeline, tagged, compared);
  }

  private Row row(
      List<AnnotatedLetter> letters,
      DemandResult result,
      Timed<List<DemandChange>> changes,
      Timed<Integer> timeline,
      Timed<DemandResult> tagged,
      Naive naive) {
    long words = 0;
    long sentences = 0;
    for (AnnotatedLetter letter : letters) {
      words += letter.words();
      sentences += letter.sentences().size();
    }
    long evidence = 0;
    long hits = 0;
    int asks = 0;
    for (DemandTag tag : result.tags()) {
      evidence += tag.evidence().size();
      hits += tag.evidence().stream().mapToLong(e -> e.hits().size()).sum();
      asks += tag.strength() == Strength.ASK ? 1 : 0;
    }
    Map<ChangeScope, Integer> byScope = new EnumMap<>(ChangeScope.class);
    for (ChangeScope scope : ChangeScope.values()) {
      byScope.put(scope, 0);
    }
    changes.output().forEach(c -> byScope.merge(c.scope(), 1, Integer::sum));
    return new Row(
        letters.size(),
        words,
        sentences,
        result.tags().size(),
        evidence,
        hits,
        asks,
        byScope,
        timeline.output(),
        tagged.seconds(),
        changes.seconds(),
        timeline.seconds(),
        tagged.peakBytes(),
        tagged.keptBytes(),
        naive);
  }

  /** The naive matcher's hits against the tagger's evidence, as sets of hits and of triples. */
  private Naive compare(
      List<AnnotatedLetter> letters, DemandResult result, Timed<List<Hit>> naive, double floor) {
    Map<Letter, Integer> index = new IdentityHashMap<>();
    for (int i = 0; i < letters.size(); i++) {
      index.put(letters.get(i).letter(), i);
    }
    Map<Demand, Integer> demands = new IdentityHashMap<>();
    for (int d = 0; d < taxonomy.demands().size(); d++) {
      demands.put(taxonomy.demands().get(d), d);
    }
    Set<Hit> tagger = new HashSet<>();
    long taggerHits = 0;
    long taggerEvidence = 0;
    for (LetterDemands letter : result.letters()) {
      int l = index.get(letter.letter());
      for (DemandTag tag : letter.tags()) {
        for (Evidence e : tag.evidence()) {
          taggerEvidence++;
          for (DemandHit hit : e.hits()) {
            taggerHits++;
            tagger.add(new Hit(l, demands.get(tag.demand()), e.sentence(), hit.span()));
          }
        }
      }
    }
    Set<Hit> found = new HashSet<>(naive.output());
    Set<Hit> taggerTriples = triples(tagger);
    Set<Hit> naiveTriples = triples(found);
    List<Hit> missingHits = difference(tagger, found);
    List<Hit> extraHits = difference(found, tagger);
    show("missing from the naive matcher", missingHits, letters);
    show("found by the naive matcher only", extraHits, letters);
    int missing = missingHits.size() + difference(taggerTriples, naiveTriples).size();
    int extra = extraHits.size() + difference(naiveTriples, taggerTriples).size();
    boolean sameCounts =
        taggerHits == naive.output().size()
            && taggerHits == tagger.size()
            && taggerEvidence == taggerTriples.size();
    return new Naive(
        naive.seconds(),
        floor,
        naiveTriples.size(),
        naive.output().size(),
        missing,
        extra,
        sameCounts);
  }

  private static Set<Hit> triples(Set<Hit> hits) {
    Set<Hit> out = new HashSet<>();
    for (Hit h : hits) {
      out.add(new Hit(h.letter(), h.demand(), h.sentence(), null));
    }
    return out;
  }

  /** The hits of {@code a} not in {@code b}, in a stable order. */
  private static List<Hit> difference(Set<Hit> a, Set<Hit> b) {
    return a.stream()
        .filter(h -> !b.contains(h))
        .sorted(
            Comparator.comparingInt(Hit::letter)
                .thenComparingInt(Hit::sentence)
                .thenComparingInt(Hit::demand)
                .thenComparing(Hit::span, Comparator.nullsFirst(Comparator.naturalOrder())))
        .toList();
  }

  /** A few of the hits on which the two disagree, with their words, to say why. */
  private void show(String what, List<Hit> hits, List<AnnotatedLetter> letters) {
    for (Hit h : hits.subList(0, Math.min(5, hits.size()))) {
      Letter letter = letters.get(h.letter()).letter();
      Sentence sentence = letters.get(h.letter()).sentences().get(h.sentence());
      progress.printf(
          Locale.ROOT,
          "  %s: %s, %s, sentence %d: \"%s\" in \"%s\"%n",
          what,
          letter.id(),
          taxonomy.demands().get(h.demand()).id(),
          h.sentence(),
          h.span().in(letter.text()),
          sentence.text(letter.text()));
    }
  }

  /**
   * Runs {@code stage} once untimed, then {@link DemandArgs#repeat} times, each after a full
   * collection, and keeps the fastest run; the heap peak is the largest over the timed runs, above
   * the live heap before them.
   */
  private <T> Timed<T> time(String label, int letters, Supplier<T> stage) {
    progress.printf(Locale.ROOT, "%-8s on %,6d letters: warm-up", label, letters);
    stage.get();
    long liveBefore = PassTimer.usedAfterGc();
    BestOf<T> best = BestOf.run(stage, args.repeat(), liveBefore, progress);
    return new Timed<>(best.output(), best.seconds(), best.peakBytes(), best.keptBytes());
  }
}
