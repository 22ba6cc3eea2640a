package org.refrain.analysis.annotate;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.refrain.corpus.Letter;
import org.refrain.corpus.Paragraph;

/**
 * Annotations kept on disk, one file per letter, named by a SHA-256 of the annotator's version and
 * the letter's body paragraphs: a second run on an unchanged corpus reads them instead of
 * annotating again, and any change to the text, the models or the rules misses. Entries are written
 * to a temporary file and moved into place, so a reader never sees half an entry. A cache that
 * cannot be read or written is not an error: the letter is annotated, and the first problem is kept
 * as a warning. Thread-safe.
 */
public final class AnnotationCache {

  private final Path directory;
  private final AtomicReference<String> problem = new AtomicReference<>();

  private AnnotationCache(Path directory) {
    this.directory = directory;
  }

  /** A cache in {@code directory}, created when first written. */
  public static AnnotationCache at(Path directory) {
    return new AnnotationCache(directory.toAbsolutePath().normalize());
  }

  /** No cache: every lookup misses and nothing is stored. */
  public static AnnotationCache none() {
    return new AnnotationCache(null);
  }

  /** Where the cache lives, if anywhere. */
  public Optional<Path> directory() {
    return Optional.ofNullable(directory);
  }

  /** The first problem met reading or writing the cache, if any. */
  public Optional<String> problem() {
    return Optional.ofNullable(problem.get());
  }

  /** The cached annotation of {@code letter} by {@code annotator}, if there is a sound one. */
  public Optional<AnnotatedLetter> get(Annotator annotator, Letter letter) {
    if (directory == null) {
      return Optional.empty();
    }
    String key = key(annotator, letter);
    Path file = file(key);
    try {
      return Optional.of(AnnotationCodec.decode(letter, key, Files.readAllBytes(file)));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      // A corrupt or foreign entry is re-annotated and overwritten.
      return Optional.empty();
    }
  }

  /** Stores {@code annotated}; failures are remembered, never thrown. */
  public void put(Annotator annotator, AnnotatedLetter annotated) {
    if (directory == null) {
      return;
    }
    String key = key(annotator, annotated.letter());
    Path file = file(key);
    try {
      Files.createDirectories(file.getParent());
      Path temp = Files.createTempFile(file.getParent(), ".entry", ".tmp");
      try {
        Files.write(temp, AnnotationCodec.encode(annotated, key));
        move(temp, file);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException | SecurityException e) {
      problem.compareAndSet(null, "annotation cache " + directory + " not written: " + describe(e));
    }
  }

  private static void move(Path temp, Path file) throws IOException {
    try {
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private Path file(String key) {
    return directory.resolve(key.substring(0, 2)).resolve(key + ".ann");
  }

  /** The entry's key: what the annotation depends on, hashed. */
  static String key(Annotator annotator, Letter letter) {
    StringBuilder basis = new StringBuilder(annotator.version()).append('\n');
    for (Paragraph paragraph : letter.paragraphs()) {
      basis.append(paragraph.span().start()).append(' ').append(paragraph.span().end());
      basis.append('\n').append(paragraph.text()).append('\u0000');
    }
    return OpenNlpAnnotator.sha256(basis.toString());
  }

  private static String describe(Exception e) {
    String message = e.getMessage();
    String kind = e.getClass().getSimpleName().replace("Exception", "");
    return message == null ? kind : kind + " " + message;
  }
}
