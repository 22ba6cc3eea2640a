package org.refrain.benchmarks;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.lang.ref.Reference;
import java.util.Locale;
import java.util.function.Function;

/**
 * Times one pass of a throughput run: first over a warm-up input, untimed, so the JIT has compiled
 * the pass's code before it is measured; then once over the measured input, wall clock. After the
 * pass it collects garbage and notes how much heap the pass's output still holds. Besides wall time
 * it notes the process's CPU time, which other processes on the machine disturb far less: a wall
 * time well above CPU time over threads means the pass waited for a processor.
 */
final class PassTimer {

  /**
   * What a timed pass gave.
   *
   * @param warmup the output of the warm-up run (the next stage's warm-up input)
   * @param output the output of the measured run
   * @param seconds wall seconds of the measured run
   * @param cpuSeconds CPU seconds the process used during the measured run (all its threads,
   *     garbage collection and compilation included), or NaN when the JVM does not say
   * @param retainedBytes heap held by {@code output} after a full collection
   */
  record Timed<O>(O warmup, O output, double seconds, double cpuSeconds, long retainedBytes) {}

  private final PrintStream progress;

  PassTimer(PrintStream progress) {
    this.progress = progress;
  }

  <I, O> Timed<O> time(String label, I warmupInput, I input, Function<I, O> pass) {
    progress.printf(Locale.ROOT, "%-44s warm-up ...", label);
    O warmup = pass.apply(warmupInput);
    long before = usedAfterGc();
    progress.print(" measuring ...");
    long cpuStart = processCpuNanos();
    long start = System.nanoTime();
    O output = pass.apply(input);
    double seconds = (System.nanoTime() - start) / 1e9;
    long cpuEnd = processCpuNanos();
    double cpu = cpuStart < 0 || cpuEnd < 0 ? Double.NaN : (cpuEnd - cpuStart) / 1e9;
    long retained = Math.max(0, usedAfterGc() - before);
    Reference.reachabilityFence(output);
    progress.printf(Locale.ROOT, " %.1f s (CPU %.1f s)%n", seconds, cpu);
    return new Timed<>(warmup, output, seconds, cpu, retained);
  }

  /** Heap in use after a full collection (System.gc() is a full collection on HotSpot's G1). */
  static long usedAfterGc() {
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    System.gc();
    return runtime.totalMemory() - runtime.freeMemory();
  }

  /** CPU time of the whole process so far, or -1 when the JVM does not say. */
  private static long processCpuNanos() {
    OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean hotspot) {
      return hotspot.getProcessCpuTime();
    }
    return -1;
  }
}
