package org.refrain.reports.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A directory that report files are written into all at once. The files are written to a new hidden
 * generation directory beside the target {@code DIR}, and a commit switches {@code DIR} to it in
 * one step: {@code DIR} is a symbolic link to the generation, and a new link, made under a
 * temporary name, is renamed over it (a rename over a link is atomic on POSIX file systems). A
 * reader of {@code DIR} thus sees the previous report or the new one, each whole; a run that fails
 * or is killed leaves the previous report as it was, and what it left beside it the next run
 * removes (see {@link OutputLayout#sweep}). The previous generation is retired, not deleted, and
 * the next commit deletes it: a reader that opened it just before the switch (a listing, a copy)
 * would otherwise see its files vanish under it (a test listing {@code DIR} during 50 commits saw
 * that several times). So one old report stays on disk until the next run.
 *
 * <p>Where that cannot be done, the next best thing is:
 *
 * <ul>
 *   <li>{@code DIR} is a real directory, from an older version or made by the user, holding only
 *       report files ({@code .csv}, {@code .md}, {@code .json}, {@code .html}; empty counts): it is
 *       renamed aside, the link renamed in, and the old directory retired; a run killed between the
 *       two renames is undone by the next. A directory holding anything else is never replaced (it
 *       may be a user's {@code --out .}): the files are moved into it one by one, and other files
 *       are left alone.
 *   <li>symbolic links cannot be made (Windows without the privilege): the generation directory
 *       itself is renamed in, aside-then-in when {@code DIR} exists.
 *   <li>the parent of {@code DIR} cannot be written but {@code DIR} can: the files are staged in a
 *       hidden directory inside {@code DIR} and moved in one by one.
 * </ul>
 *
 * In every case a file of the previous report that the new one does not have is gone afterwards,
 * except from a directory whose other files are left alone.
 */
final class OutputDirectory {

  /** The files a report writes: a real directory holding only these may be replaced whole. */
  private static final List<String> REPORT_FILES = List.of(".csv", ".md", ".json", ".html");

  private final Path directory;
  private final boolean links;

  OutputDirectory(Path directory) {
    this(directory, true);
  }

  /**
   * @param links false to write as where symbolic links cannot be made
   */
  OutputDirectory(Path directory, boolean links) {
    this.directory = Objects.requireNonNull(directory, "directory");
    this.links = links;
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
   * Starts writing a set of files: they go to a hidden directory, {@link Staging#commit} makes them
   * the report, and closing removes what was not committed. First removes what runs that are gone
   * left behind.
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
    OutputLayout layout = new OutputLayout(absolute);
    layout.sweep();
    OutputOwner owner = OutputOwner.current();
    try {
      Path generation =
          OutputLayout.createDirectory(parent, layout.prefix(OutputLayout.Kind.GENERATION, owner));
      return new Staging(layout, generation, false);
    } catch (IOException beside) {
      if (!Files.isDirectory(absolute) || !Files.isWritable(absolute)) {
        throw naming(beside, parent);
      }
      Path inside =
          OutputLayout.createDirectory(absolute, OutputLayout.INSIDE_PREFIX + owner + "-");
      return new Staging(layout, inside, true);
    }
  }

  /** Files being written; thread-safe, so parts built at once can each write theirs. */
  final class Staging implements AutoCloseable {

    private final OutputLayout layout;
    private final Path staging;
    private final boolean inside;

    /** True once the staging directory is the report: closing then leaves it. */
    private boolean published;

    private Staging(OutputLayout layout, Path staging, boolean inside) {
      this.layout = layout;
      this.staging = staging;
      this.inside = inside;
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

    /**
     * Makes the files named, and only those, the report in the target directory, and returns their
     * paths there, in order.
     */
    List<Path> commit(List<String> names) throws IOException {
      Set<String> kept = new HashSet<>(names);
      for (String name : names) {
        if (!Files.isRegularFile(staging.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
          throw new NoSuchFileException(staging.resolve(name).toString(), null, "not written");
        }
      }
      removeAllBut(staging, kept, null);
      if (inside) {
        moveIn(names, layout.linkedGeneration() != null);
      } else {
        publish(names);
      }
      return names.stream().map(directory::resolve).toList();
    }

    private void publish(List<String> names) throws IOException {
      Path target = layout.target();
      Path linked = layout.linkedGeneration();
      boolean missing = !Files.exists(target, LinkOption.NOFOLLOW_LINKS);
      if (!missing && linked == null && !replaceable(target)) {
        moveIn(names, false);
        return;
      }
      Path link = links ? link() : null;
      Path incoming = link != null ? link : staging;
      if (missing || (linked != null && link != null)) {
        try {
          Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
          OutputLayout.deleteTree(link);
          throw e;
        }
        published = true;
        layout.retire(linked);
      } else {
        swap(incoming, link, names);
      }
    }

    /** A link to the staging directory under a temporary name, or null when none can be made. */
    private Path link() {
      Path link = layout.sibling(staging, OutputLayout.Kind.LINK);
      try {
        return Files.createSymbolicLink(link, staging.getFileName());
      } catch (IOException | UnsupportedOperationException | SecurityException e) {
        return null;
      }
    }

    /**
     * Renames the target aside and {@code incoming} in; puts the target back if that fails. A
     * target that cannot be renamed (a mount point, say) gets the files moved in instead.
     */
    private void swap(Path incoming, Path link, List<String> names) throws IOException {
      Path target = layout.target();
      Path linked = layout.linkedGeneration();
      Path aside = layout.sibling(staging, OutputLayout.Kind.ASIDE);
      try {
        Files.move(target, aside, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException | RuntimeException e) {
        OutputLayout.deleteTree(link);
        moveIn(names, linked != null);
        return;
      }
      try {
        Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException | RuntimeException e) {
        try {
          Files.move(aside, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException undo) {
          e.addSuppressed(undo); // the next run's sweep puts it back
        }
        OutputLayout.deleteTree(link);
        throw e;
      }
      published = true;
      if (linked != null) {
        OutputLayout.deleteTree(aside); // the old link
      }
      layout.retire(linked != null ? linked : aside);
    }

    /**
     * Moves the files into the target one by one, after checking that each can be replaced. With
     * {@code whole}, or when the target held only report files, files not named are removed.
     */
    private void moveIn(List<String> names, boolean whole) throws IOException {
      Path target = directory; // as given, so that an error names the path the user gave
      createDirectories(target);
      for (String name : names) {
        requireReplaceable(target.resolve(name));
      }
      // Staging inside the target, the staging directory is no part of what it held.
      String ignored = inside ? staging.getFileName().toString() : null;
      boolean replace = whole || reportFilesOnly(target, ignored);
      for (String name : names) {
        move(staging.resolve(name), target.resolve(name));
      }
      if (replace) {
        removeAllBut(target, new HashSet<>(names), ignored);
      }
    }

    @Override
    public void close() {
      if (!published) {
        OutputLayout.deleteTree(staging);
      }
    }
  }

  /** True for a real, writable directory that holds nothing but report files. */
  private static boolean replaceable(Path target) {
    return !Files.isSymbolicLink(target)
        && Files.isWritable(target)
        && reportFilesOnly(target, null);
  }

  /**
   * True when {@code dir} holds only regular, visible report files, entry {@code ignored} aside.
   */
  private static boolean reportFilesOnly(Path dir, String ignored) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries
          .filter(e -> !e.getFileName().toString().equals(ignored))
          .allMatch(OutputDirectory::isReportFile);
    } catch (IOException | UncheckedIOException e) {
      return false;
    }
  }

  private static boolean isReportFile(Path path) {
    String name = path.getFileName().toString();
    return !name.startsWith(".")
        && REPORT_FILES.stream().anyMatch(name::endsWith)
        && Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS);
  }

  /** Deletes what {@code dir} holds but {@code kept} does not name, entry {@code ignored} aside. */
  private static void removeAllBut(Path dir, Set<String> kept, String ignored) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      for (Path entry : entries.toList()) {
        String name = entry.getFileName().toString();
        if (!name.equals(ignored) && !kept.contains(name)) {
          OutputLayout.deleteTree(entry);
        }
      }
    }
  }

  /**
   * The failure to make a directory in {@code parent}, saying so rather than naming a temporary.
   */
  private static IOException naming(IOException e, Path parent) {
    if (e instanceof AccessDeniedException) {
      IOException named = new AccessDeniedException(parent.toString());
      named.initCause(e);
      return named;
    }
    return e;
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
}
