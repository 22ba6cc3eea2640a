package org.refrain.benchmarks;

import java.io.PrintStream;
import java.lang.ref.Reference;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The timed part of a bench stage: runs it {@code runs} times, each after a full collection, and
 * keeps the fastest; the heap peak is the largest over the runs above the live heap before them,
 * and what the output keeps is measured after a last collection. Warm-up is the caller's.
 *
 * @param output the last run's output
 * @param seconds the fastest run
 * @param peakBytes the largest heap peak above {@code liveBefore}
 * @param keptBytes the live heap the output holds
 */
record BestOf<T>(T output, double seconds, long peakBytes, long keptBytes) {

  static <T> BestOf<T> run(Supplier<T> stage, int runs, long liveBefore, PrintStream progress) {
    double best = Double.POSITIVE_INFINITY;
    long peak = 0;
    T output = null;
    for (int r = 0; r < runs; r++) {
      output = null; // not held through the next run
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
    return new BestOf<>(output, best, peak, kept);
  }

  /** Seconds since {@code startNanos} ({@link System#nanoTime()}). */
  static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
