package org.refrain.benchmarks;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.refrain.benchmarks.jvm.ChildJvm;
import org.refrain.benchmarks.jvm.ChildRun;
import org.refrain.benchmarks.jvm.Directories;

/**
 * Measures the real {@code refrain report} and single commands at scale: for each size, writes a
 * synthetic corpus to disk ({@link BenchCorpus}), times Refrain's annotation alone on it ({@link
 * AnnotationAlone}), then {@code report} cold (empty annotation cache) and warm (the same cache
 * again), then each single command warm, every run a fresh JVM with the same options, measured from
 * outside ({@link ChildJvm}): wall, CPU, peak RSS, heap from the GC log, and the stage times the
 * child prints with {@code REFRAIN_TIMINGS=1}. A run that fails or overruns its timeout is a row of
 * the tables, never the end of the benchmark. Prints Markdown tables and a verdict per goal of
 * issue 13 to standard output and to {@code WORK/report-benchmark.md}; progress to standard error.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.refrain.benchmarks.ReportBenchmark
 *     [--sizes 1000,10000] [--seed 42] [--work /tmp/report-bench] [--commands letters,...|none]
 *     [--commands-at largest|all] [--jvm-opts "-Xmx2g"] [--xmx 2g] [--timeout-minutes 30]
 *     [--threads 2] [--jar reports/target/refrain.jar]</pre>
 */
public final class ReportBenchmark {

  static final String REPORT_FILE = "report-benchmark.md";

  /**
   * Everything measured at one size.
   *
   * @param corpus the corpus on disk
   * @param annotation annotation alone
   * @param cold the report on an empty cache
   * @param warm the report again on the cache the cold run filled
   * @param commands the single commands, warm; empty at a size they did not run at
   */
  record SizeRuns(
      BenchCorpus corpus,
      ChildRun annotation,
      ChildRun cold,
      ChildRun warm,
      List<ChildRun> commands) {

    SizeRuns {
      commands = List.copyOf(commands);
    }
  }

  private final ReportBenchArgs args;
  private final ChildJvm jvm;
  private final PrintStream progress;

  private ReportBenchmark(ReportBenchArgs args, ChildJvm jvm, PrintStream progress) {
    this.args = args;
    this.jvm = jvm;
    this.progress = progress;
  }

  public static void main(String[] argv) {
    ReportBenchArgs args =
        BenchOptions.parseOrExit(
            "report-benchmark", ReportBenchArgs.USAGE, ReportBenchArgs::parse, argv);
    if (!Files.isRegularFile(args.jar())) {
      System.err.println(
          "report-benchmark: no refrain jar at "
              + args.jar()
              + ": build it (mvn -B -pl benchmarks -am package -DskipTests) or give --jar");
      System.exit(2);
    }
    System.out.print(run(args, System.err));
  }

  /** Runs every size and returns the Markdown, also written to {@code WORK/report-benchmark.md}. */
  static String run(ReportBenchArgs args, PrintStream progress) {
    long start = System.nanoTime();
    String load = ReportBenchHeader.loadAverage();
    Duration timeout = Duration.ofMillis(Math.round(args.timeoutMinutes() * 60_000));
    ChildJvm jvm =
        new ChildJvm(
            ChildJvm.currentJava(),
            args.jvmOptions(),
            timeout,
            ChildJvm.gnuTimeAvailable(),
            progress);
    ReportBenchmark bench = new ReportBenchmark(args, jvm, progress);
    List<SizeRuns> sizes = new ArrayList<>();
    for (int n : args.sizes()) {
      sizes.add(bench.measure(n));
    }
    String report =
        ReportBenchReport.render(ReportBenchHeader.lines(args, jvm, sizes, load), sizes, args)
            + String.format(Locale.ROOT, "%nWhole run: %.1f min.%n", BestOf.seconds(start) / 60);
    try {
      Files.writeString(args.work().resolve(REPORT_FILE), report, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return report;
  }

  private SizeRuns measure(int n) {
    BenchCorpus corpus = BenchCorpus.prepare(args.work(), args.seed(), n, progress);
    Path runs = args.work().resolve("runs-" + n);
    Path cache = runs.resolve("cache");
    try {
      Directories.delete(cache);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // REFRAIN_CACHE too, so commands without --cache (letters, signatories) share the cache if
    // they ever use one.
    Map<String, String> env = Map.of("REFRAIN_TIMINGS", "1", "REFRAIN_CACHE", cache.toString());
    String dir = corpus.directory().toString();
    ChildRun annotation =
        jvm.run(
            "annotation alone, " + n,
            runs.resolve("annotation"),
            List.of(
                "-cp",
                absoluteClassPath(),
                AnnotationAlone.class.getName(),
                dir,
                Integer.toString(args.threads())),
            env);
    ChildRun cold = report("report cold, " + n, runs.resolve("report-cold"), cache, dir, env);
    ChildRun warm = report("report warm, " + n, runs.resolve("report-warm"), cache, dir, env);
    List<ChildRun> commands = new ArrayList<>();
    if (args.commandsAt(n)) {
      for (SingleCommand command : args.commands()) {
        List<String> arguments = new ArrayList<>(List.of("-jar", args.jar().toString()));
        arguments.addAll(command.arguments(corpus.latestYear()));
        arguments.add(dir);
        commands.add(jvm.run(command.label(), runs.resolve(command.label()), arguments, env));
      }
    }
    return new SizeRuns(corpus, annotation, cold, warm, commands);
  }

  /** This JVM's class path with every entry absolute: the child runs in another directory. */
  static String absoluteClassPath() {
    List<String> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!entry.isEmpty()) {
        entries.add(Path.of(entry).toAbsolutePath().toString());
      }
    }
    return String.join(File.pathSeparator, entries);
  }

  private ChildRun report(
      String label, Path directory, Path cache, String corpus, Map<String, String> env) {
    Path out = directory.resolve("out");
    ChildRun run =
        jvm.run(
            label,
            directory,
            List.of(
                "-jar",
                args.jar().toString(),
                "report",
                "--cache",
                cache.toString(),
                "--out",
                out.toString(),
                corpus),
            env);
    try {
      Path html = out.resolve("index.html");
      return run.withOutputBytes(
          Directories.size(out),
          java.nio.file.Files.exists(html) ? java.nio.file.Files.size(html) : -1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
