package org.refrain.benchmarks;

import java.util.List;

/**
 * The options of {@link ReuseBenchmark}, each with its default: the full run.
 *
 * @param sizes corpus sizes, in letters, of the main table (default 100, 1000, 5000)
 * @param baseline sizes at which the naive all-pairs baseline runs (default 200, 1000)
 * @param growth sizes of the growth table (default 1000, 2000, 3000, 4000, 5000)
 * @param seed the synthetic corpus's seed (default 42)
 * @param baselineSeconds the most one baseline size may take (default 300): above it, a seeded
 *     random sample of letter pairs that fits is timed and the time for all pairs extrapolated
 * @param versions versions in the variant-view family (default 40)
 * @param versionWords words per version (default 800)
 */
record ReuseArgs(
    List<Integer> sizes,
    List<Integer> baseline,
    List<Integer> growth,
    long seed,
    double baselineSeconds,
    int versions,
    int versionWords) {

  static final String USAGE =
      "usage: java -cp benchmarks/target/benchmarks.jar org.refrain.benchmarks.ReuseBenchmark"
          + " [--sizes 100,1000,5000] [--baseline 200,1000] [--growth 1000,2000,3000,4000,5000]"
          + " [--seed 42] [--baseline-seconds 300] [--versions 40] [--version-words 800]";

  ReuseArgs {
    sizes = BenchOptions.atLeast("--sizes", sizes, 2);
    baseline = BenchOptions.atLeast("--baseline", baseline, 2);
    growth = BenchOptions.atLeast("--growth", growth, 2);
    if (!(baselineSeconds > 0) || Double.isInfinite(baselineSeconds)) {
      throw new IllegalArgumentException(
          "--baseline-seconds must be a positive number: " + baselineSeconds);
    }
    if (versions < 2) {
      throw new IllegalArgumentException("--versions must be >= 2: " + versions);
    }
    if (versionWords < 8) {
      throw new IllegalArgumentException("--version-words must be >= 8: " + versionWords);
    }
  }

  /** The largest corpus any table needs. */
  int largest() {
    int max = 0;
    for (List<Integer> list : List.of(sizes, baseline, growth)) {
      for (int n : list) {
        max = Math.max(max, n);
      }
    }
    return max;
  }

  /**
   * The options in {@code args} ({@code --name value} or {@code --name=value}); lists are
   * comma-separated, an empty list skips its table.
   *
   * @throws IllegalArgumentException naming the option that is unknown, lacks a value or has a bad
   *     value
   */
  static ReuseArgs parse(String... args) {
    List<Integer> sizes = List.of(100, 1000, 5000);
    List<Integer> baseline = List.of(200, 1000);
    List<Integer> growth = List.of(1000, 2000, 3000, 4000, 5000);
    long seed = 42;
    double baselineSeconds = 300;
    int versions = 40;
    int versionWords = 800;
    for (var option : BenchOptions.parse(args)) {
      String name = option.getKey();
      String value = option.getValue();
      switch (name) {
        case "--sizes" -> sizes = BenchOptions.wholeNumbers(name, value);
        case "--baseline" -> baseline = BenchOptions.wholeNumbers(name, value);
        case "--growth" -> growth = BenchOptions.wholeNumbers(name, value);
        case "--seed" -> seed = (long) BenchOptions.number(name, value);
        case "--baseline-seconds" -> baselineSeconds = BenchOptions.number(name, value);
        case "--versions" -> versions = (int) BenchOptions.number(name, value);
        case "--version-words" -> versionWords = (int) BenchOptions.number(name, value);
        default -> throw new IllegalArgumentException("unknown option " + name);
      }
    }
    return new ReuseArgs(sizes, baseline, growth, seed, baselineSeconds, versions, versionWords);
  }
}
