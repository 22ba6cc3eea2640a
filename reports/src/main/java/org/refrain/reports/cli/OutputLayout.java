package org.refrain.reports.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * How a report directory {@code DIR} sits on disk, and the sweep of what interrupted runs left. A
 * report is a hidden generation directory beside {@code DIR} ({@code .DIR.r-OWNER-RANDOM}), and
 * {@code DIR} a symbolic link to it. A run also makes, for a moment, a link under a temporary name
 * ({@code .DIR.l-...}, renamed over {@code DIR}) and, when {@code DIR} is a real directory, the old
 * directory renamed aside ({@code .DIR.a-...}); the generation a commit replaced is kept, retired
 * ({@code .DIR.o-...}), until the next commit. Where the parent cannot be written a run stages in
 * {@code DIR/.refrain-staging-OWNER-RANDOM}. {@code OWNER} is the run's {@link OutputOwner}.
 */
final class OutputLayout {

  /** The prefix of a staging directory inside {@code DIR}, for a parent that cannot be written. */
  static final String INSIDE_PREFIX = ".refrain-staging-";

  /**
   * How old a staging directory without an owner must be to be removed: older versions named theirs
   * {@code .DIR.tmp-RANDOM} and left them behind when killed (95 MB seen); an hour is far longer
   * than any run of those versions took.
   */
  static final Duration UNOWNED_AGE = Duration.ofHours(1);

  /** The hidden entries a run makes beside {@code DIR}, by the letter after {@code .DIR.}. */
  enum Kind {
    GENERATION('r'),
    LINK('l'),
    ASIDE('a'),
    /** A generation {@code DIR} linked to before the last commit; the next commit deletes it. */
    RETIRED('o');

    final char letter;

    Kind(char letter) {
      this.letter = letter;
    }
  }

  private static final Pattern OWNED = Pattern.compile("([rlao])-(\\d+-\\d+)-\\d+");
  private static final Pattern LEGACY = Pattern.compile("tmp-\\d+");
  private static final Pattern INSIDE = Pattern.compile("(\\d+-\\d+)-\\d+");

  /** A hidden entry of this layout: its kind, and its owner (none for an older version's). */
  private record Leftover(Path path, Kind kind, Optional<OutputOwner> owner) {}

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path target;
  private final Path parent;
  private final String prefix;

  /**
   * @param target {@code DIR}, absolute and normalised, with a parent
   */
  OutputLayout(Path target) {
    this.target = target;
    this.parent = target.getParent();
    this.prefix = "." + target.getFileName() + ".";
  }

  Path target() {
    return target;
  }

  /** The start of the name of an entry of {@code kind} that {@code owner} makes. */
  String prefix(Kind kind, OutputOwner owner) {
    return prefix + kind.letter + "-" + owner + "-";
  }

  /**
   * Makes a new directory in {@code parent} named {@code prefix} and random digits. Unlike {@link
   * Files#createTempDirectory}, whose directories only their owner may read, it gets the
   * permissions any new directory gets: a generation is the report others read through {@code DIR}.
   */
  static Path createDirectory(Path parent, String prefix) throws IOException {
    while (true) {
      Path path = parent.resolve(prefix + Long.toUnsignedString(RANDOM.nextLong()));
      try {
        return Files.createDirectory(path);
      } catch (FileAlreadyExistsException e) {
        // Taken (by a concurrent run, or a file of that name): another name.
      }
    }
  }

  /** The entry of {@code kind} that goes with {@code generation}: same owner, same random part. */
  Path sibling(Path generation, Kind kind) {
    String name = generation.getFileName().toString();
    return parent.resolve(prefix + kind.letter + name.substring(prefix.length() + 1));
  }

  /** The generation {@code DIR} links to, or null when {@code DIR} is no link to one of ours. */
  Path linkedGeneration() {
    if (!Files.isSymbolicLink(target)) {
      return null;
    }
    try {
      Path link = Files.readSymbolicLink(target);
      if (link.isAbsolute() || link.getNameCount() != 1) {
        return null;
      }
      Leftover entry = leftover(parent.resolve(link.toString()));
      return entry != null && entry.kind() == Kind.GENERATION ? entry.path() : null;
    } catch (IOException | UnsupportedOperationException e) {
      return null;
    }
  }

