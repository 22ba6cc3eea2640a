package org.refrain.benchmarks.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class GcLogTest {

  private static final long MB = 1 << 20;

  @Test
  void readsG1CollectionsAndTheHeapAtExit() {
    GcLog.Heap heap =
        GcLog.parse(
            """
            [0.010s][info][gc] Using G1
            [0.429s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 14M->11M(64M) 8.780ms
            [0.500s][info][gc] GC(1) Concurrent Mark Cycle 12.000ms
            [0.813s][info][gc] GC(2) Pause Remark 40M->38M(64M) 1.220ms
            [13.542s][info][gc] GC(88) Pause Full (System.gc()) 1G->24M(2048M) 40.000ms
            [13.608s][info][gc,heap,exit] Heap
            [13.608s][info][gc,heap,exit]  garbage-first heap   total 65536K, used 26222K [0x00000000fc000000, 0x0000000100000000)
            [13.608s][info][gc,heap,exit]   region size 1024K, 1 young (1024K), 0 survivors (0K)
            [13.608s][info][gc,heap,exit]  Metaspace       used 8251K, committed 8512K, reserved 1114112K
            """);
    assertEquals("G1", heap.collector());
    assertEquals(1024 * MB, heap.peakBytes());
    assertEquals(38 * MB, heap.liveBytes());
    assertEquals(0.05, heap.pauseSeconds(), 1e-9);
    assertEquals(3, heap.pauses());
  }

  @Test
  void withoutCollectionsThePeakIsTheHeapAtExitSummedOverGenerations() {
    GcLog.Heap heap =
        GcLog.parse(
            """
            [0.012s][info][gc] Using Serial
            [0.154s][info][gc,heap,exit] Heap
            [0.154s][info][gc,heap,exit]  def new generation   total 116160K, used 6198K [0x0000000080000000, 0x0000000087e00000, 0x00000000aaaa0000)
            [0.154s][info][gc,heap,exit]   eden space 103296K,   6% used [0x0000000080000000, 0x000000008060d8a0, 0x00000000864e0000)
            [0.154s][info][gc,heap,exit]  tenured generation   total 258048K, used 1000K [0x00000000aaaa0000, 0x00000000ba6a0000, 0x0000000100000000)
            [0.154s][info][gc,heap,exit]  Metaspace       used 111K, committed 192K, reserved 1114112K
            """);
    assertEquals(new GcLog.Heap("Serial", 7198 * 1024L, -1, 0, 0), heap);
  }

  @Test
  void aLogOfAnotherCollectorOrNoneIsUnknown() {
    GcLog.Heap z =
        GcLog.parse(
            """
            [0.010s][info][gc] Using The Z Garbage Collector
            [1.0s][info][gc] GC(0) Garbage Collection (Warmup) 208M(10%)->40M(2%)
            """);
    assertEquals(-1, z.peakBytes());
    assertEquals(-1, z.liveBytes());
    assertEquals(GcLog.Heap.unknown(), GcLog.read(Path.of("no", "such", "gc.log")));
  }
}
