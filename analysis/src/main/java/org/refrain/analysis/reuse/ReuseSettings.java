package org.refrain.analysis.reuse;

/**
 * How reuse is found: the shortest passage worth reporting, how similar two copies must be, and
 * which differences between words are ignored. Immutable; start from {@link #defaults()} and change
 * one setting at a time with the {@code with...} methods.
 *
 * @param minTokens fewest words two copies must share for a passage to count (default 8)
 * @param minSimilarity least Dice similarity of two copies, 2 x shared words / (words in both),
 *     from 0 to 1 (default 0.6: an 8-word formula survives two substituted words)
 * @param shingle words per shingle, the seeds that find candidate passages (default 4: short enough
 *     that one substitution in an 8-word passage leaves a seed on one side of it)
 * @param maxGap longest run of edited words inside one passage (default 12); a longer run splits it
 *     in two
 * @param caseFold compare words ignoring case (default on)
 * @param numbersAsClass treat every number as the same word, so "28" and "69" align (default off:
 *     changed counts are shown as variants)
 * @param maxPostings most earlier letters a shingle is looked up in before it is treated as a
 *     common phrase rather than evidence of reuse (default 64; bounds the work per word)
 */
public record ReuseSettings(
    int minTokens,
    double minSimilarity,
    int shingle,
    int maxGap,
    boolean caseFold,
    boolean numbersAsClass,
    int maxPostings) {

  public static final int DEFAULT_MIN_TOKENS = 8;
  public static final double DEFAULT_MIN_SIMILARITY = 0.6;

  public ReuseSettings {
    if (shingle < 2 || shingle > 16) {
      throw new IllegalArgumentException("shingle must be in 2..16: " + shingle);
    }
    if (minTokens < shingle) {
      throw new IllegalArgumentException(
          "minTokens must be at least the shingle size " + shingle + ": " + minTokens);
    }
    if (!(minSimilarity > 0 && minSimilarity <= 1)) {
      throw new IllegalArgumentException("minSimilarity must be in (0, 1]: " + minSimilarity);
    }
    if (maxGap < 0) {
      throw new IllegalArgumentException("maxGap must be >= 0: " + maxGap);
    }
    if (maxPostings < 1) {
      throw new IllegalArgumentException("maxPostings must be >= 1: " + maxPostings);
    }
  }

  /** The defaults documented on each component. */
  public static ReuseSettings defaults() {
    return new ReuseSettings(DEFAULT_MIN_TOKENS, DEFAULT_MIN_SIMILARITY, 4, 12, true, false, 64);
  }

  public ReuseSettings withMinTokens(int n) {
    return new ReuseSettings(
        n, minSimilarity, Math.min(shingle, n), maxGap, caseFold, numbersAsClass, maxPostings);
  }

  public ReuseSettings withMinSimilarity(double s) {
    return new ReuseSettings(minTokens, s, shingle, maxGap, caseFold, numbersAsClass, maxPostings);
  }

  public ReuseSettings withCaseFold(boolean on) {
    return new ReuseSettings(
        minTokens, minSimilarity, shingle, maxGap, on, numbersAsClass, maxPostings);
  }

  public ReuseSettings withNumbersAsClass(boolean on) {
    return new ReuseSettings(minTokens, minSimilarity, shingle, maxGap, caseFold, on, maxPostings);
  }

  public ReuseSettings withMaxPostings(int n) {
    return new ReuseSettings(
        minTokens, minSimilarity, shingle, maxGap, caseFold, numbersAsClass, n);
  }

  /** The normalisation these settings ask for. */
  public WordNormalizer normalizer() {
    return new WordNormalizer(caseFold, numbersAsClass);
  }
}
