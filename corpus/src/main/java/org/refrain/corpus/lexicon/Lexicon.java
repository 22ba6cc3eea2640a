package org.refrain.corpus.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The one loader of Refrain's word lists (stop words, titles, request verbs, the rhetoric lexicon,
 * country names, signatory words, chrome patterns ...): each is a UTF-8 resource beside the class
 * that reads it, one entry a line (tab-separated fields for {@code .tsv}), {@code #} comments and
 * blank lines skipped, a byte-order mark ignored. A lexicon with a user's directory ({@code
 * --lexicon DIR}) reads a list from the file of the same name there when there is one, in place of
 * the bundled list. An entry that does not parse, or a file that cannot be read, is a {@link
 * LexiconException} naming {@code file:line}. Each list is read once per lexicon; thread-safe.
 */
public final class Lexicon {

  private static final Lexicon BUNDLED = new Lexicon(null);

  private final Path directory;
  private final Map<Object, Object> loaded = new ConcurrentHashMap<>();

  private Lexicon(Path directory) {
    this.directory = directory;
  }

  /** The bundled lists only. */
  public static Lexicon bundled() {
    return BUNDLED;
  }

  /**
   * The bundled lists, each replaced by the file of the same name in {@code directory} if it has
   * one.
   *
   * @throws LexiconException when {@code directory} is not a readable directory
   */
  public static Lexicon overriddenBy(Path directory) {
    Objects.requireNonNull(directory, "directory");
    if (!Files.isDirectory(directory)) {
      throw new LexiconException(
          directory + ": " + (Files.exists(directory) ? "not a directory" : "no such directory"));
    }
    return new Lexicon(directory);
  }

  /** The user's directory, if lists are overridden. */
  public Optional<Path> directory() {
    return Optional.ofNullable(directory);
  }

  /** Whether the user's directory replaces the list {@code name} ("stopwords.txt"). */
  public boolean overrides(String name) {
    return directory != null && Files.isRegularFile(directory.resolve(fileName(name)));
  }

  /**
   * The files of the user's directory that look like word lists ({@code .txt}, {@code .tsv}) but
   * name none of {@code known}: most likely a misspelt name that would silently be ignored.
   */
  public List<Path> unknownFiles(Set<String> known) {
    if (directory == null) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> isList(f.getFileName().toString()))
          .filter(f -> !known.contains(f.getFileName().toString()))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new LexiconException(directory + ": cannot list: " + reason(e));
    }
  }

  private static boolean isList(String name) {
    return !name.startsWith(".") && (name.endsWith(".txt") || name.endsWith(".tsv"));
  }

  /**
   * The entries of list {@code resource} (a resource name resolved against {@code anchor}'s
   * package, or absolute), in order: the user's file of the same name if there is one, else the
   * bundled resource.
   */
  public List<Entry> entries(Class<?> anchor, String resource) {
    String name = fileName(resource);
    if (overrides(name)) {
      Path file = directory.resolve(name);
      return entries(file.toString(), read(file));
    }
    return entries(bundledName(anchor, resource), bundled(anchor, resource));
  }

  /** The texts of the entries of {@code resource}, in order. */
  public List<String> lines(Class<?> anchor, String resource) {
    return entries(anchor, resource).stream().map(Entry::text).toList();
  }

  /**
   * Each entry of {@code resource} read by {@code reader}, in order. An {@link
   * IllegalArgumentException} it throws becomes a {@link LexiconException} naming the entry's
   * {@code file:line}.
   */
  public <T> List<T> each(Class<?> anchor, String resource, Function<Entry, T> reader) {
    List<T> read = new ArrayList<>();
    for (Entry entry : entries(anchor, resource)) {
      try {
        read.add(reader.apply(entry));
      } catch (LexiconException e) {
        throw e;
      } catch (IllegalArgumentException e) {
        throw entry.error(e.getMessage());
      }
    }
    return read;
  }

  /**
   * What {@code make} builds from this lexicon's lists, built once per lexicon under {@code key}
   * (the bundled lexicon's once per process). {@code make} may itself ask for other keys.
   */
  @SuppressWarnings("unchecked")
  public <T> T once(Object key, Supplier<T> make) {
    Object found = loaded.get(key);
    if (found == null) {
      // Not computeIfAbsent: a list built from lists would update the map from inside it.
      Object made = Objects.requireNonNull(make.get(), "made");
      found = loaded.putIfAbsent(key, made);
      if (found == null) {
        found = made;
      }
    }
    return (T) found;
  }

  /**
   * One entry of a list.
   *
   * @param text the line, stripped
   * @param file the file it is in: the user's path, or the bundled resource's
   * @param line its line number, from 1
   */
  public record Entry(String text, String file, int line) {
    public Entry {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(file, "file");
    }

    /**
     * The entry's tab-separated fields, stripped.
     *
     * @throws LexiconException naming {@code file:line} when there are not {@code count}
     */
    public List<String> fields(int count, String what) {
      String[] parts = text.split("\t");
      if (parts.length != count) {
        throw error(
            "expected " + count + " tab-separated fields (" + what + "), found " + parts.length);
      }
      List<String> fields = new ArrayList<>(count);
      for (String part : parts) {
        fields.add(part.strip());
      }
      return fields;
    }

    /** A one-line error about this entry: "file:line: what". */
    public LexiconException error(String what) {
      return new LexiconException(file + ":" + line + ": " + what);
    }
  }

  private static List<Entry> entries(String file, String text) {
    List<Entry> entries = new ArrayList<>();
    String[] lines = text.split("\r?\n|\r", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = i == 0 && lines[0].startsWith("\uFEFF") ? lines[0].substring(1) : lines[i];
      String entry = line.strip();
      if (!entry.isEmpty() && !entry.startsWith("#")) {
        entries.add(new Entry(entry, file, i + 1));
      }
    }
    return entries;
  }

  private static String read(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new LexiconException(file + ": not UTF-8 text");
    } catch (IOException e) {
      throw new LexiconException(file + ": cannot read: " + reason(e));
    }
  }

  private static String bundled(Class<?> anchor, String resource) {
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** "org/refrain/analysis/language/stopwords.txt": where a bundled entry is, for its errors. */
  private static String bundledName(Class<?> anchor, String resource) {
    if (resource.startsWith("/")) {
      return resource.substring(1);
    }
    return anchor.getPackageName().replace('.', '/') + "/" + resource;
  }

  /** The name a list is overridden by: its resource's file name. */
  private static String fileName(String resource) {
    return resource.substring(resource.lastIndexOf('/') + 1);
  }

  private static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message;
  }
}
