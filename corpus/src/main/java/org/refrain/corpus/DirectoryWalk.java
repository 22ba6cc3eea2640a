package org.refrain.corpus;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.refrain.corpus.source.DocumentFormat;

/**
 * Lists the files of a directory argument, recursively and following links. What it skips it says,
 * in few lines: files of a format {@link DocumentFormat} does not read are named in one grouped
 * warning per directory argument; a subdirectory that cannot be read is one error and the rest of
 * the directory is still read; a link that leads back to a directory being walked (a loop) is one
 * warning and is not followed. Hidden files and metadata sidecars are skipped without a word.
 */
final class DirectoryWalk extends SimpleFileVisitor<Path> {

  /** More skipped names than this make the line unreadable; the rest are counted. */
  static final int MAX_NAMED = 10;

  private static final String SIDECAR = ".meta.properties";

  private final Path root;
  private final List<Path> files;
  private final List<Diagnostic> diagnostics;
  private final List<String> unsupported = new ArrayList<>();
  private final DirectoryOpener opener;

  /**
   * Opens a directory to list it. Each directory is opened through it before its entries are
   * visited, so a test can make one directory unreadable whatever the user (root reads a directory
   * whose permissions say no, and CI runs as root).
   */
  @FunctionalInterface
  interface DirectoryOpener {
    DirectoryStream<Path> open(Path dir) throws IOException;
  }

  private DirectoryWalk(
      Path root, List<Path> files, List<Diagnostic> diagnostics, DirectoryOpener opener) {
    this.root = root;
    this.files = files;
    this.diagnostics = diagnostics;
    this.opener = opener;
  }

  /** Adds the readable files under {@code dir} to {@code files}, and what was skipped. */
  static void collect(Path dir, List<Path> files, List<Diagnostic> diagnostics) {
    collect(dir, files, diagnostics, Files::newDirectoryStream);
  }

  /** As {@link #collect(Path, List, List)}, opening directories through {@code opener}. */
  static void collect(
      Path dir, List<Path> files, List<Diagnostic> diagnostics, DirectoryOpener opener) {
    DirectoryWalk walk = new DirectoryWalk(dir, files, diagnostics, opener);
    try {
      Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, walk);
    } catch (IOException | RuntimeException e) {
      diagnostics.add(
          Diagnostic.error(dir.toString(), "directory cannot be read (" + why(e) + ")"));
    }
    walk.reportUnsupported();
  }

  @Override
  public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
    if (!dir.equals(root) && hidden(dir)) {
      return FileVisitResult.SKIP_SUBTREE;
    }
    try (DirectoryStream<Path> entries = opener.open(dir)) {
      // Opened only to know it can be read: the walk lists it.
    } catch (IOException e) {
      visitFileFailed(dir, e);
      return FileVisitResult.SKIP_SUBTREE;
    }
    return FileVisitResult.CONTINUE;
  }

  @Override
  public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
    if (!attrs.isRegularFile() || hidden(file)) {
      return FileVisitResult.CONTINUE;
    }
    String name = name(file);
    if (DocumentFormat.forFileName(name).isPresent()) {
      files.add(file);
    } else if (!name.endsWith(SIDECAR)) {
      unsupported.add(relative(file));
    }
    return FileVisitResult.CONTINUE;
  }

  @Override
  public FileVisitResult visitFileFailed(Path file, IOException e) {
    if (e instanceof FileSystemLoopException) {
      diagnostics.add(
          Diagnostic.warning(
              root.toString(),
              0,
              relative(file) + " links back to a directory above it (a loop); not followed"));
    } else if (Files.isDirectory(file)) {
      diagnostics.add(
          Diagnostic.error(
              root.toString(), relative(file) + ": subdirectory cannot be read, skipped"));
    } else {
      diagnostics.add(
          Diagnostic.error(root.toString(), relative(file) + ": cannot be read (" + why(e) + ")"));
    }
    return FileVisitResult.CONTINUE;
  }

  @Override
  public FileVisitResult postVisitDirectory(Path dir, IOException e) {
    if (e != null) {
      diagnostics.add(
          Diagnostic.error(
              root.toString(),
              relative(dir) + ": subdirectory could not be read to the end (" + why(e) + ")"));
    }
    return FileVisitResult.CONTINUE;
  }

  private void reportUnsupported() {
    if (unsupported.isEmpty()) {
      return;
    }
    unsupported.sort(null);
    int n = unsupported.size();
    String names = String.join(", ", unsupported.subList(0, Math.min(n, MAX_NAMED)));
    if (n > MAX_NAMED) {
      names += " and " + (n - MAX_NAMED) + " more";
    }
    diagnostics.add(
        Diagnostic.warning(
            root.toString(),
            0,
            n + (n == 1 ? " file" : " files") + " skipped, not a supported format: " + names));
  }

  private String relative(Path p) {
    Path r = root.relativize(p);
    return r.toString().isEmpty() ? p.toString() : r.toString();
  }

  private static boolean hidden(Path p) {
    return name(p).startsWith(".");
  }

  private static String name(Path p) {
    Path name = p.getFileName();
    return name == null ? p.toString() : name.toString();
  }

  private static String why(Exception e) {
    String msg = e.getMessage();
    return msg == null || msg.isBlank() ? e.getClass().getSimpleName() : msg;
  }
}
