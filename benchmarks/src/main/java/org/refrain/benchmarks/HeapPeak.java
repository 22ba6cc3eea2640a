package org.refrain.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * The most heap a run used, from the JVM's memory pools: {@link #reset()} collects garbage and
 * resets each heap pool's peak, {@link #peakBytes()} adds up the pools' peaks since. The sum is an
 * upper bound of the true peak (the young and old pools may peak at different moments) and counts
 * garbage not yet collected, so it depends on the heap size the collector was given. Also the time
 * the collectors reported, which explains a run slower than its neighbours.
 */
final class HeapPeak {

  private static final List<MemoryPoolMXBean> HEAP =
      ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(p -> p.getType() == MemoryType.HEAP && p.isValid())
          .toList();

  private HeapPeak() {}

  /** Collects garbage and starts a new peak. */
  static void reset() {
    PassTimer.usedAfterGc();
    HEAP.forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** Milliseconds the garbage collectors have reported so far, all collectors together. */
  static long gcMillis() {
    long sum = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      sum += Math.max(0, gc.getCollectionTime());
    }
    return sum;
  }

  /** The sum of the heap pools' peaks since {@link #reset()}. */
  static long peakBytes() {
    long sum = 0;
    for (MemoryPoolMXBean pool : HEAP) {
      sum += pool.getPeakUsage().getUsed();
    }
    return sum;
  }
}
