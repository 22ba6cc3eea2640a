package org.refrain.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.refrain.benchmarks.ReportBenchmark.SizeRuns;
import org.refrain.benchmarks.jvm.ChildJvm;

/**
 * The header lines of {@link ReportBenchmark}'s Markdown: what ran where, and how it was measured.
 */
final class ReportBenchHeader {

  private ReportBenchHeader() {}

  /** The lines: machine, how each run is started and measured, the corpora. */
  static List<String> lines(
      ReportBenchArgs args, ChildJvm jvm, List<SizeRuns> sizes, String loadBefore) {
    String opts = String.join(" ", args.jvmOptions());
    String collector =
        sizes.stream()
            .map(s -> s.cold().heap().collector())
            .filter(c -> !c.isEmpty())
            .findFirst()
            .orElse("unknown");
    List<String> corpora = new ArrayList<>();
    for (SizeRuns s : sizes) {
      corpora.add(
          String.format(
              Locale.ROOT,
              "%,d letters, %.1f MB (%s)",
              s.corpus().letters(),
              s.corpus().bytes() / 1e6,
              s.corpus().reused() ? "reused" : "written"));
    }
    return List.of(
        machine() + "; load average before / after: " + loadBefore + " / " + loadAverage(),
        String.format(
            Locale.ROOT,
            "Every run a fresh JVM: `%s` then its arguments (collector: %s, from the GC log);"
                + " environment REFRAIN_TIMINGS=1 and REFRAIN_CACHE=WORK/runs-N/cache; stdout and"
                + " stderr to files in WORK/runs-N/RUN/; killed after %s min; WORK = %s",
            "java " + String.join(" ", jvm.jvmArguments()),
            collector,
            ReportBenchReport.number(args.timeoutMinutes()),
            args.work()),
        "Report: `-jar "
            + args.jar()
            + " report --cache WORK/runs-N/cache --out WORK/runs-N/report-RUN/out"
            + " WORK/corpus-N`; cold: the cache deleted first; warm: the same again, same cache",
        String.format(
            Locale.ROOT,
            "Annotation alone: `-cp benchmarks.jar %s WORK/corpus-N %d` (CorpusReader, then"
                + " CorpusAnnotator of OpenNlpAnnotator.create(), no cache, %d threads); the goal"
                + " compares the cold report's wall time with its annotate stage alone (no JVM"
                + " start, reading or model loading, as in the issue's figures)",
            AnnotationAlone.class.getName(),
            args.threads(),
            args.threads()),
        "Single commands, after the warm report: `-jar JAR COMMAND WORK/corpus-N`, keyness with"
            + " `--a year=LATEST` (the corpus's latest year), kwic with `\"human rights\"`",
        "Wall: start to exit, by the benchmark (JVM start included); CPU (user + system, all"
            + " threads) and peak RSS: "
            + jvm.method()
            + "; peak heap: the most in use before a collection or at exit in the GC log (garbage"
            + " included, so it follows -Xmx); live heap: the most left after a collection;"
            + " stages: the child's `refrain: timing: STAGE SECONDS` lines ("
            + ReportBenchReport.MISSING
            + ": none printed); MB = 10^6 bytes",
        "JVM options: `"
            + opts
            + "` (--jvm-opts; the `refrain` launcher runs C1 only, -XX:TieredStopAtLevel=1: add"
            + " it to measure that)",
        "Corpus: SyntheticCorpus.fromBundled, seed "
            + args.seed()
            + ", one .txt per letter (LetterDocumentWriter): "
            + String.join("; ", corpora));
  }

  /** The 1-minute load average from /proc/loadavg: other work competing for the cores. */
  static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException | RuntimeException e) {
      return ReportBenchReport.MISSING;
    }
  }

  static String machine() {
    String memory = "";
    try {
      Matcher m =
          Pattern.compile("MemTotal:\\s+(\\d+) kB")
              .matcher(Files.readString(Path.of("/proc/meminfo")));
      if (m.find()) {
        memory = String.format(Locale.ROOT, ", %.1f GB RAM", Long.parseLong(m.group(1)) / 1e6);
      }
    } catch (IOException | RuntimeException e) {
      // No /proc: the memory is left out.
    }
    return String.format(
        Locale.ROOT,
        "Machine: %d processors%s; Java %s (%s)",
        Runtime.getRuntime().availableProcessors(),
        memory,
        Runtime.version(),
        System.getProperty("java.vm.name"));
  }
}
