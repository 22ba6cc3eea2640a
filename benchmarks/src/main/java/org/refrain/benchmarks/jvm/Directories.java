package org.refrain.benchmarks.jvm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Deleting and sizing the directories a benchmark writes. */
public final class Directories {

  private Directories() {}

  /** Deletes {@code directory} with all it holds, if it exists, and creates it empty. */
  public static void recreate(Path directory) throws IOException {
    delete(directory);
    Files.createDirectories(directory);
  }

  /** Deletes {@code path} with all it holds; nothing when it does not exist. */
  public static void delete(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> all = Files.walk(path)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /**
   * Bytes of the regular files under {@code path}; 0 when it does not exist. A report directory is
   * a symbolic link to the generation that holds its files: that generation is what is sized.
   */
  public static long size(Path path) throws IOException {
    if (!Files.exists(path)) {
      return 0;
    }
    try (Stream<Path> all = Files.walk(path.toRealPath())) {
      long sum = 0;
      for (Path p : all.filter(Files::isRegularFile).toList()) {
        sum += Files.size(p);
      }
      return sum;
    }
  }
}
