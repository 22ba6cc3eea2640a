package org.refrain.benchmarks;

import java.util.List;
import java.util.Locale;

/**
 * Renders a reuse benchmark run as Markdown: a header saying what ran where and how it was
 * measured, then one table each for detection by corpus size, the all-pairs baseline, growth and
 * the variant view.
 */
final class ReuseReport {

  /** CollateX 1.7.1 (Dekker) on 40 versions of an 800-word letter, measured on this machine. */
  static final double COLLATEX_FASTEST_SECONDS = 28;

  private ReuseReport() {}

  static String render(
      List<String> header,
      List<ReuseMeasurement> sizes,
      List<BaselineComparison> baselines,
      List<ReuseMeasurement> growth,
      VariantViewTiming.Result variants,
      double runSeconds) {
    StringBuilder out = new StringBuilder("# Reuse detection\n\n");
    for (String line : header) {
      out.append("- ").append(line).append('\n');
    }
    sizes(out, sizes);
    baselines(out, baselines);
    growth(out, growth);
    variants(out, variants);
    out.append(
        String.format(
            Locale.ROOT, "%nWhole run: %.0f s (%.1f min).%n", runSeconds, runSeconds / 60));
    return out.toString();
  }

  private static void sizes(StringBuilder out, List<ReuseMeasurement> rows) {
    if (rows.isEmpty()) {
      return;
    }
    out.append("\n## Reuse detection by corpus size\n\n");
    out.append(
        "Overlap: words of all family members over the distinct letter words they cover (1.00"
            + " when no word of a letter is a member of two families).\n\n");
    out.append(
        "| letters | words | planted copies (reusable) | detection s | GC s | peak heap MB | kept"
            + " MB | families | members | overlap | candidates | aligned words | recall |"
            + " precision |\n");
    out.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (ReuseMeasurement d : rows) {
      out.append(
          String.format(
              Locale.ROOT,
              "| %,d | %,d | %,d (%,d) | %.2f | %.2f | %,.0f | %,.0f | %,d | %,d | %.2f | %,d |"
                  + " %,d | %.1f%% | %.1f%% |%n",
              d.letters(),
              d.words(),
              d.copies(),
              d.reusable(),
              d.seconds(),
              d.gcSeconds(),
              d.peakBytes() / 1e6,
              d.keptBytes() / 1e6,
              d.families(),
              d.members(),
              d.overlap(),
              d.stats().candidates(),
              d.stats().alignedWords(),
              100 * d.score().recall(),
              100 * d.score().precision()));
    }
  }

  private static void baselines(StringBuilder out, List<BaselineComparison> rows) {
    if (rows.isEmpty()) {
      return;
    }
    out.append("\n## Against a naive all-pairs baseline\n\n");
    out.append(
        "Baseline: java-diff-utils Myers diff of the whole normalised word lists of every pair of"
            + " letters, one thread; a passage is a run of at least "
            + AllPairsBaseline.MIN_RUN
            + " equal words joined with the next across edits of at most "
            + AllPairsBaseline.MAX_JOIN
            + " words, kept at "
            + AllPairsBaseline.MIN_WORDS
            + " matched words or more. Pair recall: of the copy pairs of one formula in the"
            + " letter pairs diffed, the share one baseline passage (or one finder family)"
            + " covers on both sides, half of each copy or more. Where the baseline was timed on"
            + " a seeded random sample of pairs, its time for all pairs is extrapolated"
            + " (sample time x all pairs / pairs timed) and its copy recall cannot be given.\n\n");
    out.append(
        "| letters | letter pairs | pairs timed | baseline s | finder s | baseline / finder |"
            + " baseline recall | finder recall | baseline pair recall | finder pair recall |\n");
    out.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (BaselineComparison b : rows) {
      out.append(
          String.format(
              Locale.ROOT,
              "| %,d | %,d | %s | %s | %.2f | %,.0fx | %s | %.1f%% | %.1f%% | %.1f%% |%n",
              b.letters(),
              b.allPairs(),
              b.sampled()
                  ? String.format(Locale.ROOT, "%,d (sample)", b.outcome().pairs())
                  : String.format(Locale.ROOT, "%,d (all)", b.outcome().pairs()),
              b.sampled()
                  ? String.format(
                      Locale.ROOT,
                      "%,.0f (extrapolated from %.1f s)",
                      b.baselineSeconds(),
                      b.outcome().seconds())
                  : String.format(Locale.ROOT, "%,.1f", b.baselineSeconds()),
              b.finder().seconds(),
              b.baselineSeconds() / b.finder().seconds(),
              Double.isNaN(b.baselineRecall())
                  ? "– (sampled)"
                  : String.format(Locale.ROOT, "%.1f%%", 100 * b.baselineRecall()),
              100 * b.finder().score().recall(),
              100 * b.baselinePairRecall(),
              100 * b.finderPairRecall()));
    }
  }

