package org.refrain.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refrain.corpus.Corpus;
import org.refrain.corpus.Diagnostic;
import org.refrain.reports.TestLetters;

class CorpusOptionsTest {

  @TempDir Path dir;

  private final CliRun.FakeSource source =
      new CliRun.FakeSource(
          new Corpus(
              List.of(TestLetters.full()),
              List.of(Diagnostic.warning("a.txt", 7, "no date found")),
              1));

  @Test
  void noPathsReadsTheBundledCorpus() {
    CliRun run = CliRun.with(source, "letters");
    assertEquals(ExitCode.OK, run.exitCode());
    assertEquals(1, source.bundledReads);
    assertTrue(source.reads.isEmpty());
  }

  @Test
  void everyDiagnosticIsPrintedAsOneLine() {
    CliRun run = CliRun.with(source, "letters");
    assertEquals(List.of("a.txt:7: warning: no date found"), run.errLines());
  }

  @Test
  void manyDiagnosticsOfOneKindAreOneGroupedLine() {
    List<Diagnostic> many = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      many.add(Diagnostic.warning("p" + i + ".txt", i, "repeats the letter at line 1; read once"));
    }
    many.add(Diagnostic.warning("z.txt", 2, "no date found"));
    CliRun run =
        CliRun.with(
            new CliRun.FakeSource(new Corpus(List.of(TestLetters.full()), many, 1)), "letters");
    assertEquals(ExitCode.OK, run.exitCode());
    assertEquals(
        List.of(
            "warning: 40 letters repeat an earlier one (p1.txt:1, p2.txt:2, p3.txt:3, ...)",
            "z.txt:2: warning: no date found"),
        run.errLines());
  }

  @Test
  void missingPathIsOneLineNamingItWithoutStackTrace() {
    Path missing = dir.resolve("no-such-letter.txt");
    CliRun run = CliRun.real("letters", missing.toString());
    assertEquals(ExitCode.NOTHING_READ, run.exitCode());
    assertEquals(
        List.of(
            missing + ": error: no such file or directory",
            "refrain: no letters could be read from " + missing),
        run.errLines());
    assertFalse(run.err().contains("Exception"), run.err());
    assertFalse(run.err().contains("\tat "), run.err());
    assertEquals("", run.out());
  }

  @Test
  void missingPathDoesNotStopTheOthers() throws Exception {
    Path present =
        Files.writeString(
            dir.resolve("letter.txt"),
            "Dear Minister,\n\nWe are writing on behalf of 2 organizations to urge your government"
                + " to act on the findings of the commission without delay.\n\nSincerely,\n\n"
                + "Alpha Watch, Japan\nBeta Network, Peru\n");
    Path missing = dir.resolve("gone.txt");
    CliRun run = CliRun.real("letters", missing.toString(), present.toString());
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertEquals(List.of(missing + ": error: no such file or directory"), run.errLines());
    assertTrue(run.out().contains("letter#1"), run.out());
  }

  @Test
  void nothingReadIsItsOwnExitCode() throws Exception {
    Path present = Files.writeString(dir.resolve("empty.txt"), "");
    CliRun.FakeSource empty =
        new CliRun.FakeSource(
            new Corpus(List.of(), List.of(Diagnostic.error("empty.txt", "no letter found")), 0));
    CliRun run = CliRun.with(empty, "letters", present.toString());
    assertEquals(ExitCode.NOTHING_READ, run.exitCode());
    assertEquals(
        List.of(
            "empty.txt: error: no letter found",
            "refrain: no letters could be read from " + present),
        run.errLines());
  }

  @Test
  void nothingReadFromTheBundledCorpusSaysSo() {
    CliRun.FakeSource empty = new CliRun.FakeSource(new Corpus(List.of(), List.of(), 0));
    CliRun run = CliRun.with(empty, "report", "--no-cache", "--out", dir.resolve("r").toString());
    assertEquals(ExitCode.NOTHING_READ, run.exitCode());
    assertEquals(
        List.of("refrain: no letters could be read from the bundled corpus"), run.errLines());
    assertFalse(Files.exists(dir.resolve("r")), "nothing is written when nothing was read");
  }
}
