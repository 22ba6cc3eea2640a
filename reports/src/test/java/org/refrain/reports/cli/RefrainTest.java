package org.refrain.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.refrain.corpus.Corpus;
import org.refrain.reports.TestLetters;

class RefrainTest {

  private final CliRun.FakeSource source =
      new CliRun.FakeSource(new Corpus(List.of(TestLetters.full()), List.of(), 1));

  @Test
  void helpListsTheCommands() {
    CliRun run = CliRun.with(source, "--help");
    assertEquals(ExitCode.OK, run.exitCode());
    assertTrue(run.out().contains("Usage: refrain"), run.out());
    assertTrue(run.out().matches("(?s).*\\n\\s+letters\\s+\\S.*"), run.out());
    assertTrue(run.out().matches("(?s).*\\n\\s+report\\s+\\S.*"), run.out());
    assertEquals("", run.err());
  }

  @Test
  void versionNamesTheBuild() throws Exception {
    CliRun run = CliRun.with(source, "--version");
    assertEquals(ExitCode.OK, run.exitCode());
    assertEquals("refrain " + VersionProvider.version() + "\n", run.out());
    assertFalse(run.out().contains("${"), "version.properties was not filtered");
  }

  @Test
  void unknownOptionIsAUsageError() {
    CliRun run = CliRun.with(source, "letters", "--no-such-option");
    assertEquals(ExitCode.USAGE, run.exitCode());
    assertEquals(2, ExitCode.USAGE);
    assertTrue(run.err().startsWith("Unknown option: '--no-such-option'"), run.err());
    assertEquals("", run.out());
    assertEquals(0, source.bundledReads + source.reads.size());
  }

  @Test
  void missingSubcommandIsAUsageError() {
    CliRun run = CliRun.with(source);
    assertEquals(ExitCode.USAGE, run.exitCode());
    assertTrue(run.err().startsWith("Missing required subcommand"), run.err());
  }

  @Test
  void unknownSubcommandIsAUsageError() {
    CliRun run = CliRun.with(source, "lettres");
    assertEquals(ExitCode.USAGE, run.exitCode());
  }

  @Test
  void exitCodesAreDistinct() {
    List<Integer> codes =
        List.of(
            ExitCode.OK,
            ExitCode.INTERNAL_ERROR,
            ExitCode.USAGE,
            ExitCode.NOTHING_READ,
            ExitCode.CANNOT_WRITE);
    assertEquals(codes.size(), codes.stream().distinct().count());
  }

  @Test
  void unexpectedExceptionIsAnInternalErrorWithItsTrace() {
    CorpusSource broken =
        new CorpusSource() {
          @Override
          public Corpus read(List<java.nio.file.Path> paths) {
            throw new IllegalStateException("boom");
          }

          @Override
          public Corpus readBundled() {
            throw new IllegalStateException("boom");
          }
        };
    CliRun run = CliRun.with(broken, "letters");
    assertEquals(ExitCode.INTERNAL_ERROR, run.exitCode());
    assertTrue(run.err().startsWith("refrain: internal error"), run.err());
    assertTrue(run.err().contains("IllegalStateException: boom"), run.err());
  }
}
