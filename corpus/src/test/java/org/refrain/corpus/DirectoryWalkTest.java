package org.refrain.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a directory argument reads, and the few lines it says about what it skips. */
class DirectoryWalkTest {

  private static final String LETTER =
      "Dear Minister,\n\nWe are writing on behalf of 2 organizations to urge your government to act"
          + " on the findings of the commission without delay.\n\nSincerely,\n\nAlpha Watch, Japan\n";

  private static List<String> walk(Path dir, List<Path> files) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    DirectoryWalk.collect(dir, files, diagnostics);
    return diagnostics.stream().map(Diagnostic::toString).toList();
  }

  @Test
  void unsupportedFilesAreNamedInOneLine(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("l.txt"), LETTER);
    Files.writeString(dir.resolve("l.meta.properties"), "date=2021-03-01\n");
    Files.writeString(dir.resolve(".hidden.xyz"), "x");
    Files.createDirectories(dir.resolve("sub"));
    for (String name : List.of("c.exe", "a.xyz", "b.png", "sub/d.bin")) {
      Files.writeString(dir.resolve(name), "x");
    }
    List<Path> files = new ArrayList<>();
    assertEquals(
        List.of(
            dir
                + ": warning: 4 files skipped, not a supported format: a.xyz, b.png, c.exe, "
                + Path.of("sub", "d.bin")),
        walk(dir, files));
    assertEquals(List.of(dir.resolve("l.txt")), files);
  }

  @Test
  void openDocumentRtfAndEmailFilesAreReadNotSkipped(@TempDir Path dir) throws Exception {
    for (String name : List.of("a.odt", "b.RTF", "c.eml", "d.doc")) {
      Files.writeString(dir.resolve(name), "x");
    }
    List<Path> files = new ArrayList<>();
    assertEquals(
        List.of(dir + ": warning: 1 file skipped, not a supported format: d.doc"),
        walk(dir, files));
    assertEquals(
        List.of("a.odt", "b.RTF", "c.eml"),
        files.stream().map(f -> f.getFileName().toString()).sorted().toList());
  }

  @Test
  void manySkippedFilesAreCountedAfterTheFirstFew(@TempDir Path dir) throws Exception {
    for (int i = 0; i < 25; i++) {
      Files.writeString(dir.resolve(String.format("f%02d.xyz", i)), "x");
    }
    List<String> lines = walk(dir, new ArrayList<>());
    assertEquals(1, lines.size());
    assertTrue(lines.get(0).endsWith("f09.xyz and 15 more"), lines.get(0));
  }

  @Test
  void aSymlinkLoopIsOneLineAndTheWalkEnds(@TempDir Path dir) throws Exception {
    Path sub = Files.createDirectories(dir.resolve("sub"));
    Files.writeString(sub.resolve("l.txt"), LETTER);
    Files.createSymbolicLink(sub.resolve("loop"), dir);
    List<Path> files = new ArrayList<>();
    List<String> lines = walk(dir, files);
    assertEquals(List.of(sub.resolve("l.txt")), files);
    assertEquals(1, lines.size(), lines.toString());
    assertTrue(lines.get(0).contains("(a loop); not followed"), lines.get(0));
    Corpus c = CorpusReader.create().read(List.of(dir));
    assertEquals(1, c.letters().size());
  }

  @Test
  void anUnreadableSubdirectoryIsReportedAndTheRestIsRead(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.txt"), LETTER);
    Path locked = Files.createDirectories(dir.resolve("locked"));
    Files.writeString(locked.resolve("b.txt"), LETTER);
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      // root reads everything: the permission cannot be tested then
      assumeFalse(Files.isReadable(locked), "running with permission to read any directory");
      Corpus c = CorpusReader.create().read(List.of(dir));
      assertEquals(1, c.letters().size());
      assertEquals(
          List.of(dir + ": error: locked: subdirectory cannot be read, skipped"),
          c.diagnostics().stream().map(Diagnostic::toString).toList());
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  /**
   * The same as {@link #anUnreadableSubdirectoryIsReportedAndTheRestIsRead} for any user: the
   * directories are opened through an opener that refuses one, as a permission would.
   */
  @Test
  void aDirectoryThatCannotBeOpenedIsOneLineAndTheRestIsRead(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.txt"), LETTER);
    Path sub = Files.createDirectories(dir.resolve("sub"));
    Files.writeString(sub.resolve("c.txt"), LETTER);
    Path locked = Files.createDirectories(sub.resolve("locked"));
    Files.writeString(locked.resolve("b.txt"), LETTER);
    Files.createDirectories(locked.resolve("deeper"));
    List<Path> files = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    DirectoryWalk.collect(
        dir,
        files,
        diagnostics,
        d -> {
          if (d.equals(locked)) {
            throw new AccessDeniedException(d.toString());
          }
          return Files.newDirectoryStream(d);
        });
    assertEquals(
        List.of(dir.resolve("a.txt"), sub.resolve("c.txt")), files.stream().sorted().toList());
    String sep = dir.getFileSystem().getSeparator();
    assertEquals(
        List.of(dir + ": error: sub" + sep + "locked: subdirectory cannot be read, skipped"),
        diagnostics.stream().map(Diagnostic::toString).toList());
  }
}
