package org.refrain.benchmarks;

import java.util.Locale;

/**
 * The options of {@link AnnotationThroughput}, each with its default.
 *
 * @param megabytes MB of paragraph text to generate and annotate (default 20)
 * @param seed the synthetic corpus's seed (default 42)
 * @param lemmaMegabytes MB of sentences the unmemoised lemmatizer runs on (default 1): it is about
 *     a hundred times slower than the rest, so it is measured on a sub-sample
 * @param warmupMegabytes MB of text each pass runs over first, untimed, to warm up the JIT (default
 *     1)
 * @param replaceShare the synthetic corpus's share of content words replaced (default 0.15, the
 *     generator's): new words are what the lemma memo must lemmatise, so this drives its cost
 */
record ThroughputArgs(
    double megabytes,
    long seed,
    double lemmaMegabytes,
    double warmupMegabytes,
    double replaceShare) {

  static final String USAGE =
      "usage: java -cp benchmarks/target/benchmarks.jar org.refrain.benchmarks.AnnotationThroughput"
          + " [--mb 20] [--seed 42] [--lemma-mb 1] [--warmup-mb 1] [--replace-share 0.15]";

  ThroughputArgs {
    requirePositive("--mb", megabytes);
    requirePositive("--lemma-mb", lemmaMegabytes);
    requirePositive("--warmup-mb", warmupMegabytes);
    if (!(replaceShare >= 0 && replaceShare <= 1)) {
      throw new IllegalArgumentException("--replace-share must be in [0, 1]: " + replaceShare);
    }
  }

  /**
   * The options in {@code args} ({@code --name value} or {@code --name=value}).
   *
   * @throws IllegalArgumentException naming the option that is unknown, lacks a value or has a
   *     value that is no number
   */
  static ThroughputArgs parse(String... args) {
    double megabytes = 20;
    long seed = 42;
    double lemma = 1;
    double warmup = 1;
    double replace = 0.15;
    for (var option : BenchOptions.parse(args)) {
      String name = option.getKey();
      String value = option.getValue();
      switch (name) {
        case "--mb" -> megabytes = BenchOptions.number(name, value);
        case "--seed" -> seed = (long) BenchOptions.number(name, value);
        case "--lemma-mb" -> lemma = BenchOptions.number(name, value);
        case "--warmup-mb" -> warmup = BenchOptions.number(name, value);
        case "--replace-share" -> replace = BenchOptions.number(name, value);
        default -> throw new IllegalArgumentException("unknown option " + name);
      }
    }
    return new ThroughputArgs(megabytes, seed, lemma, warmup, replace);
  }

  private static void requirePositive(String name, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(
          name + " must be a positive number: " + String.format(Locale.ROOT, "%s", value));
    }
  }
}
