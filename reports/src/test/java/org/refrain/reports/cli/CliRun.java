package org.refrain.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.refrain.corpus.Corpus;
import picocli.CommandLine;

/** Runs {@code refrain} in-process with captured output; the corpus comes from a fake source. */
record CliRun(int exitCode, String out, String err) {

  /** Runs with the real corpus reader. */
  static CliRun real(String... args) {
    return run(new Refrain(), args);
  }

  /** Runs with the real corpus reader and annotations cached in {@code cache}. */
  static CliRun realCached(Path cache, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--cache");
    all.add(cache.toString());
    return real(all.toArray(String[]::new));
  }

  /** The standard output as JSON, after asserting the run succeeded. */
  JsonNode json() throws IOException {
    assertEquals(ExitCode.OK, exitCode, err);
    return new ObjectMapper().readTree(out);
  }

  static CliRun with(CorpusSource source, String... args) {
    return run(new Refrain(source), args);
  }

  private static CliRun run(Refrain refrain, String... args) {
    CommandLine commandLine = Refrain.commandLine(refrain);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    int exitCode = commandLine.execute(args);
    return new CliRun(exitCode, out.toString(), err.toString());
  }

  /**
   * Asserts the run failed with {@code exitCode} and one line of error holding {@code contains}, no
   * stack trace; the corpus reader's warnings may come before it.
   */
  void assertOneLineError(int expectedExit, String contains) {
    assertEquals(expectedExit, exitCode, err);
    List<String> errors = errLines().stream().filter(l -> !l.contains(": warning: ")).toList();
    assertEquals(1, errors.size(), err);
    org.junit.jupiter.api.Assertions.assertTrue(errors.get(0).contains(contains), err);
    org.junit.jupiter.api.Assertions.assertFalse(err.contains("Exception"), err);
    org.junit.jupiter.api.Assertions.assertFalse(err.contains("\tat "), err);
  }

  List<String> errLines() {
    return err.isEmpty() ? List.of() : List.of(err.split("\n"));
  }

  /** A source that returns the same corpus for any paths and records what it was asked. */
  static final class FakeSource implements CorpusSource {
    final Corpus corpus;
    final List<List<Path>> reads = new ArrayList<>();
    int bundledReads;

    FakeSource(Corpus corpus) {
      this.corpus = corpus;
    }

    @Override
    public Corpus read(List<Path> paths) {
      reads.add(List.copyOf(paths));
      return corpus;
    }

    @Override
    public Corpus readBundled() {
      bundledReads++;
      return corpus;
    }
  }
}