  private static void growth(StringBuilder out, List<ReuseMeasurement> rows) {
    if (rows.isEmpty()) {
      return;
    }
    ReuseMeasurement first = rows.get(0);
    out.append("\n## Growth\n\n");
    out.append(
        "Ratios are to the first row. Quadratic growth in letters would multiply time by the"
            + " square of the letters ratio.\n\n");
    out.append(
        "| letters | x letters | words | members (output) | x members | members per planted copy |"
            + " candidates | x candidates | aligned words | postings | detection s | GC s | x time"
            + " | ms per 1,000 members |\n");
    out.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (ReuseMeasurement d : rows) {
      out.append(
          String.format(
              Locale.ROOT,
              "| %,d | %.1f | %,d | %,d | %.1f | %.2f | %,d | %.1f | %,d | %,d | %.2f | %.2f | %.1f"
                  + " | %.1f |%n",
              d.letters(),
              (double) d.letters() / first.letters(),
              d.words(),
              d.members(),
              (double) d.members() / first.members(),
              d.membersPerCopy(),
              d.stats().candidates(),
              (double) d.stats().candidates() / first.stats().candidates(),
              d.stats().alignedWords(),
              d.stats().postings(),
              d.seconds(),
              d.gcSeconds(),
              d.seconds() / first.seconds(),
              1e6 * d.seconds() / d.members()));
    }
  }

  private static void variants(StringBuilder out, VariantViewTiming.Result v) {
    out.append("\n## Variant view\n\n");
    out.append(
        String.format(
            Locale.ROOT,
            "A family of %d successive versions of one letter (%.0f words each on average; each"
                + " version edits the one before at %.0f%%, numbers changing on top), every"
                + " version a member covering the whole letter; VariantView.of diffs each version"
                + " with the one before. CollateX 1.7.1 (Dekker) takes 28-81 s and up to 2.2 GB"
                + " for 40 versions of an 800-word letter on this machine.%n%n",
            v.versions(),
            v.words(),
            100 * VariantViewTiming.EDIT_RATE));
    out.append(
        "| what | versions | builds timed | ms each | MB allocated each | diff segments |"
            + " share of CollateX's fastest (28 s) |\n");
    out.append("|---|---:|---:|---:|---:|---:|---:|\n");
    out.append(
        String.format(
            Locale.ROOT,
            "| VariantView.of(family) | %d | %d | %.2f | %.1f | %,d | %.4f%% |%n",
            v.versions(),
            v.builds(),
            v.msPerBuild(),
            v.allocatedPerBuild() / 1e6,
            v.segments(),
            100 * v.msPerBuild() / 1000 / COLLATEX_FASTEST_SECONDS));
    out.append(
        String.format(
            Locale.ROOT,
            "| ReuseFinder.find on the %d versions (finding the family; %d families) | %d | %d |"
                + " %.2f | – | – | %.4f%% |%n",
            v.versions(),
            v.finderFamilies(),
            v.versions(),
            20,
            v.finderMs(),
            100 * v.finderMs() / 1000 / COLLATEX_FASTEST_SECONDS));
  }
}
