package org.refrain.benchmarks;

import java.util.List;
import java.util.Locale;

/**
 * Renders a throughput run as Markdown: a header saying what ran where, one table row per pass, and
 * the goal's check, end-to-end annotation against the bare tokenizer and tagger per thread count.
 */
final class ThroughputReport {

  /** The goal: annotation costs at most this many times the bare detector, tokenizer and tagger. */
  static final double GOAL = 1.5;

  private ThroughputReport() {}

  /**
   * @param header lines printed as a list above the tables
   * @param rows the passes, in the order run
   * @param comparisons for each thread count, the end-to-end row and the bare row
   */
  static String render(List<String> header, List<Measurement> rows, List<Comparison> comparisons) {
    StringBuilder out = new StringBuilder("# Annotation throughput\n\n");
    for (String line : header) {
      out.append("- ").append(line).append('\n');
    }
    out.append('\n');
    out.append(
        "| # | pass | threads | text | MB | wall s | CPU s | MB/s | tokens | tokens/s | heap MB"
            + " | note |\n");
    out.append("|---|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
    for (int i = 0; i < rows.size(); i++) {
      Measurement m = rows.get(i);
      out.append(
          String.format(
              Locale.ROOT,
              "| %d | %s | %d | %s | %.2f | %.2f | %.2f | %.3f | %s | %s | %.0f | %s |%n",
              i + 1,
              m.pass(),
              m.threads(),
              m.scope(),
              m.megabytes(),
              m.seconds(),
              m.cpuSeconds(),
              m.megabytesPerSecond(),
              m.tokens() < 0 ? "–" : String.format(Locale.ROOT, "%,d", m.tokens()),
              m.tokens() < 0 ? "–" : String.format(Locale.ROOT, "%,.0f", m.tokensPerSecond()),
              m.retainedBytes() / 1e6,
              m.note()));
    }
    out.append("\n## Goal: end-to-end within ")
        .append(GOAL)
        .append("x of the bare tokenizer+POS pass\n\n");
    out.append(
        "| threads | end-to-end wall s | bare wall s | wall ratio | end-to-end CPU s | bare CPU s"
            + " | CPU ratio | goal met (wall) |\n");
    out.append("|---:|---:|---:|---:|---:|---:|---:|---|\n");
    for (Comparison c : comparisons) {
      double ratio = c.endToEnd().seconds() / c.bare().seconds();
      out.append(
          String.format(
              Locale.ROOT,
              "| %d | %.2f | %.2f | %.2fx | %.2f | %.2f | %.2fx | %s |%n",
              c.endToEnd().threads(),
              c.endToEnd().seconds(),
              c.bare().seconds(),
              ratio,
              c.endToEnd().cpuSeconds(),
              c.bare().cpuSeconds(),
              c.endToEnd().cpuSeconds() / c.bare().cpuSeconds(),
              ratio <= GOAL ? "yes" : "no"));
    }
    return out.toString();
  }

  /**
   * End-to-end annotation and the bare pass on the same thread count.
   *
   * @param endToEnd the annotator's row
   * @param bare the bare detector, tokenizer and tagger's row
   */
  record Comparison(Measurement endToEnd, Measurement bare) {}
}
