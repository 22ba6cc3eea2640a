package org.refrain.benchmarks.jvm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fallback when GNU time is missing: polls a running process every {@link #EVERY} for its CPU
 * time ({@link ProcessHandle.Info#totalCpuDuration()}) and its peak resident set ({@code VmHWM} in
 * {@code /proc/PID/status}, a high-water mark, so the last poll holds the peak so far). The CPU of
 * the last interval before exit is missed, so CPU time is slightly low.
 */
final class ProcPoller implements AutoCloseable {

  static final Duration EVERY = Duration.ofMillis(100);

  private static final Pattern HWM = Pattern.compile("VmHWM:\\s+(\\d+) kB");

  private final ProcessHandle process;
  private final Thread thread;
  private volatile double cpuSeconds = Double.NaN;
  private volatile long peakRssBytes = -1;

  ProcPoller(ProcessHandle process) {
    this.process = process;
    this.thread = new Thread(this::poll, "proc-poller-" + process.pid());
    thread.setDaemon(true);
    thread.start();
  }

  private void poll() {
    Path status = Path.of("/proc", Long.toString(process.pid()), "status");
    while (process.isAlive()) {
      process.info().totalCpuDuration().ifPresent(d -> cpuSeconds = d.toNanos() / 1e9);
      try {
        Matcher m = HWM.matcher(Files.readString(status));
        if (m.find()) {
          peakRssBytes = Math.max(peakRssBytes, Long.parseLong(m.group(1)) * 1024);
        }
        Thread.sleep(EVERY.toMillis());
      } catch (IOException e) {
        return; // the process is gone, or there is no /proc
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** What the polls saw. */
  ResourceUse use() {
    return new ResourceUse(cpuSeconds, peakRssBytes);
  }

  @Override
  public void close() {
    thread.interrupt();
    try {
      thread.join(EVERY.toMillis() * 10);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
