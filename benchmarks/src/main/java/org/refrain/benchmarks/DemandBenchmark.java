package org.refrain.benchmarks;

import java.io.PrintStream;
import java.lang.ref.Reference;
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
import java.util.function.ToDoubleFunction;
import org.refrain.analysis.annotate.AnnotatedLetter;
import org.refrain.analysis.annotate.AnnotationCache;
import org.refrain.analysis.annotate.CorpusAnnotator;
import org.refrain.analysis.annotate.OpenNlpAnnotator;
import org.refrain.analysis.annotate.Sentence;
import org.refrain.analysis.demand.AskCue;
import org.refrain.analysis.demand.AskDetector;
import org.refrain.analysis.demand.ChangeScope;
import org.refrain.analysis.demand.Demand;
import org.refrain.analysis.demand.DemandChange;
import org.refrain.analysis.demand.DemandChanges;
import org.refrain.analysis.demand.DemandHit;
import org.refrain.analysis.demand.DemandPattern;
import org.refrain.analysis.demand.DemandResult;
import org.refrain.analysis.demand.DemandTag;
import org.refrain.analysis.demand.DemandTagger;
import org.refrain.analysis.demand.DemandTimeline;
import org.refrain.analysis.demand.Evidence;
import org.refrain.analysis.demand.LetterDemands;
import org.refrain.analysis.demand.SentenceWords;
import org.refrain.analysis.demand.Strength;
import org.refrain.analysis.demand.Taxonomy;
import org.refrain.analysis.demand.TokenPattern;
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
   * The options, each with its default: the full run.
   *
   * @param sizes corpus sizes in letters, sorted (default 100, 1000, 5000)
   * @param seed the synthetic corpus's seed (default 42)
   * @param repeat timed runs of each stage after one untimed warm-up; the best counts (default 3)
   */
  record Args(List<Integer> sizes, long seed, int repeat) {

    static final String USAGE =
        "usage: java -cp benchmarks/target/benchmarks.jar org.refrain.benchmarks.DemandBenchmark"
            + " [--sizes 100,1000,5000] [--seed 42] [--repeat 3]";

    Args {
      if (sizes.isEmpty()) {
        throw new IllegalArgumentException("--sizes needs at least one size");
      }
      for (int n : sizes) {
        if (n < 1) {
          throw new IllegalArgumentException("--sizes values must be >= 1: " + n);
        }
      }
      sizes = sizes.stream().distinct().sorted().toList();
      if (repeat < 1) {
        throw new IllegalArgumentException("--repeat must be >= 1: " + repeat);
      }
    }

    int largest() {
      return sizes.get(sizes.size() - 1);
    }

    /**
     * The options in {@code argv} ({@code --name value} or {@code --name=value}).
     *
     * @throws IllegalArgumentException naming the option that is unknown, lacks a value or has a
     *     bad value
     */
    static Args parse(String... argv) {
      List<Integer> sizes = List.of(100, 1000, 5000);
      long seed = 42;
      int repeat = 3;
      for (var option : BenchOptions.parse(argv)) {
        String name = option.getKey();
        String value = option.getValue();
        switch (name) {
          case "--sizes" -> {
            List<Integer> list = new ArrayList<>();
            for (String part : value.split(",")) {
              if (!part.isBlank()) {
                list.add((int) whole(name, part));
              }
            }
            sizes = list;
          }
          case "--seed" -> seed = whole(name, value);
          case "--repeat" -> repeat = (int) whole(name, value);
          default -> throw new IllegalArgumentException("unknown option " + name);
        }
      }
      return new Args(sizes, seed, repeat);
    }

    private static long whole(String name, String value) {
      double number = BenchOptions.number(name, value);
      if (number != Math.rint(number) || Math.abs(number) > 1e15) {
        throw new IllegalArgumentException(name + " is not a whole number: " + value);
      }
      return (long) number;
    }
  }

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

  private final Args args;
  private final PrintStream progress;
  private final Taxonomy taxonomy = Taxonomy.bundled();

  private DemandBenchmark(Args args, PrintStream progress) {
    this.args = args;
    this.progress = progress;
  }

  public static void main(String[] argv) {
    Args args;
    try {
      args = Args.parse(argv);
    } catch (IllegalArgumentException e) {
      System.err.println("demand-benchmark: " + e.getMessage());
      System.err.println(Args.USAGE);
      System.exit(2);
      return;
    }
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
    double generateSeconds = seconds(t);
    t = System.nanoTime();
    List<AnnotatedLetter> annotated = annotate(letters);
    double annotateSeconds = seconds(t);
    List<Row> rows = measure(annotated, args, progress);
    List<String> header = new ArrayList<>(machine());
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
    header.addAll(method(taxonomy, args.repeat()));
    return render(header, rows)
        + String.format(
            Locale.ROOT, "%nWhole run: %.0f s (%.1f min).%n", seconds(start), seconds(start) / 60);
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
      double elapsed = seconds(start);
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
  static List<Row> measure(List<AnnotatedLetter> annotated, Args args, PrintStream progress) {
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
    NaiveTagger naive = new NaiveTagger(taxonomy);
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
   * Runs {@code stage} once untimed, then {@link Args#repeat} times, each after a full collection,
   * and keeps the fastest run; the heap peak is the largest over the timed runs, above the live
   * heap before them.
   */
  private <T> Timed<T> time(String label, int letters, Supplier<T> stage) {
    progress.printf(Locale.ROOT, "%-8s on %,6d letters: warm-up", label, letters);
    stage.get();
    long liveBefore = PassTimer.usedAfterGc();
    double best = Double.POSITIVE_INFINITY;
    long peak = 0;
    T output = null;
    for (int r = 0; r < args.repeat(); r++) {
      output = null;
      HeapPeak.reset();
      long t = System.nanoTime();
      output = stage.get();
      double s = seconds(t);
      peak = Math.max(peak, HeapPeak.peakBytes() - liveBefore);
      best = Math.min(best, s);
      progress.printf(Locale.ROOT, ", %.3f s", s);
    }
    long kept = Math.max(0, PassTimer.usedAfterGc() - liveBefore);
    Reference.reachabilityFence(output);
    progress.println();
    return new Timed<>(output, best, peak, kept);
  }

  /**
   * The tagger without its index: every token pattern of every demand tried at every word of every
   * sentence ({@link TokenPattern#matches}), every regular expression run on every sentence; then,
   * as the tagger does, a hit overlapped by an exclusion of its demand is dropped and a hit inside
   * another of the same demand is dropped. Also builds each sentence's words and finds its ask cue,
   * as the tagger does, so the two differ only in how patterns are tried.
   */
  static final class NaiveTagger {

    private final Taxonomy taxonomy;
    private final AskDetector asks;

    NaiveTagger(Taxonomy taxonomy) {
      this.taxonomy = taxonomy;
      this.asks = AskDetector.of(taxonomy.asks());
    }

    /** The kept hits of every letter, in input order. */
    List<Hit> tag(List<AnnotatedLetter> letters) {
      List<Hit> out = new ArrayList<>();
      for (int l = 0; l < letters.size(); l++) {
        AnnotatedLetter letter = letters.get(l);
        String text = letter.letter().text();
        List<SentenceWords> sentences = words(letter);
        List<AskCue> cues = asks.cues(letter, sentences);
        for (int s = 0; s < sentences.size(); s++) {
          SentenceWords words = sentences.get(s);
          for (int d = 0; d < taxonomy.demands().size(); d++) {
            Demand demand = taxonomy.demands().get(d);
            for (Span span : outermost(excluded(demand, hits(demand, words, text), words, text))) {
              out.add(new Hit(l, d, s, span));
            }
          }
        }
        Reference.reachabilityFence(cues);
      }
      return out;
    }

    /** What the tagger and this matcher both do besides matching; returns the asks found. */
    int floor(List<AnnotatedLetter> letters) {
      int found = 0;
      for (AnnotatedLetter letter : letters) {
        for (AskCue cue : asks.cues(letter, words(letter))) {
          found += cue == null ? 0 : 1;
        }
      }
      return found;
    }

    private static List<SentenceWords> words(AnnotatedLetter letter) {
      List<SentenceWords> sentences = new ArrayList<>(letter.sentences().size());
      for (Sentence sentence : letter.sentences()) {
        sentences.add(SentenceWords.of(sentence));
      }
      return sentences;
    }

    private static List<Span> hits(Demand demand, SentenceWords words, String text) {
      List<Span> hits = new ArrayList<>();
      for (DemandPattern pattern : demand.patterns()) {
        if (pattern instanceof TokenPattern tokens) {
          for (TokenPattern.Match m : tokens.matches(words)) {
            hits.add(words.span(m.start(), m.end()));
          }
        } else {
          hits.addAll(pattern.find(words, text));
        }
      }
      return hits;
    }

    private static List<Span> excluded(
        Demand demand, List<Span> hits, SentenceWords words, String text) {
      if (hits.isEmpty() || demand.exclusions().isEmpty()) {
        return hits;
      }
      List<Span> exclusions = new ArrayList<>();
      for (DemandPattern exclusion : demand.exclusions()) {
        exclusions.addAll(exclusion.find(words, text));
      }
      List<Span> kept = new ArrayList<>();
      for (Span hit : hits) {
        if (exclusions.stream().noneMatch(x -> x.start() < hit.end() && hit.start() < x.end())) {
          kept.add(hit);
        }
      }
      return kept;
    }

    /** The hits not inside another; of equal hits, the first. */
    private static List<Span> outermost(List<Span> hits) {
      if (hits.size() < 2) {
        return hits;
      }
      List<Span> kept = new ArrayList<>();
      for (int i = 0; i < hits.size(); i++) {
        Span hit = hits.get(i);
        boolean inside = false;
        for (int j = 0; j < hits.size() && !inside; j++) {
          Span other = hits.get(j);
          inside = j != i && other.contains(hit) && (!other.equals(hit) || j < i);
        }
        if (!inside) {
          kept.add(hit);
        }
      }
      return kept;
    }
  }

  private static List<String> machine() {
    Runtime runtime = Runtime.getRuntime();
    return new ArrayList<>(
        List.of(
            String.format(
                Locale.ROOT,
                "Machine: %d processors; Java %s (%s); max heap %,d MB",
                runtime.availableProcessors(),
                Runtime.version(),
                System.getProperty("java.vm.name"),
                runtime.maxMemory() / 1_000_000)));
  }

  /** The header lines on the taxonomy and how things were measured. */
  static List<String> method(Taxonomy taxonomy, int repeat) {
    int tokens = 0;
    int everyWord = 0;
    int regexes = 0;
    int exclusions = 0;
    for (Demand demand : taxonomy.demands()) {
      exclusions += demand.exclusions().size();
      for (DemandPattern pattern : demand.patterns()) {
        if (pattern instanceof TokenPattern) {
          tokens++;
          everyWord += startsAnywhere(pattern.source()) ? 1 : 0;
        } else {
          regexes++;
        }
      }
    }
    return List.of(
        String.format(
            Locale.ROOT,
            "Taxonomy: %s, %d demands, %d token patterns (%d of them start with a word prefix"
                + " such as deport* or an optional word, so the first-word index must try them"
                + " at every word; counted from the patterns' text), %d regular expressions, %d"
                + " exclusions",
            taxonomy.source(),
            taxonomy.demands().size(),
            tokens,
            everyWord,
            regexes,
            exclusions),
        String.format(
            Locale.ROOT,
            "Timing: wall clock, one thread; each stage runs once untimed, then %d time(s), each"
                + " after a full GC; the fastest run counts. Words: word tokens of the body"
                + " sentences (AnnotatedLetter.words)",
            repeat),
        "Heap: peak = the sum of the heap pools' peak usage while tagging (an upper bound: pools"
            + " may peak at different moments; garbage not yet collected included), minus the"
            + " live heap before it (the annotated corpus); kept = live heap after a full GC with"
            + " the result held, minus the same",
        "Naive: for every sentence, SentenceWords.of and the ask cue as the tagger does, then"
            + " every token pattern of every demand at every word (TokenPattern.matches), every"
            + " regular expression on the sentence; exclusions and nested hits dropped as the"
            + " tagger does. Floor: SentenceWords.of and the ask cues alone, the part both do"
            + " besides matching; matching = total - floor. Agree: the same hits (letter, demand,"
            + " sentence, span) and the same evidence sentences (letter, demand, sentence)");
  }

  /** True when a pattern's first word is optional or a prefix, judged from its source text. */
  static boolean startsAnywhere(String source) {
    String text = source.startsWith("phrase: ") ? source.substring(8) : source;
    String first = text.strip().split("\\s+")[0];
    if (first.endsWith("?")) {
      return true;
    }
    int slash = first.lastIndexOf('/');
    if (slash > 0 && first.substring(slash + 1).matches("[A-Za-z]+")) {
      first = first.substring(0, slash);
    }
    for (String alternative : first.split("\\|")) {
      if (alternative.endsWith("*") && !alternative.matches(".*[\\p{L}\\p{N}][-\u2010\u2011].*")) {
        return true;
      }
    }
    return false;
  }

  /** The Markdown report: header lines, then the tables. */
  static String render(List<String> header, List<Row> rows) {
    StringBuilder out = new StringBuilder("# Demand tagging\n\n");
    for (String line : header) {
      out.append("- ").append(line).append('\n');
    }
    stages(out, rows);
    index(out, rows);
    growth(out, rows);
    return out.toString();
  }

  private static void stages(StringBuilder out, List<Row> rows) {
    out.append("\n## Tagging, changes and timeline by corpus size\n\n");
    out.append(
        "Tags: (letter, demand) pairs, asks the tags some sentence of which asks. Changes: all"
            + " / addressee / venue scope. Timeline: DemandTimeline.byYear and appearances; rows:"
            + " year shares plus appearances.\n\n");
    out.append(
        "| letters | words | sentences | tags (asks) | evidence sentences | hits | changes |"
            + " tag ms | words/s tagged | changes ms | timeline ms | timeline rows | peak heap MB"
            + " | kept MB |\n");
    out.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Row r : rows) {
      out.append(
          String.format(
              Locale.ROOT,
              "| %,d | %,d | %,d | %,d (%,d) | %,d | %,d | %,d (%,d / %,d / %,d) | %,.1f | %,.0f |"
                  + " %,.2f | %,.2f | %,d | %,.0f | %,.1f |%n",
              r.letters(),
              r.words(),
              r.sentences(),
              r.tags(),
              r.asks(),
              r.evidence(),
              r.hits(),
              r.allChanges(),
              r.changes().get(ChangeScope.ALL),
              r.changes().get(ChangeScope.ADDRESSEE),
              r.changes().get(ChangeScope.VENUE),
              1e3 * r.tagSeconds(),
              r.words() / r.tagSeconds(),
              1e3 * r.changesSeconds(),
              1e3 * r.timelineSeconds(),
              r.timelineRows(),
              r.peakBytes() / 1e6,
              r.keptBytes() / 1e6));
    }
  }

  private static void index(StringBuilder out, List<Row> rows) {
    out.append("\n## First-word index against the naive matcher\n\n");
    out.append(
        "| letters | tagger ms | naive ms | speed-up | floor ms | tagger matching ms | naive"
            + " matching ms | matching speed-up | evidence sentences (tagger / naive) | hits"
            + " (tagger / naive) | agree |\n");
    out.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
    for (Row r : rows) {
      Naive n = r.naive();
      double taggerMatching = r.tagSeconds() - n.floorSeconds();
      double naiveMatching = n.seconds() - n.floorSeconds();
      out.append(
          String.format(
              Locale.ROOT,
              "| %,d | %,.1f | %,.1f | %.1fx | %,.1f | %,.1f | %,.1f | %s | %,d / %,d | %,d / %,d |"
                  + " %s |%n",
              r.letters(),
              1e3 * r.tagSeconds(),
              1e3 * n.seconds(),
              n.seconds() / r.tagSeconds(),
              1e3 * n.floorSeconds(),
              1e3 * taggerMatching,
              1e3 * naiveMatching,
              taggerMatching > 0
                  ? String.format(Locale.ROOT, "%.1fx", naiveMatching / taggerMatching)
                  : "–",
              r.evidence(),
              n.evidence(),
              r.hits(),
              n.hits(),
              n.agrees()
                  ? "yes"
                  : String.format(
                      Locale.ROOT,
                      "NO (%,d missing, %,d extra%s)",
                      n.missing(),
                      n.extra(),
                      n.sameCounts() ? "" : ", counts differ")));
    }
  }

  private static void growth(StringBuilder out, List<Row> rows) {
    if (rows.size() < 2) {
      return;
    }
    // From the second-smallest size: the smallest is too small to time reliably.
    Row from = rows.get(rows.size() > 2 ? 1 : 0);
    Row to = rows.get(rows.size() - 1);
    double words = (double) to.words() / from.words();
    out.append(
        String.format(
            Locale.ROOT,
            "%n## Growth from %,d to %,d letters%n%n"
                + "Linear growth multiplies time by the words ratio (x time / x words = 1).%n%n",
            from.letters(),
            to.letters()));
    out.append("| stage | x letters | x words | x time | x time / x words |\n");
    out.append("|---|---:|---:|---:|---:|\n");
    growthRow(out, "DemandTagger.tag", from, to, words, Row::tagSeconds);
    growthRow(out, "naive matcher", from, to, words, r -> r.naive().seconds());
    growthRow(out, "DemandChanges.of", from, to, words, Row::changesSeconds);
    growthRow(out, "DemandTimeline.byYear + appearances", from, to, words, Row::timelineSeconds);
  }

  private static void growthRow(
      StringBuilder out,
      String stage,
      Row from,
      Row to,
      double words,
      ToDoubleFunction<Row> seconds) {
    double time = seconds.applyAsDouble(to) / seconds.applyAsDouble(from);
    out.append(
        String.format(
            Locale.ROOT,
            "| %s | %.1f | %.2f | %.2f | %.2f |%n",
            stage,
            (double) to.letters() / from.letters(),
            words,
            time,
            time / words));
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
