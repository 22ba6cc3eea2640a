package org.refrain.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.refrain.analysis.reuse.ReuseFamily;
import org.refrain.analysis.reuse.ReuseFinder;
import org.refrain.analysis.reuse.ReuseLabel;
import org.refrain.analysis.reuse.ReusePassage;
import org.refrain.analysis.reuse.ReuseSettings;
import org.refrain.analysis.reuse.ReuseText;
import org.refrain.analysis.reuse.VariantView;
import org.refrain.benchmarks.synthetic.LetterVersions;

/**
 * Times building the multi-version view of a family of successive versions of one letter, the case
 * CollateX is measured on: each version is a member covering the whole letter, and {@link
 * VariantView#of} diffs each with the one before. Also times finding that family from the letters
 * with {@link ReuseFinder}.
 */
final class VariantViewTiming {

  /** Each version edits the one before at this rate: about 15 edited words in 800. */
  static final double EDIT_RATE = 0.02;

  private static final int WARMUP = 50;
  private static final int MEASURED = 200;
  private static final int FINDER_RUNS = 20;

  /**
   * What the timing gave.
   *
   * @param versions versions in the family
   * @param words words per version, on average
   * @param segments diff segments of one view
   * @param builds views built while measuring
   * @param msPerBuild wall milliseconds per view
   * @param allocatedPerBuild bytes allocated per view (NaN when the JVM does not say)
   * @param finderMs wall milliseconds for ReuseFinder to find the family in the versions
   * @param finderFamilies families the finder found in them
   */
  record Result(
      int versions,
      double words,
      int segments,
      int builds,
      double msPerBuild,
      double allocatedPerBuild,
      double finderMs,
      int finderFamilies) {}

  private VariantViewTiming() {}

  static Result run(long seed, int versions, int words, ReuseTexts tokenizer) {
    List<ReuseText> texts = tokenizer.texts(LetterVersions.of(seed, versions, words, EDIT_RATE));
    List<ReusePassage> members = new ArrayList<>();
    for (ReuseText text : texts) {
      members.add(ReusePassage.of(text, 0, text.size()));
    }
    ReuseFamily family =
        new ReuseFamily("V1", members, members.get(0), ReuseLabel.SUBSTANTIVE, List.of());
    VariantView view = VariantView.of(family);
    int segments = view.variants().stream().mapToInt(v -> v.changes().size()).sum();
    repeat(WARMUP, () -> VariantView.of(family));
    long allocatedBefore = allocated();
    long start = System.nanoTime();
    repeat(MEASURED, () -> VariantView.of(family));
    double ms = (System.nanoTime() - start) / 1e6 / MEASURED;
    long allocatedAfter = allocated();
    double perBuild =
        allocatedBefore < 0 ? Double.NaN : (allocatedAfter - allocatedBefore) / (double) MEASURED;

    ReuseFinder finder = ReuseFinder.of(ReuseSettings.defaults());
    repeat(FINDER_RUNS, () -> finder.find(texts));
    start = System.nanoTime();
    int families = 0;
    for (int r = 0; r < FINDER_RUNS; r++) {
      families = finder.find(texts).families().size();
    }
    double finderMs = (System.nanoTime() - start) / 1e6 / FINDER_RUNS;
    double meanWords = texts.stream().mapToInt(ReuseText::size).average().orElse(0);
    return new Result(versions, meanWords, segments, MEASURED, ms, perBuild, finderMs, families);
  }

  private static void repeat(int times, Supplier<?> work) {
    Object last = null;
    for (int i = 0; i < times; i++) {
      last = work.get();
    }
    java.lang.ref.Reference.reachabilityFence(last);
  }

  /** Bytes this thread has allocated so far, or -1 when the JVM does not say. */
  private static long allocated() {
    if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean hotspot) {
      return hotspot.getThreadAllocatedBytes(Thread.currentThread().getId());
    }
    return -1;
  }
}
