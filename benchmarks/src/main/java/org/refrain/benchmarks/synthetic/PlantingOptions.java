package org.refrain.benchmarks.synthetic;

/**
 * How a {@link PlantedCorpus} plants reuse. Immutable; {@link #defaults()} gives the defaults and
 * the {@code with*} methods change one option.
 *
 * @param formulas how many distinct formulas (reusable passages) there are (default 1,000); the
 *     pool does not depend on the corpus size, so the first n letters of a corpus are the corpus of
 *     n letters
 * @param popularity the exponent s of the formulas' Zipf-like popularity: the formula of rank r is
 *     drawn with weight 1 / r^s (default 1.0: the commonest formula recurs in several hundred times
 *     as many letters as the rarest)
 * @param minCopies fewest formulas planted in one letter (default 1)
 * @param maxCopies most formulas planted in one letter (default 6); a letter holds each formula at
 *     most once
 * @param minWords shortest formula in words (default 8, the reuse finder's default minimum)
 * @param maxWords longest formula in words (default 120); lengths are skewed towards short ones
 * @param maxEditRate each copy is edited at a rate drawn uniformly from [0, maxEditRate): that
 *     share of its words substituted, deleted or followed by an inserted word, names at twice the
 *     rate (default 0.1); every number in a copy changes with probability 1/2 on top
 * @param paragraphShare share of copies planted as a paragraph of their own; the others are planted
 *     inside a body paragraph at a sentence boundary (default 0.5)
 */
public record PlantingOptions(
    int formulas,
    double popularity,
    int minCopies,
    int maxCopies,
    int minWords,
    int maxWords,
    double maxEditRate,
    double paragraphShare) {

  public PlantingOptions {
    if (formulas < 1) {
      throw new IllegalArgumentException("formulas must be >= 1: " + formulas);
    }
    if (!(popularity >= 0) || Double.isInfinite(popularity)) {
      throw new IllegalArgumentException("popularity must be >= 0: " + popularity);
    }
    if (minCopies < 0 || maxCopies < minCopies || maxCopies > formulas) {
      throw new IllegalArgumentException(
          "copies must satisfy 0 <= minCopies <= maxCopies <= formulas: "
              + minCopies
              + ".."
              + maxCopies);
    }
    if (minWords < 1 || maxWords < minWords) {
      throw new IllegalArgumentException(
          "words must satisfy 1 <= minWords <= maxWords: " + minWords + ".." + maxWords);
    }
    if (!(maxEditRate >= 0 && maxEditRate <= 0.5)) {
      throw new IllegalArgumentException("maxEditRate must be in [0, 0.5]: " + maxEditRate);
    }
    if (!(paragraphShare >= 0 && paragraphShare <= 1)) {
      throw new IllegalArgumentException("paragraphShare must be in [0, 1]: " + paragraphShare);
    }
  }

  /** The defaults documented on each option. */
  public static PlantingOptions defaults() {
    return new PlantingOptions(1000, 1.0, 1, 6, 8, 120, 0.1, 0.5);
  }

  public PlantingOptions withFormulas(int n) {
    return new PlantingOptions(
        n, popularity, minCopies, maxCopies, minWords, maxWords, maxEditRate, paragraphShare);
  }

  public PlantingOptions withCopies(int min, int max) {
    return new PlantingOptions(
        formulas, popularity, min, max, minWords, maxWords, maxEditRate, paragraphShare);
  }

  public PlantingOptions withWords(int min, int max) {
    return new PlantingOptions(
        formulas, popularity, minCopies, maxCopies, min, max, maxEditRate, paragraphShare);
  }

  public PlantingOptions withMaxEditRate(double rate) {
    return new PlantingOptions(
        formulas, popularity, minCopies, maxCopies, minWords, maxWords, rate, paragraphShare);
  }

  public PlantingOptions withParagraphShare(double share) {
    return new PlantingOptions(
        formulas, popularity, minCopies, maxCopies, minWords, maxWords, maxEditRate, share);
  }
}
