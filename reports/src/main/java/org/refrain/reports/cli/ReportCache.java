package org.refrain.reports.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.refrain.corpus.PartsHash;

/**
 * Reports kept between runs: a second {@code refrain report} on an unchanged corpus with the same
 * settings and the same build writes the files the first one rendered instead of analysing again.
 * The key is a SHA-256 of everything the report depends on: the build (version and build time, so
 * any new build misses), the settings and the files they name, and the corpus's input files (names
 * and bytes), so a hit reads no letter at all. The report is deterministic, so a hit gives the very
 * bytes an analysis would. Entries live in {@code reports/} under the annotation cache's directory,
 * written to a temporary directory and renamed into place; the newest {@link #KEPT} are kept. A
 * cache that cannot be read or written is never an error: the report is computed, and the problem
 * is one warning.
 */
final class ReportCache {

  /** Entries kept; older ones are removed when a new one is stored. */
  static final int KEPT = 4;

  private static final String INDEX = ".index";
  private static final String MESSAGES = ".messages";

  private final Path directory;

  private ReportCache(Path directory) {
    this.directory = directory;
  }

  /** A cache under {@code cacheRoot}, or none when it is empty (no cache asked for). */
  static ReportCache at(Optional<Path> cacheRoot) {
    return new ReportCache(cacheRoot.map(root -> root.resolve("reports")).orElse(null));
  }

  /**
   * A report once rendered: its files, in report order, where they are stored, and the messages its
   * run printed on stderr (the reader's and the stages'), which a hit prints again.
   */
  record Entry(List<String> names, List<String> messages, Path directory) {

    /** Where file {@code name} of the entry is stored. */
    Path file(String name) {
      return directory.resolve(name);
    }
  }

  /** The build this code comes from, for the key: version and build time. */
  static String build() {
    try (InputStream in = ReportCache.class.getResourceAsStream(VersionProvider.RESOURCE)) {
      Properties properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      return properties.getProperty("version", "?") + "@" + properties.getProperty("build", "?");
    } catch (IOException e) {
      return "?";
    }
  }

  /**
   * What a file or directory the user named holds, for the key: "none" when none was named, else
   * every file's path (relative) and bytes. One that cannot be read gives a key that never hits.
   */
  static String fingerprint(Path path) {
    if (path == null) {
      return "none";
    }
    List<String> parts = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(path)) {
      List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
      for (Path file : files) {
        parts.add(path.relativize(file).toString());
        parts.add(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
      }
    } catch (IOException | RuntimeException e) {
      parts.add("unreadable " + System.nanoTime());
    }
    return PartsHash.of(parts);
  }

  /** The entry stored under {@code key}, if there is a sound one. */
  Optional<Entry> get(String key) {
    if (directory == null) {
      return Optional.empty();
    }
    Path entry = directory.resolve(key);
    try {
      if (!Files.isDirectory(entry)) {
        return Optional.empty();
      }
      List<String> names = Files.readAllLines(entry.resolve(INDEX), StandardCharsets.UTF_8);
      for (String name : names) {
        if (!Files.isRegularFile(entry.resolve(name))) {
          return Optional.empty();
        }
      }
      List<String> messages = Files.readAllLines(entry.resolve(MESSAGES), StandardCharsets.UTF_8);
      // Touched so the entries kept are the ones used last.
      Files.setLastModifiedTime(entry, FileTime.from(Instant.now()));
      return Optional.of(new Entry(names, messages, entry));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // damaged or half-removed: computed again and overwritten
    }
  }

  /**
   * Stores under {@code key} the files {@code names}, copied from {@code from}, and the run's
   * {@code messages}.
   *
   * @return the problem met, if the entry could not be stored
   */
  Optional<String> put(String key, List<String> names, Path from, List<String> messages) {
    if (directory == null) {
      return Optional.empty();
    }
    Path temp = null;
    try {
      Files.createDirectories(directory);
      temp = Files.createTempDirectory(directory, ".entry-");
      for (String name : names) {
        Files.copy(from.resolve(name), temp.resolve(name));
      }
      Files.write(temp.resolve(MESSAGES), messages, StandardCharsets.UTF_8);
      // The index last: an entry without one is never read.
      Files.write(temp.resolve(INDEX), names, StandardCharsets.UTF_8);
      Path target = directory.resolve(key);
      if (Files.isDirectory(target)) {
        delete(target);
      }
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target);
      }
      temp = null;
      evict();
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      String reason = e instanceof IOException io ? UserError.reason(io) : String.valueOf(e);
      return Optional.of("report cache " + directory + " not written: " + reason);
    } finally {
      if (temp != null) {
        delete(temp);
      }
    }
  }

  /** Removes all but the {@link #KEPT} entries used last, and stale temporaries. */
  private void evict() throws IOException {
    List<Path> entries = new ArrayList<>();
    try (Stream<Path> all = Files.list(directory)) {
      all.filter(Files::isDirectory).forEach(entries::add);
    }
    entries.sort(Comparator.comparing(ReportCache::modified).reversed());
    int kept = 0;
    for (Path entry : entries) {
      boolean temporary = entry.getFileName().toString().startsWith(".entry-");
      if (temporary ? isStale(entry) : ++kept > KEPT) {
        delete(entry);
      }
    }
  }

  /** A temporary directory an interrupted run left an hour ago or more. */
  private static boolean isStale(Path entry) {
    return modified(entry) < System.currentTimeMillis() - 3_600_000L;
  }

  private static long modified(Path path) {
    try {
      return Files.getLastModifiedTime(path).toMillis();
    } catch (IOException e) {
      return 0;
    }
  }

  private static void delete(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.deleteIfExists(p);
                } catch (IOException e) {
                  // left for the next eviction
                }
              });
    } catch (IOException e) {
      // nothing to remove
    }
  }
}
