package org.refrain.benchmarks;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.refrain.benchmarks.ReportBenchmark.SizeRuns;
import org.refrain.benchmarks.jvm.ChildRun;

/**
 * The Markdown of {@link ReportBenchmark}: header lines ({@link ReportBenchHeader}), the report by
 * size, every run's resources, stage times, growth, single commands, and the goals ({@link
 * ReportBenchGoals}). A missing figure is "—"; a failed run shows how long it ran and why it
 * failed.
 */
final class ReportBenchReport {

  static final String MISSING = "—";

  private ReportBenchReport() {}

  /** The whole report. */
  static String render(List<String> header, List<SizeRuns> sizes, ReportBenchArgs args) {
    StringBuilder out = new StringBuilder("# Report benchmark\n\n");
    for (String line : header) {
      out.append("- ").append(line).append('\n');
    }
    bySize(out, sizes);
    runs(out, sizes);
    stages(out, sizes);
    ReportBenchGrowth.render(out, sizes);
    commands(out, sizes);
    ReportBenchGoals.render(out, sizes, args);
    return out.toString();
  }

  private static void bySize(StringBuilder out, List<SizeRuns> sizes) {
    out.append("\n## Report by size\n\n");
    out.append(
        "| letters | corpus MB | cold s | warm s | warm / cold | annotation alone s | cold /"
            + " annotation | peak RSS MB cold / warm | peak heap MB cold / warm | live heap MB"
            + " cold / warm |\n");
    out.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (SizeRuns s : sizes) {
      double annotate =
          s.annotation().ok() ? s.annotation().stderr().stage("annotate") : Double.NaN;
      out.append(
          String.format(
              Locale.ROOT,
              "| %,d | %.1f | %s | %s | %s | %s | %s | %s / %s | %s / %s | %s / %s |%n",
              s.corpus().letters(),
              s.corpus().bytes() / 1e6,
              wall(s.cold()),
              wall(s.warm()),
              both(s) ? percent(s.warm().wallSeconds() / s.cold().wallSeconds()) : MISSING,
              annotation(s.annotation()),
              s.cold().ok() ? ratio(s.cold().wallSeconds() / annotate) : MISSING,
              megabytes(s.cold().peakRssBytes()),
              megabytes(s.warm().peakRssBytes()),
              megabytes(s.cold().heap().peakBytes()),
              megabytes(s.warm().heap().peakBytes()),
              megabytes(s.cold().heap().liveBytes()),
              megabytes(s.warm().heap().liveBytes())));
    }
  }

  private static boolean both(SizeRuns s) {
    return s.cold().ok() && s.warm().ok();
  }

