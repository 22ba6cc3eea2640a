package org.refrain.analysis.annotate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refrain.corpus.Letter;

/**
 * The on-disk annotation cache: hits, misses, corrupt entries and a cache that cannot be written.
 */
class AnnotationCacheTest {

  @TempDir Path dir;

  private static final Annotator ANNOTATOR = AnnotateFixtures.ANNOTATOR;

  private static AnnotatedCorpus run(Path cacheDir, List<Letter> letters, int threads) {
    return CorpusAnnotator.of(ANNOTATOR, AnnotationCache.at(cacheDir), threads).annotate(letters);
  }

  /** Where the entry of {@code letter} lives in a cache at {@code cacheDir}. */
  private static Path entry(Path cacheDir, Letter letter) {
    String key = AnnotationCache.key(ANNOTATOR, letter);
    return cacheDir.resolve(key.substring(0, 2)).resolve(key + ".ann");
  }

  private static List<Path> files(Path root) throws IOException {
    if (!Files.exists(root)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static void assertOnlyEntries(Path root) throws IOException {
    for (Path f : files(root)) {
      String name = f.getFileName().toString();
      assertFalse(name.endsWith(".tmp"), "temporary file left behind: " + f);
      assertTrue(name.endsWith(".ann"), "unexpected file in the cache: " + f);
    }
  }

  @Test
  void secondRunReadsEveryLetterFromTheCache() throws IOException {
    List<Letter> letters = AnnotateFixtures.bundled();
    AnnotatedCorpus first = run(dir, letters, 2);
    assertEquals(0, first.fromCache());
    assertEquals(List.of(), first.warnings());
    assertEquals(AnnotateFixtures.annotatedBundled(), first.letters());
    assertEquals(letters.size(), files(dir).size());
    for (Letter letter : letters) {
      assertTrue(Files.isRegularFile(entry(dir, letter)), "no entry for " + letter.id());
    }

    AnnotatedCorpus second = run(dir, letters, 2);
    assertEquals(letters.size(), second.fromCache());
    assertEquals(first.letters(), second.letters());
    assertEquals(List.of(), second.warnings());
    assertOnlyEntries(dir);
  }

  @Test
  void changingOneParagraphMissesForThatLetterOnly() {
    List<Letter> letters = AnnotateFixtures.bundled();
    run(dir, letters, 1);
    List<Letter> changed = new ArrayList<>(letters);
    int k = 4; // 2022-03-24: "We believe that it is crucial ..."
    changed.set(k, AnnotateFixtures.withWordReplaced(letters.get(k), "crucial", "crusial"));
    assertNotEquals(
        AnnotationCache.key(ANNOTATOR, letters.get(k)),
        AnnotationCache.key(ANNOTATOR, changed.get(k)));

    AnnotatedCorpus result = run(dir, changed, 1);
    assertEquals(letters.size() - 1, result.fromCache());
    assertEquals(ANNOTATOR.annotate(changed.get(k)), result.letters().get(k));
    assertTrue(
        result.letters().get(k).tokens().stream().anyMatch(t -> t.text().equals("crusial")),
        "the changed letter was not annotated again");
    for (int i = 0; i < letters.size(); i++) {
      if (i != k) {
        assertEquals(AnnotateFixtures.annotatedBundled().get(i), result.letters().get(i));
      }
    }
    // Both versions are now cached.
    assertEquals(letters.size(), run(dir, changed, 1).fromCache());
    assertEquals(letters.size(), run(dir, letters, 1).fromCache());
  }

  @Test
  void aDifferentAnnotatorVersionMisses() {
    List<Letter> letters = AnnotateFixtures.bundled().subList(0, 2);
    run(dir, letters, 1);
    Annotator other =
        new AnnotateFixtures.DelegatingAnnotator() {
          @Override
          public String version() {
            return ANNOTATOR.version() + "; other rules";
          }
        };
    AnnotatedCorpus result =
        CorpusAnnotator.of(other, AnnotationCache.at(dir), 1).annotate(letters);
    assertEquals(0, result.fromCache());
  }

  @Test
  void corruptEntriesAreMissesAndAreRewritten() throws IOException {
    List<Letter> letters = AnnotateFixtures.bundled();
    run(dir, letters, 1);
    byte[] sound = Files.readAllBytes(entry(dir, letters.get(0)));
    byte[] garbage = new byte[300];
    new Random(7).nextBytes(garbage);

    Files.write(entry(dir, letters.get(0)), Arrays.copyOf(sound, sound.length / 2)); // truncated
    Files.write(entry(dir, letters.get(1)), garbage);
    Files.write(entry(dir, letters.get(2)), new byte[0]);
    byte[] trailing = Files.readAllBytes(entry(dir, letters.get(3)));
    Files.write(entry(dir, letters.get(3)), Arrays.copyOf(trailing, trailing.length + 1));

    AnnotatedCorpus result = run(dir, letters, 2);
    assertEquals(letters.size() - 4, result.fromCache());
    assertEquals(AnnotateFixtures.annotatedBundled(), result.letters());
    assertEquals(List.of(), result.warnings());
    for (Letter letter : letters.subList(0, 4)) {
      assertArrayEquals(
          AnnotationCodec.encode(
              ANNOTATOR.annotate(letter), AnnotationCache.key(ANNOTATOR, letter)),
          Files.readAllBytes(entry(dir, letter)),
          letter.id() + " not rewritten");
    }
    assertEquals(letters.size(), run(dir, letters, 2).fromCache());
    assertOnlyEntries(dir);
  }

  @Test
  void everyTruncationOfAnEntryIsAMiss() throws IOException {
    Letter letter = AnnotateFixtures.bundled().get(5);
    AnnotationCache cache = AnnotationCache.at(dir);
    cache.put(ANNOTATOR, AnnotateFixtures.annotatedBundled().get(5));
    Path file = entry(dir, letter);
    byte[] sound = Files.readAllBytes(file);
    assertEquals(
        Optional.of(AnnotateFixtures.annotatedBundled().get(5)), cache.get(ANNOTATOR, letter));
    for (int length :
        new int[] {0, 1, 3, 4, 7, 8, 9, 20, 27, 28, sound.length / 2, sound.length - 1}) {
      Files.write(file, Arrays.copyOf(sound, length));
      assertEquals(Optional.empty(), cache.get(ANNOTATOR, letter), "truncated to " + length);
    }
    assertEquals(Optional.empty(), cache.problem());
  }

  @Test
  void randomlyDamagedEntriesNeverThrow() throws IOException {
    Letter letter = AnnotateFixtures.bundled().get(1);
    AnnotationCache cache = AnnotationCache.at(dir);
    cache.put(ANNOTATOR, AnnotateFixtures.annotatedBundled().get(1));
    Path file = entry(dir, letter);
    byte[] sound = Files.readAllBytes(file);
    Random random = new Random(11);
    for (int i = 0; i < 300; i++) {
      byte[] damaged = sound.clone();
      for (int j = 1 + random.nextInt(4); j > 0; j--) {
        damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
      }
      Files.write(file, damaged);
      Optional<AnnotatedLetter> read =
          assertDoesNotThrow(() -> cache.get(ANNOTATOR, letter), "damage " + i);
      read.ifPresent(AnnotateFixtures::assertWellFormed);
    }
  }

  @Test
  void anEntryWithADamagedTokenSpanIsAMiss() throws IOException {
    Letter letter = AnnotateFixtures.bundled("2022-03-24_hrc49_letter-to-president-moon#1");
    AnnotatedLetter sound =
        AnnotateFixtures.annotatedBundled("2022-03-24_hrc49_letter-to-president-moon#1");
    byte[] data = AnnotationCodec.encode(sound, AnnotationCache.key(ANNOTATOR, letter));
    // magic, key (2-byte length + 64 hex digits), sentence count, then the first sentence's
    // start, end, paragraph and token count, then its first token's start and end: move that end
    // one character on.
    ByteBuffer buffer = ByteBuffer.wrap(data);
    int firstTokenEnd = 4 + 66 + 4 + 16 + 4;
    assertEquals(
        sound.sentences().get(0).tokens().get(0).span().end(), buffer.getInt(firstTokenEnd));
    buffer.putInt(firstTokenEnd, buffer.getInt(firstTokenEnd) + 1);
    Files.createDirectories(entry(dir, letter).getParent());
    Files.write(entry(dir, letter), data);

    AnnotatedCorpus result = run(dir, List.of(letter), 1);
    assertEquals(0, result.fromCache(), "a damaged entry was read as sound");
    assertEquals(sound, result.letters().get(0));
  }

  @Test
  void anotherLettersEntryIsAMiss() throws IOException {
    Letter letter = AnnotateFixtures.bundled("2020-02-21_hrc43_letter-to-president-moon#1");
    AnnotatedLetter foreign =
        AnnotateFixtures.annotatedBundled("2022-03-24_hrc49_letter-to-president-moon#1");
    Files.createDirectories(entry(dir, letter).getParent());
    Files.write(
        entry(dir, letter),
        AnnotationCodec.encode(foreign, AnnotationCache.key(ANNOTATOR, foreign.letter())));
    Optional<AnnotatedLetter> read = AnnotationCache.at(dir).get(ANNOTATOR, letter);
    assertTrue(
        read.isEmpty(),
        () -> "decoded as " + read.get().tokens().subList(0, 5).stream().map(Token::text).toList());
  }

  @Test
  void aCacheDirectoryThatCannotBeCreatedIsAProblemNotAFailure() throws IOException {
    Path plainFile = dir.resolve("not-a-directory");
    Files.writeString(plainFile, "a regular file");
    AnnotationCache cache = AnnotationCache.at(plainFile.resolve("cache"));
    List<Letter> letters = AnnotateFixtures.bundled().subList(0, 3);

    AnnotatedCorpus result =
        assertDoesNotThrow(() -> CorpusAnnotator.of(ANNOTATOR, cache, 2).annotate(letters));
    assertEquals(AnnotateFixtures.annotatedBundled().subList(0, 3), result.letters());
    assertEquals(0, result.fromCache());
    assertTrue(cache.problem().isPresent(), "no problem recorded");
    assertTrue(cache.problem().get().contains("not-a-directory"), cache.problem().get());
    assertEquals(List.of(cache.problem().get()), result.warnings());
    assertEquals("a regular file", Files.readString(plainFile));
    assertEquals(List.of(plainFile), files(dir));
  }

  @Test
  void aCacheDirectoryThatIsAFileIsAProblemNotAFailure() throws IOException {
    Path plainFile = dir.resolve("cache-file");
    Files.writeString(plainFile, "x");
    AnnotationCache cache = AnnotationCache.at(plainFile);
    AnnotatedCorpus result =
        CorpusAnnotator.of(ANNOTATOR, cache, 1).annotate(AnnotateFixtures.bundled().subList(0, 1));
    assertEquals(AnnotateFixtures.annotatedBundled().subList(0, 1), result.letters());
    assertEquals(1, result.warnings().size());
  }

  @Test
  void noCacheStoresNothingAndNeverHits() {
    AnnotationCache none = AnnotationCache.none();
    assertEquals(Optional.empty(), none.directory());
    List<Letter> letters = AnnotateFixtures.bundled().subList(0, 2);
    CorpusAnnotator annotator = CorpusAnnotator.of(ANNOTATOR, none, 2);
    annotator.annotate(letters);
    AnnotatedCorpus second = annotator.annotate(letters);
    assertEquals(0, second.fromCache());
    assertEquals(List.of(), second.warnings());
    assertEquals(Optional.empty(), none.problem());
  }

  @Test
  void concurrentWritersOfTheSameEntriesLeaveSoundEntriesAndNoTemporaryFiles() throws IOException {
    List<Letter> twice = new ArrayList<>(AnnotateFixtures.bundled());
    twice.addAll(AnnotateFixtures.bundled());
    twice.addAll(AnnotateFixtures.bundled());
    AnnotatedCorpus result = run(dir, twice, 4);
    assertEquals(List.of(), result.warnings());
    assertOnlyEntries(dir);
    assertEquals(AnnotateFixtures.bundled().size(), files(dir).size());
    AnnotatedCorpus again = run(dir, AnnotateFixtures.bundled(), 4);
    assertEquals(AnnotateFixtures.bundled().size(), again.fromCache());
    assertEquals(AnnotateFixtures.annotatedBundled(), again.letters());
  }

  @Test
  void theCacheDirectoryIsAbsoluteAndNormalised() {
    Path relative = Path.of("target", "..", "target", "annotations");
    assertEquals(
        Optional.of(relative.toAbsolutePath().normalize()),
        AnnotationCache.at(relative).directory());
  }
}
