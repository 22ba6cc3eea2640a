package org.refrain.benchmarks.jvm;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs commands each in a fresh JVM and measures them ({@link ChildRun}). The child runs in its own
 * directory, emptied first, with standard output and error to {@code stdout.txt} and {@code
 * stderr.txt} there (never a pipe, which a chatty child could fill and block on), its GC log
 * ({@link GcLog#OPTION}) beside them, and under GNU time when there is one. A child still running
 * at the timeout is killed with everything it started.
 */
public final class ChildJvm {

  public static final String STDOUT = "stdout.txt";
  public static final String STDERR = "stderr.txt";

  private final Path java;
  private final List<String> jvmOptions;
  private final Duration timeout;
  private final boolean gnuTime;
  private final PrintStream progress;

  /**
   * @param java the java binary
   * @param jvmOptions options before the command's own arguments ("-Xmx2g")
   * @param timeout how long a child may run
   * @param gnuTime whether to run children under GNU time ({@link #gnuTimeAvailable()}); else
   *     {@code /proc} is polled
   * @param progress where a line per run goes
   */
  public ChildJvm(
      Path java, List<String> jvmOptions, Duration timeout, boolean gnuTime, PrintStream progress) {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
    this.java = java;
    this.jvmOptions = List.copyOf(jvmOptions);
    this.timeout = timeout;
    this.gnuTime = gnuTime;
    this.progress = progress;
  }

  /** The java binary running this JVM. */
  public static Path currentJava() {
    return Path.of(System.getProperty("java.home"), "bin", "java");
  }

  /** Whether GNU time is at {@code /usr/bin/time}. */
  public static boolean gnuTimeAvailable() {
    return ResourceUse.gnuTimeAvailable();
  }

  /** How CPU time and peak RSS are measured, for a report's header. */
  public String method() {
    return gnuTime
        ? "GNU time (/usr/bin/time -f \"%e %U %S %M\": the child's own resource usage at exit)"
        : "polling /proc every "
            + ProcPoller.EVERY.toMillis()
            + " ms (no GNU time at /usr/bin/time)";
  }

  /** The options every child gets: the JVM options given, then the GC log's. */
  public List<String> jvmArguments() {
    List<String> options = new ArrayList<>(jvmOptions);
    options.add(GcLog.OPTION);
    return options;
  }

  /**
   * Runs {@code java OPTIONS ARGUMENTS} in {@code directory} (deleted and created afresh) with
   * {@code environment} added to this process's.
   *
   * @throws UncheckedIOException when the child cannot be started or its files not written
   */
  public ChildRun run(
      String label, Path directory, List<String> arguments, Map<String, String> environment) {
    try {
      Directories.recreate(directory);
      List<String> command = new ArrayList<>(gnuTime ? ResourceUse.prefix() : List.of());
      command.add(java.toString());
      command.addAll(jvmArguments());
      command.addAll(arguments);
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(directory.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
              .redirectOutput(directory.resolve(STDOUT).toFile())
              .redirectError(directory.resolve(STDERR).toFile());
      builder.environment().putAll(environment);
      progress.printf(Locale.ROOT, "%s: %s%n", label, String.join(" ", command));
      long start = System.nanoTime();
      Process process = builder.start();
      // A benchmark stopped with Ctrl-C takes its child with it, rather than leave it running.
      Thread killer = new Thread(() -> kill(process), "kill-" + label);
      Runtime.getRuntime().addShutdownHook(killer);
      ResourceUse polled;
      boolean timedOut;
      try (ProcPoller poller = gnuTime ? null : new ProcPoller(process.toHandle())) {
        timedOut = !waitFor(process);
        if (timedOut) {
          kill(process);
        }
        polled = poller == null ? ResourceUse.unknown() : poller.use();
      } finally {
        try {
          Runtime.getRuntime().removeShutdownHook(killer);
        } catch (IllegalStateException e) {
          // Shutting down already: the hook runs.
        }
      }
      double wall = (System.nanoTime() - start) / 1e9;
      ResourceUse use = gnuTime ? ResourceUse.read(directory.resolve(ResourceUse.FILE)) : polled;
      ChildRun run =
          new ChildRun(
              label,
              directory,
              process.exitValue(),
              timedOut,
              wall,
              use.cpuSeconds(),
              use.peakRssBytes(),
              GcLog.read(directory.resolve(GcLog.FILE)),
              ChildStderr.read(directory.resolve(STDERR)),
              Files.size(directory.resolve(STDOUT)),
              -1,
              -1);
      progress.printf(
          Locale.ROOT,
          "%s: %.1f s, exit %d%s%n",
          label,
          wall,
          run.exitCode(),
          run.ok() ? "" : " (" + run.failure() + ")");
      return run;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private boolean waitFor(Process process) {
    try {
      return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      kill(process);
      throw new IllegalStateException("interrupted while a child ran", e);
    }
  }

  /**
   * Kills the child and what it started, children first: under GNU time the JVM is time's child,
   * and killing time alone would leave it running; killed first, it lets time report its usage.
   */
  private static void kill(Process process) {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static java.io.File nullDevice() {
    return new java.io.File(
        System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
  }
}
