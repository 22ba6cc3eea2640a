package org.refrain.benchmarks.jvm;

import java.nio.file.Path;
import java.util.Locale;

/**
 * One run of a command in a fresh JVM, as measured from outside. A failed run is a run too: its
 * exit code and last error line say why.
 *
 * @param label what ran ("report cold", "kwic")
 * @param directory where its stdout.txt, stderr.txt and gc.log are
 * @param exitCode the child's exit status (128 + signal when killed)
 * @param timedOut whether it was killed for running past the timeout
 * @param wallSeconds from start to exit, measured by the benchmark
 * @param cpuSeconds user + system CPU of the child, all threads; NaN when unknown
 * @param peakRssBytes the child's peak resident set; -1 when unknown
 * @param heap the heap it used, from its GC log
 * @param stderr its stage times and last error line
 * @param stdoutBytes bytes it wrote to standard output
 * @param outputBytes bytes of the files it wrote, where the caller counts them; -1 otherwise
 * @param htmlBytes bytes of the HTML report it wrote (index.html), where the caller counts them; -1
 *     otherwise
 */
public record ChildRun(
    String label,
    Path directory,
    int exitCode,
    boolean timedOut,
    double wallSeconds,
    double cpuSeconds,
    long peakRssBytes,
    GcLog.Heap heap,
    ChildStderr stderr,
    long stdoutBytes,
    long outputBytes,
    long htmlBytes) {

  /** Longest error line a table shows. */
  static final int MAX_NOTE = 160;

  /** Whether the child exited with status 0 in time. */
  public boolean ok() {
    return exitCode == 0 && !timedOut;
  }

  /** This run with {@code bytes} of output files, {@code html} of them its HTML report. */
  public ChildRun withOutputBytes(long bytes, long html) {
    return new ChildRun(
        label,
        directory,
        exitCode,
        timedOut,
        wallSeconds,
        cpuSeconds,
        peakRssBytes,
        heap,
        stderr,
        stdoutBytes,
        bytes,
        html);
  }

  /**
   * Why the run failed, in a line: "killed after 30 min", "OutOfMemoryError: exit 1: ..." or "exit
   * 2: LAST STDERR LINE"; "" for a run that did not fail.
   */
  public String failure() {
    if (ok()) {
      return "";
    }
    String why =
        timedOut
            ? String.format(Locale.ROOT, "killed after %.0f s (timeout)", wallSeconds)
            : "exit " + exitCode;
    if (stderr.outOfMemory()) {
      why = "OutOfMemoryError; " + why;
    }
    String last = stderr.lastLine();
    if (last.length() > MAX_NOTE) {
      last = last.substring(0, MAX_NOTE - 1) + "…";
    }
    return last.isEmpty() ? why : why + ": " + last;
  }
}
