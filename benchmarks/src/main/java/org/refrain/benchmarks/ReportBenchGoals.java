package org.refrain.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.refrain.benchmarks.ReportBenchmark.SizeRuns;
import org.refrain.benchmarks.jvm.ChildRun;

/** The goals of issue 13, one line each: met, or missed and by how much, or not measured. */
final class ReportBenchGoals {

  /** The size and heap of the first goal. */
  static final int HEAP_LETTERS = 10_000;

  static final String HEAP_OPTION = "-Xmx2g";

  /** The cold report may take at most this many times annotation alone. */
  static final double ANNOTATION_RATIO = 2;

  /** The warm report may take at most this share of the cold one. */
  static final double WARM_SHARE = 0.10;

  /** Each single command, warm, may take at most this many seconds. */
  static final double COMMAND_SECONDS = 10;

  private ReportBenchGoals() {}

  static void render(StringBuilder out, List<SizeRuns> sizes, ReportBenchArgs args) {
    out.append("\n## Goals\n\n");
    for (String line : lines(sizes, args)) {
      out.append("- ").append(line).append('\n');
    }
  }

  static List<String> lines(List<SizeRuns> sizes, ReportBenchArgs args) {
    return List.of(
        heap(sizes, args.jvmOptions()),
        "Cold report within "
            + ReportBenchReport.number(ANNOTATION_RATIO)
            + "x of annotation alone: "
            + perSize(sizes, ReportBenchGoals::annotation),
        "Warm report within "
            + ReportBenchReport.percent(WARM_SHARE)
            + " of cold: "
            + perSize(sizes, ReportBenchGoals::warm),
        growth(sizes),
        commands(sizes));
  }

  private static String heap(List<SizeRuns> sizes, List<String> jvmOptions) {
    SizeRuns at =
        sizes.stream()
            .filter(s -> s.corpus().letters() == HEAP_LETTERS)
            .findFirst()
            .orElse(sizes.get(sizes.size() - 1));
    String heap =
        jvmOptions.stream().filter(o -> o.startsWith("-Xmx")).reduce((a, b) -> b).orElse("");
    String where = "";
    if (at.corpus().letters() != HEAP_LETTERS || !heap.equals(HEAP_OPTION)) {
      where =
          String.format(
              Locale.ROOT,
              " (measured at %,d letters with %s)",
              at.corpus().letters(),
              heap.isEmpty() ? "the default heap" : heap);
    }
    String head =
        String.format(Locale.ROOT, "%,d letters complete in a 2 GB heap%s: ", HEAP_LETTERS, where);
    List<String> failed = new ArrayList<>();
    for (ChildRun r : List.of(at.cold(), at.warm())) {
      if (!r.ok()) {
        failed.add(ReportBenchReport.kind(at, r) + " " + r.failure());
      }
    }
    if (!failed.isEmpty()) {
      return head + "missed: " + String.join("; ", failed);
    }
    return head
        + String.format(
            Locale.ROOT,
            "met (peak heap %s / %s MB cold / warm, live %s / %s MB)",
            ReportBenchReport.megabytes(at.cold().heap().peakBytes()),
            ReportBenchReport.megabytes(at.warm().heap().peakBytes()),
            ReportBenchReport.megabytes(at.cold().heap().liveBytes()),
            ReportBenchReport.megabytes(at.warm().heap().liveBytes()));
  }

  private static String perSize(
      List<SizeRuns> sizes, java.util.function.Function<SizeRuns, String> verdict) {
    List<String> parts = new ArrayList<>();
    for (SizeRuns s : sizes) {
      parts.add(
          String.format(Locale.ROOT, "%,d letters: %s", s.corpus().letters(), verdict.apply(s)));
    }
    return String.join("; ", parts);
  }

