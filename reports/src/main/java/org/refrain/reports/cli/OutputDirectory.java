package org.refrain.reports.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A directory that report files are written into all at once. Every file is first written to a
 * temporary directory beside the target, and only when all are written (and every destination is
 * known to be replaceable) are they moved into place, atomically where the file system allows. A
 * failed run thus leaves the previous report as it was and no temporary files behind.
 */
final class OutputDirectory {

  private final Path directory;

  OutputDirectory(Path directory) {
    this.directory = Objects.requireNonNull(directory, "directory");
  }

  /**
   * Writes each named text as a UTF-8 file and returns the paths written, in the map's order.
   *
   * @throws IOException naming the path that could not be written
   */
  List<Path> writeAll(Map<String, String> files) throws IOException {
    try (Staging staging = stage()) {
      for (Map.Entry<String, String> file : files.entrySet()) {
        staging.write(file.getKey(), out -> out.write(file.getValue()));
      }
      return staging.commit(List.copyOf(files.keySet()));
    }
  }

  /** Writes one file's text. */
  @FunctionalInterface
  interface Content {
    void writeTo(Writer out) throws IOException;
  }

  /**
   * Starts writing a set of files: they go to a hidden directory beside the target, {@link
   * Staging#commit} moves them in, and closing removes what was not moved.
   *
   * @throws IOException naming the path that cannot be written
   */
  Staging stage() throws IOException {
    if (Files.exists(directory) && !Files.isDirectory(directory)) {
      throw new FileSystemException(directory.toString(), null, "not a directory");
    }
    Path absolute = directory.toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    if (parent == null) {
      throw new FileSystemException(directory.toString(), null, "cannot write to the root");
    }
    createDirectories(parent);
    return new Staging(Files.createTempDirectory(parent, "." + absolute.getFileName() + ".tmp-"));
  }

  /** Files being written; thread-safe, so parts built at once can each write theirs. */
  final class Staging implements AutoCloseable {

    private final Path staging;

    private Staging(Path staging) {
      this.staging = staging;
    }

    /** The hidden directory the files are written to. */
    Path directory() {
      return staging;
    }

    /** Where file {@code name} is being written. */
    Path path(String name) {
      return staging.resolve(name);
    }

    /** Writes file {@code name} in UTF-8, streamed: no copy of its text is held. */
    void write(String name, Content content) throws IOException {
      try (Writer out = Files.newBufferedWriter(staging.resolve(name), StandardCharsets.UTF_8)) {
        content.writeTo(out);
      }
    }

    /** Moves the files named into the target directory, in order, and returns their paths. */
    List<Path> commit(List<String> names) throws IOException {
      createDirectories(directory);
      for (String name : names) {
        requireReplaceable(directory.resolve(name));
      }
      List<Path> written = new ArrayList<>();
      for (String name : names) {
        Path target = directory.resolve(name);
        move(staging.resolve(name), target);
        written.add(target);
      }
      return written;
    }

    @Override
    public void close() {
      deleteRecursively(staging);
    }
  }

  /** Like {@link Files#createDirectories}, but says why when a path on the way is a file. */
  private static void createDirectories(Path path) throws IOException {
    try {
      Files.createDirectories(path);
    } catch (FileAlreadyExistsException e) {
      throw new FileSystemException(e.getFile(), null, "not a directory");
    }
  }

  private static void requireReplaceable(Path target) throws IOException {
    if (Files.isDirectory(target)) {
      throw new FileSystemException(target.toString(), null, "is a directory");
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Best effort: failing to tidy up must not hide the error that made the run fail. */
  private static void deleteRecursively(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException | UncheckedIOException e) {
      // Left behind: a hidden ".NAME.tmp-*" directory beside the report.
    }
  }
}