  private static void runs(StringBuilder out, List<SizeRuns> sizes) {
    out.append("\n## Runs\n\n");
    out.append(
        "| letters | run | exit | wall s | CPU s | CPU / wall | peak RSS MB | peak heap MB | live"
            + " heap MB | GC pauses s (n) | stdout KB | output MB | index.html MB | failure |\n");
    out.append("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
    for (SizeRuns s : sizes) {
      for (ChildRun r : List.of(s.annotation(), s.cold(), s.warm())) {
        out.append(runRow(s.corpus().letters(), kind(s, r), r));
      }
    }
  }

  private static String runRow(int letters, String kind, ChildRun r) {
    return String.format(
        Locale.ROOT,
        "| %,d | %s | %d | %.1f | %s | %s | %s | %s | %s | %.1f (%d) | %,.0f | %s | %s | %s |%n",
        letters,
        kind,
        r.exitCode(),
        r.wallSeconds(),
        seconds(r.cpuSeconds()),
        Double.isNaN(r.cpuSeconds()) ? MISSING : ratio(r.cpuSeconds() / r.wallSeconds()),
        megabytes(r.peakRssBytes()),
        megabytes(r.heap().peakBytes()),
        megabytes(r.heap().liveBytes()),
        r.heap().pauseSeconds(),
        r.heap().pauses(),
        r.stdoutBytes() / 1e3,
        r.outputBytes() < 0 ? MISSING : String.format(Locale.ROOT, "%.1f", r.outputBytes() / 1e6),
        r.htmlBytes() < 0 ? MISSING : String.format(Locale.ROOT, "%.2f", r.htmlBytes() / 1e6),
        cell(r.failure()));
  }

  /** The run's place at its size: "annotation alone", "report cold", "report warm". */
  static String kind(SizeRuns s, ChildRun r) {
    if (r == s.annotation()) {
      return "annotation alone";
    }
    return r == s.cold() ? "report cold" : r == s.warm() ? "report warm" : r.label();
  }

  private static void stages(StringBuilder out, List<SizeRuns> sizes) {
    List<String> names = stageNames(sizes);
    out.append("\n## Stage times (s)\n\n");
    out.append("| letters | run | wall s |");
    names.forEach(n -> out.append(' ').append(cell(n)).append(" |"));
    out.append(names.isEmpty() ? " stages |\n" : "\n");
    out.append("|---:|---|---:|").append("---:|".repeat(Math.max(1, names.size()))).append('\n');
    for (SizeRuns s : sizes) {
      for (ChildRun r : List.of(s.cold(), s.warm(), s.annotation())) {
        out.append(
            String.format(
                Locale.ROOT, "| %,d | %s | %s |", s.corpus().letters(), kind(s, r), wall(r)));
        for (String name : names) {
          out.append(' ').append(seconds(r.stderr().stage(name))).append(" |");
        }
        out.append(names.isEmpty() ? " " + MISSING + " |\n" : "\n");
      }
    }
  }

  /** Every stage any report or annotation run printed: the report's first, in their order. */
  static List<String> stageNames(List<SizeRuns> sizes) {
    Set<String> names = new LinkedHashSet<>();
    for (SizeRuns s : sizes) {
      names.addAll(s.cold().stderr().stages().keySet());
      names.addAll(s.warm().stderr().stages().keySet());
    }
    for (SizeRuns s : sizes) {
      names.addAll(s.annotation().stderr().stages().keySet());
    }
    return List.copyOf(names);
  }

  private static void commands(StringBuilder out, List<SizeRuns> sizes) {
    if (sizes.stream().allMatch(s -> s.commands().isEmpty())) {
      return;
    }
    out.append("\n## Single commands, warm\n\n");
    out.append(
        "| command | letters | exit | wall s | CPU s | peak RSS MB | peak heap MB | live heap MB |"
            + " stdout KB | within "
            + number(ReportBenchGoals.COMMAND_SECONDS)
            + " s | failure |\n");
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|\n");
    for (SizeRuns s : sizes) {
      for (ChildRun r : s.commands()) {
        out.append(
            String.format(
                Locale.ROOT,
                "| %s | %,d | %d | %.1f | %s | %s | %s | %s | %,.1f | %s | %s |%n",
                r.label(),
                s.corpus().letters(),
                r.exitCode(),
                r.wallSeconds(),
                seconds(r.cpuSeconds()),
                megabytes(r.peakRssBytes()),
                megabytes(r.heap().peakBytes()),
                megabytes(r.heap().liveBytes()),
                r.stdoutBytes() / 1e3,
                !r.ok() ? "no" : r.wallSeconds() <= ReportBenchGoals.COMMAND_SECONDS ? "yes" : "no",
                cell(r.failure())));
      }
    }
  }

  /** A run's wall seconds, or how long it ran before it failed. */
  static String wall(ChildRun r) {
    return r.ok()
        ? String.format(Locale.ROOT, "%.1f", r.wallSeconds())
        : String.format(Locale.ROOT, "failed after %.1f", r.wallSeconds());
  }

  private static String annotation(ChildRun r) {
    double annotate = r.stderr().stage("annotate");
    return r.ok() && !Double.isNaN(annotate)
        ? String.format(Locale.ROOT, "%.1f", annotate)
        : wall(r);
  }

  static String seconds(double s) {
    if (Double.isNaN(s)) {
      return MISSING;
    }
    return String.format(Locale.ROOT, s < 10 ? "%.2f" : "%.1f", s);
  }

  static String megabytes(long bytes) {
    return bytes < 0 ? MISSING : String.format(Locale.ROOT, "%,.0f", bytes / 1e6);
  }

  static String ratio(double x) {
    return Double.isNaN(x) || Double.isInfinite(x)
        ? MISSING
        : String.format(Locale.ROOT, "%.2fx", x);
  }

  static String percent(double x) {
    return Double.isNaN(x) ? MISSING : String.format(Locale.ROOT, "%.0f%%", 100 * x);
  }

  static String number(double x) {
    return x == Math.rint(x)
        ? String.format(Locale.ROOT, "%,d", (long) x)
        : String.format(Locale.ROOT, "%s", x);
  }

  /** {@code text} safe in a table cell: pipes escaped, empty as "". */
  static String cell(String text) {
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ");
  }
}