  static String annotation(SizeRuns s) {
    double alone = s.annotation().ok() ? s.annotation().stderr().stage("annotate") : Double.NaN;
    if (!s.cold().ok() || Double.isNaN(alone) || alone <= 0) {
      return "not measured (" + (s.cold().ok() ? "annotation alone" : "cold report") + " failed)";
    }
    double cold = s.cold().wallSeconds();
    double ratio = cold / alone;
    double goal = ANNOTATION_RATIO * alone;
    return ratio <= ANNOTATION_RATIO
        ? String.format(Locale.ROOT, "met (%.2fx: %.1f s against %.1f s)", ratio, cold, alone)
        : String.format(
            Locale.ROOT,
            "missed: %.2fx (%.1f s against %.1f s), %.1f s over the %.1f s goal",
            ratio,
            cold,
            alone,
            cold - goal,
            goal);
  }

  static String warm(SizeRuns s) {
    if (!s.cold().ok() || !s.warm().ok()) {
      return "not measured (" + (s.cold().ok() ? "warm" : "cold") + " report failed)";
    }
    double cold = s.cold().wallSeconds();
    double warm = s.warm().wallSeconds();
    double goal = WARM_SHARE * cold;
    return warm <= goal
        ? String.format(
            Locale.ROOT,
            "met (%s: %.1f s of %.1f s)",
            ReportBenchReport.percent(warm / cold),
            warm,
            cold)
        : String.format(
            Locale.ROOT,
            "missed: %s (%.1f s of %.1f s), %.1f s over the %.1f s goal",
            ReportBenchReport.percent(warm / cold),
            warm,
            cold,
            warm - goal,
            goal);
  }

  private static String growth(List<SizeRuns> sizes) {
    List<ReportBenchGrowth.Line> lines = ReportBenchGrowth.lines(sizes);
    if (lines.isEmpty()) {
      return "Growth from 1,000 to 10,000 letters within 12x per stage: not measured (one size)";
    }
    String head =
        String.format(
            Locale.ROOT,
            "Growth from %,d to %,d letters within %sx per stage: ",
            sizes.get(0).corpus().letters(),
            sizes.get(sizes.size() - 1).corpus().letters(),
            ReportBenchReport.number(lines.get(0).goal()));
    List<String> missed = new ArrayList<>();
    List<String> unmeasured = new ArrayList<>();
    for (ReportBenchGrowth.Line l : lines) {
      String name = l.run() + " " + l.stage();
      if (!l.measured()) {
        unmeasured.add(name);
      } else if (!l.met()) {
        missed.add(String.format(Locale.ROOT, "%s x%.1f", name, l.growth()));
      }
    }
    String verdict = missed.isEmpty() ? "met" : "missed: " + String.join(", ", missed);
    return head
        + verdict
        + (unmeasured.isEmpty() ? "" : "; not measured: " + String.join(", ", unmeasured));
  }

  private static String commands(List<SizeRuns> sizes) {
    SizeRuns at = sizes.get(sizes.size() - 1);
    String head =
        String.format(
            Locale.ROOT,
            "Each command within %s s warm (at %,d letters; the goal's size is %,d): ",
            ReportBenchReport.number(COMMAND_SECONDS),
            at.corpus().letters(),
            HEAP_LETTERS);
    if (at.commands().isEmpty()) {
      return head + "not measured (no command ran at this size)";
    }
    List<String> missed = new ArrayList<>();
    ChildRun slowest = at.commands().get(0);
    for (ChildRun r : at.commands()) {
      if (!r.ok()) {
        missed.add(r.label() + " " + r.failure());
      } else if (r.wallSeconds() > COMMAND_SECONDS) {
        missed.add(
            String.format(
                Locale.ROOT,
                "%s %.1f s (+%.1f s)",
                r.label(),
                r.wallSeconds(),
                r.wallSeconds() - COMMAND_SECONDS));
      }
      if (r.wallSeconds() > slowest.wallSeconds()) {
        slowest = r;
      }
    }
    return head
        + (missed.isEmpty()
            ? String.format(
                Locale.ROOT, "met (slowest: %s, %.1f s)", slowest.label(), slowest.wallSeconds())
            : "missed: " + String.join("; ", missed));
  }
}
