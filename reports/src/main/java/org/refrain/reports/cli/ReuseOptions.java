package org.refrain.reports.cli;

import org.refrain.analysis.reuse.ReuseSettings;
import picocli.CommandLine.Option;

/**
 * How reused passages are found, shared as a mixin by {@code reuse}, {@code compare} and {@code
 * report}: shortest passage, least similarity and which word differences to ignore.
 */
public final class ReuseOptions {

  @Option(
      names = "--min-tokens",
      paramLabel = "N",
      defaultValue = "" + ReuseSettings.DEFAULT_MIN_TOKENS,
      description = "Fewest shared words for a passage to count (default: ${DEFAULT-VALUE}).")
  private int minTokens;

  @Option(
      names = "--min-similarity",
      paramLabel = "S",
      defaultValue = "" + ReuseSettings.DEFAULT_MIN_SIMILARITY,
      description =
          "Least similarity of two copies, 2 x shared words / words of both, 0 to 1 (default:"
              + " ${DEFAULT-VALUE}).")
  private double minSimilarity;

  @Option(
      names = "--numbers-as-class",
      description = "Count any two numbers as the same word (\"28\" aligns with \"69\").")
  private boolean numbersAsClass;

  @Option(
      names = "--keep-case",
      description =
          "Compare words with their case (\"Member States\" differs from \"member states\").")
  private boolean keepCase;

  /** The settings chosen; a value out of range is a one-line usage error. */
  ReuseSettings settings() {
    if (minTokens < 4 || minTokens > 10_000) {
      throw new UserError(ExitCode.USAGE, "--min-tokens must be in 4..10000: " + minTokens);
    }
    if (!(minSimilarity > 0 && minSimilarity <= 1)) {
      throw new UserError(
          ExitCode.USAGE, "--min-similarity must be above 0 and at most 1: " + minSimilarity);
    }
    return ReuseSettings.defaults()
        .withMinTokens(minTokens)
        .withMinSimilarity(minSimilarity)
        .withNumbersAsClass(numbersAsClass)
        .withCaseFold(!keepCase);
  }
}
