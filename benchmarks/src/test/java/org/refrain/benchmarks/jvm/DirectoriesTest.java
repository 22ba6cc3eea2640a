package org.refrain.benchmarks.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoriesTest {

  @TempDir Path dir;

  @Test
  void sizesTheFilesUnderADirectory() throws IOException {
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.writeString(out.resolve("a.csv"), "12345");
    Files.writeString(Files.createDirectories(out.resolve("sub")).resolve("b.md"), "123");
    assertEquals(8, Directories.size(out));
  }

  @Test
  void sizesTheGenerationAReportDirectoryLinksTo() throws IOException {
    // As refrain report leaves it: out -> .out.r-..., the report's files in the generation.
    Path generation = Files.createDirectories(dir.resolve(".out.r-1-2-3"));
    Files.writeString(generation.resolve("report.md"), "1234567");
    Path out = Files.createSymbolicLink(dir.resolve("out"), generation.getFileName());
    assertEquals(7, Directories.size(out));
  }

  @Test
  void aMissingDirectoryIsEmpty() throws IOException {
    assertEquals(0, Directories.size(dir.resolve("none")));
  }
}
