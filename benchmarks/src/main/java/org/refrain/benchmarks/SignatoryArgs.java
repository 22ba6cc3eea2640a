package org.refrain.benchmarks;

import java.util.List;

/**
 * The options of {@link SignatoryBenchmark}, each with its default: the full run.
 *
 * @param sizes corpus sizes in letters, sorted (default 100, 1000, 5000)
 * @param seed the synthetic population and lists' seed (default 42)
 * @param repeat timed runs of each stage after one untimed warm-up; the best counts (default 3)
 * @param stageSeconds the most one stage may take at one size (default 120): a stage whose untimed
 *     run took more than a quarter of it is timed by that run alone, and one whose time, predicted
 *     from the previous size as growing with the square of the mentions, exceeds it is skipped
 *     unless a later stage needs its output
 */
record SignatoryArgs(List<Integer> sizes, long seed, int repeat, double stageSeconds) {

  static final String USAGE =
      "usage: java -cp benchmarks/target/benchmarks.jar org.refrain.benchmarks.SignatoryBenchmark"
          + " [--sizes 100,1000,5000] [--seed 42] [--repeat 3] [--stage-seconds 120]";

  SignatoryArgs {
    sizes = BenchOptions.sizes(sizes);
    repeat = BenchOptions.repeat(repeat);
    if (!(stageSeconds > 0) || Double.isInfinite(stageSeconds)) {
      throw new IllegalArgumentException(
          "--stage-seconds must be a positive number: " + stageSeconds);
    }
  }

  int largest() {
    return sizes.get(sizes.size() - 1);
  }

  /**
   * The options in {@code argv} ({@code --name value} or {@code --name=value}).
   *
   * @throws IllegalArgumentException naming the option that is unknown, lacks a value or has a bad
   *     value
   */
  static SignatoryArgs parse(String... argv) {
    List<Integer> sizes = List.of(100, 1000, 5000);
    long seed = 42;
    int repeat = 3;
    double stageSeconds = 120;
    for (var option : BenchOptions.parse(argv)) {
      String name = option.getKey();
      String value = option.getValue();
      switch (name) {
        case "--sizes" -> sizes = BenchOptions.wholeNumbers(name, value);
        case "--seed" -> seed = BenchOptions.whole(name, value);
        case "--repeat" -> repeat = (int) BenchOptions.whole(name, value);
        case "--stage-seconds" -> stageSeconds = BenchOptions.number(name, value);
        default -> throw new IllegalArgumentException("unknown option " + name);
      }
    }
    return new SignatoryArgs(sizes, seed, repeat, stageSeconds);
  }
}
