package org.refrain.benchmarks;

import java.nio.file.Path;
import java.util.List;

/**
 * The options of {@link IndexBenchmark}, each with its default.
 *
 * @param sizes corpus sizes in letters, sorted (default 1000, 10000)
 * @param seed the synthetic corpus's seed, and the seed of the edits, queries and drafts (default
 *     42)
 * @param work where corpora, the annotation cache, indexes and the report go (default
 *     $TMPDIR/index-bench); a corpus already there with the same seed and size is reused
 * @param queries timed queries of each kind (default 500)
 * @param warmup untimed queries of every kind before the timed ones (default 300)
 * @param drafts timed draft checks (default 25; 3 more run first, untimed)
 * @param draftWords words a draft has at least (default 1000)
 * @param changed the share of letters changed before the incremental update (default 0.01)
 * @param threads threads of annotation and the analysis stages (default 2)
 */
record IndexBenchArgs(
    List<Integer> sizes,
    long seed,
    Path work,
    int queries,
    int warmup,
    int drafts,
    int draftWords,
    double changed,
    int threads) {

  static final String USAGE =
      "usage: java -Xmx2g -cp benchmarks/target/benchmarks.jar"
          + " org.refrain.benchmarks.IndexBenchmark [--sizes 1000,10000] [--seed 42]"
          + " [--work /tmp/index-bench] [--queries 500] [--warmup 300] [--drafts 25]"
          + " [--draft-words 1000] [--changed 0.01] [--threads 2]";

  IndexBenchArgs {
    sizes = BenchOptions.sizes(sizes);
    if (queries < 1 || warmup < 0 || drafts < 1 || draftWords < 1) {
      throw new IllegalArgumentException(
          "--queries, --drafts and --draft-words must be >= 1, --warmup >= 0");
    }
    if (!(changed > 0 && changed <= 1)) {
      throw new IllegalArgumentException("--changed must be in (0, 1]: " + changed);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("--threads must be >= 1: " + threads);
    }
    work = work.toAbsolutePath().normalize();
  }

  /** The options in {@code argv} ({@code --name value} or {@code --name=value}). */
  static IndexBenchArgs parse(String... argv) {
    List<Integer> sizes = List.of(1000, 10000);
    long seed = 42;
    Path work = Path.of(System.getProperty("java.io.tmpdir"), "index-bench");
    int queries = 500;
    int warmup = 300;
    int drafts = 25;
    int draftWords = 1000;
    double changed = 0.01;
    int threads = 2;
    for (var option : BenchOptions.parse(argv)) {
      String name = option.getKey();
      String value = option.getValue();
      switch (name) {
        case "--sizes" -> sizes = BenchOptions.wholeNumbers(name, value);
        case "--seed" -> seed = BenchOptions.whole(name, value);
        case "--work" -> work = BenchOptions.path(name, value);
        case "--queries" -> queries = (int) BenchOptions.whole(name, value);
        case "--warmup" -> warmup = (int) BenchOptions.whole(name, value);
        case "--drafts" -> drafts = (int) BenchOptions.whole(name, value);
        case "--draft-words" -> draftWords = (int) BenchOptions.whole(name, value);
        case "--changed" -> changed = BenchOptions.number(name, value);
        case "--threads" -> threads = (int) BenchOptions.whole(name, value);
        default -> throw new IllegalArgumentException("unknown option " + name);
      }
    }
    return new IndexBenchArgs(
        sizes, seed, work, queries, warmup, drafts, draftWords, changed, threads);
  }
}