  /**
   * Removes what runs that are gone left: their generations (never the one {@code DIR} links to),
   * temporary links and staging directories, and an older version's staging directories once they
   * are an hour old. A swap a run did not finish is undone first: {@code DIR} renamed aside and
   * never replaced is renamed back. A live run's entries are never touched. Best effort: a sweep
   * never fails a run.
   */
  void sweep() {
    List<Leftover> entries = new ArrayList<>();
    try (Stream<Path> list = Files.list(parent)) {
      list.filter(p -> p.getFileName().toString().startsWith(prefix))
          .map(this::leftover)
          .filter(e -> e != null && !e.owner().map(OutputOwner::alive).orElse(false))
          .forEach(entries::add);
    } catch (IOException | UncheckedIOException | SecurityException e) {
      return;
    }
    for (Leftover entry : entries) {
      if (entry.kind() == Kind.ASIDE) {
        finishSwap(entry.path());
      }
    }
    Path linked = linkedGeneration();
    for (Leftover entry : entries) {
      boolean stale = entry.owner().isPresent() || olderThan(entry.path(), UNOWNED_AGE);
      boolean kept = entry.kind() == Kind.ASIDE || entry.kind() == Kind.RETIRED;
      if (!kept && !entry.path().equals(linked) && stale) {
        deleteTree(entry.path());
      }
    }
    sweepInside();
  }

  /**
   * Deletes the generations retired before, and retires {@code replaced} (the generation {@code
   * DIR} linked to until now; null for none), or deletes it if it cannot be renamed.
   */
  void retire(Path replaced) {
    try (Stream<Path> list = Files.list(parent)) {
      list.filter(p -> p.getFileName().toString().startsWith(prefix))
          .map(this::leftover)
          .filter(e -> e != null && e.kind() == Kind.RETIRED)
          .forEach(e -> deleteTree(e.path()));
    } catch (IOException | UncheckedIOException | SecurityException e) {
      // Left for the next commit.
    }
    if (replaced == null) {
      return;
    }
    try {
      Files.move(replaced, sibling(replaced, Kind.RETIRED), StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | UnsupportedOperationException e) {
      deleteTree(replaced);
    }
  }

  /** {@code path} as an entry of this layout, or null when it is none of ours. */
  private Leftover leftover(Path path) {
    String rest = path.getFileName().toString().substring(prefix.length());
    Matcher owned = OWNED.matcher(rest);
    if (owned.matches()) {
      Kind kind =
          switch (owned.group(1).charAt(0)) {
            case 'r' -> Kind.GENERATION;
            case 'l' -> Kind.LINK;
            case 'a' -> Kind.ASIDE;
            default -> Kind.RETIRED;
          };
      return new Leftover(path, kind, OutputOwner.parse(owned.group(2)));
    }
    return LEGACY.matcher(rest).matches()
        ? new Leftover(path, Kind.GENERATION, Optional.empty())
        : null;
  }

  /** Undoes a swap whose run is gone: puts the old {@code DIR} back, or drops it if replaced. */
  private void finishSwap(Path aside) {
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      deleteTree(aside);
      return;
    }
    try {
      Files.move(aside, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | UnsupportedOperationException e) {
      // Left for the next run; the report cannot be written over it until then either.
    }
  }

  /** Staging directories inside {@code DIR} whose runs are gone. */
  private void sweepInside() {
    if (!Files.isDirectory(target)) {
      return;
    }
    try (Stream<Path> list = Files.list(target)) {
      for (Path entry : list.toList()) {
        String name = entry.getFileName().toString();
        Matcher m = INSIDE.matcher(name.substring(Math.min(name.length(), INSIDE_PREFIX.length())));
        if (name.startsWith(INSIDE_PREFIX)
            && m.matches()
            && !OutputOwner.parse(m.group(1)).map(OutputOwner::alive).orElse(true)) {
          deleteTree(entry);
        }
      }
    } catch (IOException | UncheckedIOException | SecurityException e) {
      // Left for the next run.
    }
  }

  private static boolean olderThan(Path path, Duration age) {
    try {
      Instant modified = Files.getLastModifiedTime(path, LinkOption.NOFOLLOW_LINKS).toInstant();
      return modified.isBefore(Instant.now().minus(age));
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Deletes {@code root} (if not null) and all under it, never following a link (a link is deleted,
   * not what it points to). Best effort: failing to tidy up must not hide the error that made a run
   * fail, and what is left the next run's sweep removes.
   */
  static void deleteTree(Path root) {
    if (root == null) {
      return;
    }
    try {
      if (Files.isSymbolicLink(root) || !Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
        Files.deleteIfExists(root);
        return;
      }
      try (Stream<Path> paths = Files.walk(root)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(path);
        }
      }
    } catch (IOException | UncheckedIOException | SecurityException e) {
      // Left behind; see above.
    }
  }
}
