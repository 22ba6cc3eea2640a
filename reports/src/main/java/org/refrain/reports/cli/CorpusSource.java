package org.refrain.reports.cli;

import java.nio.file.Path;
import java.util.List;
import org.refrain.corpus.Corpus;
import org.refrain.corpus.CorpusReader;
import org.refrain.corpus.PartsHash;
import org.refrain.corpus.clean.ChromeFilter;
import org.refrain.corpus.lexicon.Lexicon;

/**
 * Where the commands get their corpus: the {@link CorpusReader} in production, hand-built letters
 * in tests of the command line.
 */
interface CorpusSource {

  /** Reads files and directories that exist. */
  Corpus read(List<Path> paths);

  /** Reads the sample corpus bundled with Refrain. */
  Corpus readBundled();

  /**
   * What the corpus read from {@code paths} (empty: the bundled one) depends on, as text for a
   * cache key: for the real reader, the names and bytes of the files it would read (its own
   * patterns, word lists and code are the caller's to add); by default, every letter the source
   * gives, in full.
   */
  default String fingerprint(List<Path> paths) {
    Corpus corpus = paths.isEmpty() ? readBundled() : read(paths);
    return PartsHash.of(
        List.of(
            org.refrain.reports.json.LetterJson.write(corpus.letters()),
            corpus.diagnostics().toString(),
            String.valueOf(corpus.sourcesRead())));
  }

  /**
   * This source with {@code chrome} as its page-furniture patterns and {@code lexicon}'s signatory
   * word lists and countries. Sources that read no documents (test doubles) ignore them.
   */
  default CorpusSource withLists(ChromeFilter chrome, Lexicon lexicon) {
    return this;
  }

  /**
   * This source reading the same letter found in several files once per file ({@code
   * --keep-copies}). Sources that read no documents (test doubles) ignore it.
   */
  default CorpusSource keepingCopies() {
    return this;
  }

  /** The real reader. */
  static CorpusSource reader() {
    return reader(CorpusReader.create());
  }

  private static CorpusSource reader(CorpusReader reader) {
    return new CorpusSource() {
      @Override
      public Corpus read(List<Path> paths) {
        return reader.read(paths);
      }

      @Override
      public Corpus readBundled() {
        return reader.readBundled();
      }

      @Override
      public String fingerprint(List<Path> paths) {
        if (paths.isEmpty()) {
          return "bundled"; // inside the build, which every key names
        }
        List<String> parts = new java.util.ArrayList<>();
        for (Path input : CorpusReader.inputs(paths)) {
          parts.add(input.toString());
          parts.add(ReportCache.fingerprint(input));
        }
        return PartsHash.of(parts);
      }

      @Override
      public CorpusSource withLists(ChromeFilter chrome, Lexicon lexicon) {
        return reader(CorpusReader.create(chrome, lexicon));
      }

      @Override
      public CorpusSource keepingCopies() {
        return reader(reader.keepingCopies());
      }
    };
  }
}
