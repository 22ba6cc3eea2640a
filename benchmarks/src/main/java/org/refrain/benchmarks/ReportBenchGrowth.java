package org.refrain.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.refrain.benchmarks.ReportBenchmark.SizeRuns;
import org.refrain.benchmarks.jvm.ChildRun;

/**
 * Growth of each run's wall time and stage times from the smallest size to the largest, against the
 * goal: at most {@link #PER_LETTER} times the growth in letters (12x for 1,000 to 10,000 letters).
 * A stage under {@link #NEGLIGIBLE_SECONDS} at the largest size is not held to it: its growth is
 * noise.
 */
final class ReportBenchGrowth {

  static final double PER_LETTER = 1.2;

  static final double NEGLIGIBLE_SECONDS = 1;

  private ReportBenchGrowth() {}

  /**
   * One figure at the smallest and the largest size.
   *
   * @param run "report cold", "annotation alone", a command's name
   * @param stage a stage's name, or "wall"
   * @param from seconds at the smallest size, NaN when missing
   * @param to seconds at the largest size, NaN when missing
   * @param goal the largest growth that meets the goal
   */
  record Line(String run, String stage, double from, double to, double goal) {

    double growth() {
      return to / from;
    }

    boolean measured() {
      return !Double.isNaN(growth()) && !Double.isInfinite(growth());
    }

    /** Whether the growth meets the goal; false when not measured. */
    boolean met() {
      return measured() && (growth() <= goal || to < NEGLIGIBLE_SECONDS);
    }

    String verdict() {
      if (!measured()) {
        return ReportBenchReport.MISSING;
      }
      if (growth() <= goal) {
        return "met";
      }
      if (to < NEGLIGIBLE_SECONDS) {
        return "met (under 1 s)";
      }
      return String.format(Locale.ROOT, "missed (%.0f%% over)", 100 * (growth() / goal - 1));
    }
  }

  /** The lines from the smallest size to the largest; none for one size. */
  static List<Line> lines(List<SizeRuns> sizes) {
    List<Line> lines = new ArrayList<>();
    if (sizes.size() < 2) {
      return lines;
    }
    SizeRuns a = sizes.get(0);
    SizeRuns b = sizes.get(sizes.size() - 1);
    double goal = PER_LETTER * b.corpus().letters() / a.corpus().letters();
    add(lines, "report cold", a.cold(), b.cold(), goal);
    add(lines, "report warm", a.warm(), b.warm(), goal);
    add(lines, "annotation alone", a.annotation(), b.annotation(), goal);
    for (ChildRun from : a.commands()) {
      for (ChildRun to : b.commands()) {
        if (from.label().equals(to.label())) {
          add(lines, from.label(), from, to, goal);
        }
      }
    }
    return lines;
  }

  private static void add(List<Line> lines, String run, ChildRun a, ChildRun b, double goal) {
    lines.add(new Line(run, "wall", wall(a), wall(b), goal));
    Set<String> stages = new LinkedHashSet<>(a.stderr().stages().keySet());
    stages.addAll(b.stderr().stages().keySet());
    for (String stage : stages) {
      // A stage printed before a run failed was still measured.
      lines.add(new Line(run, stage, a.stderr().stage(stage), b.stderr().stage(stage), goal));
    }
  }

  private static double wall(ChildRun r) {
    return r.ok() ? r.wallSeconds() : Double.NaN;
  }

  static void render(StringBuilder out, List<SizeRuns> sizes) {
    List<Line> lines = lines(sizes);
    if (lines.isEmpty()) {
      return;
    }
    int from = sizes.get(0).corpus().letters();
    int to = sizes.get(sizes.size() - 1).corpus().letters();
    out.append(
        String.format(
            Locale.ROOT,
            "%n## Growth from %,d to %,d letters (x%s letters; goal: at most x%s)%n%n",
            from,
            to,
            ReportBenchReport.number((double) to / from),
            ReportBenchReport.number(lines.get(0).goal())));
    out.append(
        String.format(Locale.ROOT, "| run | stage | %,d s | %,d s | growth | goal |%n", from, to));
    out.append("|---|---|---:|---:|---:|---|\n");
    for (Line l : lines) {
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %s | %s | %s | %s |%n",
              l.run(),
              ReportBenchReport.cell(l.stage()),
              ReportBenchReport.seconds(l.from()),
              ReportBenchReport.seconds(l.to()),
              ReportBenchReport.ratio(l.growth()),
              l.verdict()));
    }
  }
}
