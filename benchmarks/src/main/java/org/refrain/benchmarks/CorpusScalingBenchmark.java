package org.refrain.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.refrain.corpus.Corpus;
import org.refrain.corpus.CorpusReader;

/**
 * How reading grows with the corpus: the five bundled documents copied {@code copies} times into a
 * temporary directory, read by one reader created beforehand. Time per operation divided by {@code
 * 5 * copies} is the cost of one document; it should stay flat as copies grow, since no stage
 * compares every document with every other. The copies are the same letters, so reading merges them
 * (each copy is compared with the one letter kept); {@code --keep-copies} readers skip that.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CorpusScalingBenchmark {

  @Param({"1", "8", "32"})
  public int copies;

  private CorpusReader reader;
  private Path dir;

  @Setup(Level.Trial)
  public void copyCorpus() throws IOException {
    reader = CorpusReader.create();
    dir = Files.createTempDirectory("refrain-bench");
    Path letters = Path.of(System.getProperty("refrain.letters", "corpus/letters"));
    List<Path> files;
    try (Stream<Path> s = Files.list(letters)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IllegalStateException(
          "no letters in "
              + letters.toAbsolutePath()
              + "; run from the repository root or set -Drefrain.letters");
    }
    for (int c = 0; c < copies; c++) {
      for (Path f : files) {
        Files.copy(f, dir.resolve(c + "-" + f.getFileName()));
      }
    }
  }

  @TearDown(Level.Trial)
  public void deleteCopies() throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** Reads every copy: decoding, cleaning, splitting, metadata, signatories, claims. */
  @Benchmark
  public Corpus read() {
    return reader.read(List.of(dir));
  }
}
