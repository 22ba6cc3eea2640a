package org.refrain.benchmarks;

import java.util.List;

/**
 * The options of {@link DemandBenchmark}, each with its default: the full run.
 *
 * @param sizes corpus sizes in letters, sorted (default 100, 1000, 5000)
 * @param seed the synthetic corpus's seed (default 42)
 * @param repeat timed runs of each stage after one untimed warm-up; the best counts (default 3)
 */
record DemandArgs(List<Integer> sizes, long seed, int repeat) {

  static final String USAGE =
      "usage: java -cp benchmarks/target/benchmarks.jar org.refrain.benchmarks.DemandBenchmark"
          + " [--sizes 100,1000,5000] [--seed 42] [--repeat 3]";

  DemandArgs {
    sizes = BenchOptions.sizes(sizes);
    repeat = BenchOptions.repeat(repeat);
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
  static DemandArgs parse(String... argv) {
    List<Integer> sizes = List.of(100, 1000, 5000);
    long seed = 42;
    int repeat = 3;
    for (var option : BenchOptions.parse(argv)) {
      String name = option.getKey();
      String value = option.getValue();
      switch (name) {
        case "--sizes" -> sizes = BenchOptions.wholeNumbers(name, value);
        case "--seed" -> seed = BenchOptions.whole(name, value);
        case "--repeat" -> repeat = (int) BenchOptions.whole(name, value);
        default -> throw new IllegalArgumentException("unknown option " + name);
      }
    }
    return new DemandArgs(sizes, seed, repeat);
  }
}
