package org.refrain.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.refrain.corpus.Corpus;
import org.refrain.corpus.CorpusReader;
import org.refrain.reports.render.PlainTextRenderer;
import org.refrain.reports.table.LettersTable;

/**
 * How long reading the bundled corpus takes, and how long the {@code letters} command's table takes
 * to build and render once the corpus is read.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CorpusReaderBenchmark {

  private Corpus corpus;

  @Setup(Level.Trial)
  public void readOnce() {
    corpus = CorpusReader.create().readBundled();
  }

  /** Reads the bundled corpus from scratch: files, cleaning, splitting, metadata, signatories. */
  @Benchmark
  public Corpus readBundled() {
    return CorpusReader.create().readBundled();
  }

  /** Builds the letters overview table of the bundled corpus and renders it as plain text. */
  @Benchmark
  public String lettersTable() {
    return PlainTextRenderer.render(LettersTable.of(corpus.letters()));
  }
}
