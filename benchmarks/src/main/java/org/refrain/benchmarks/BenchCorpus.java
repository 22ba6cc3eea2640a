package org.refrain.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.refrain.benchmarks.jvm.Directories;
import org.refrain.benchmarks.synthetic.LetterDocumentWriter;
import org.refrain.benchmarks.synthetic.SyntheticCorpus;
import org.refrain.benchmarks.synthetic.SyntheticOptions;
import org.refrain.benchmarks.synthetic.Target;
import org.refrain.corpus.Letter;

/**
 * A synthetic corpus written to disk for {@link ReportBenchmark}: {@code corpus-N/} under the work
 * directory, one .txt file per letter, and beside it {@code corpus-N.properties}, written last,
 * saying what it holds. A directory whose marker names the same seed and size and that holds as
 * many files is reused; anything else is deleted and written again (generating 10,000 letters takes
 * a while, and the page cache keeps a reused corpus warm alike).
 *
 * @param directory the letters' files
 * @param letters how many letters
 * @param bytes bytes of the files
 * @param latestYear the latest year a letter is dated (keyness compares it with the rest)
 * @param reused whether an existing corpus was reused
 */
record BenchCorpus(Path directory, int letters, long bytes, int latestYear, boolean reused) {

  /**
   * The marker's format: bump when the generator's output changes, so old corpora are rewritten.
   */
  static final String FORMAT = "1";

  /**
   * The corpus of {@code letters} letters of {@code seed} under {@code work}, written if needed.
   */
  static BenchCorpus prepare(Path work, long seed, int letters, PrintStream progress) {
    Path directory = work.resolve("corpus-" + letters);
    Path marker = work.resolve("corpus-" + letters + ".properties");
    try {
      BenchCorpus existing = existing(directory, marker, seed, letters);
      if (existing != null) {
        progress.printf(
            Locale.ROOT, "reusing %s (%,d letters, seed %d)%n", directory, letters, seed);
        return existing;
      }
      Files.deleteIfExists(marker);
      Directories.recreate(directory);
      progress.printf(Locale.ROOT, "generating %,d letters, seed %d ...%n", letters, seed);
      List<Letter> generated =
          SyntheticCorpus.fromBundled(SyntheticOptions.of(seed, Target.letters(letters)));
      LetterDocumentWriter.write(generated, directory);
      int latest =
          generated.stream()
              .filter(l -> l.date() != null)
              .mapToInt(l -> l.date().value().getYear())
              .max()
              .orElse(0);
      BenchCorpus written =
          new BenchCorpus(directory, letters, Directories.size(directory), latest, false);
      written.mark(marker, seed);
      return written;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static BenchCorpus existing(Path directory, Path marker, long seed, int letters)
      throws IOException {
    if (!Files.isRegularFile(marker) || !Files.isDirectory(directory)) {
      return null;
    }
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(marker, StandardCharsets.UTF_8)) {
      p.load(in);
    }
    long files;
    try (Stream<Path> all = Files.list(directory)) {
      files = all.count();
    }
    boolean same =
        FORMAT.equals(p.getProperty("format"))
            && Long.toString(seed).equals(p.getProperty("seed"))
            && Integer.toString(letters).equals(p.getProperty("letters"))
            && files == letters;
    if (!same) {
      return null;
    }
    try {
      return new BenchCorpus(
          directory,
          letters,
          Directories.size(directory),
          Integer.parseInt(p.getProperty("latestYear", "")),
          true);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private void mark(Path marker, long seed) throws IOException {
    Properties p = new Properties();
    p.setProperty("format", FORMAT);
    p.setProperty("seed", Long.toString(seed));
    p.setProperty("letters", Integer.toString(letters));
    p.setProperty("latestYear", Integer.toString(latestYear));
    try (Writer out = Files.newBufferedWriter(marker, StandardCharsets.UTF_8)) {
      p.store(out, "SyntheticCorpus.fromBundled, written by LetterDocumentWriter");
    }
  }
}
