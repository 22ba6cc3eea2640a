package org.refrain.reports.cli;

import java.nio.file.Path;
import java.util.List;
import org.refrain.corpus.Corpus;
import org.refrain.corpus.CorpusReader;

/**
 * Where the commands get their corpus: the {@link CorpusReader} in production, hand-built letters
 * in tests of the command line.
 */
interface CorpusSource {

  /** Reads files and directories that exist. */
  Corpus read(List<Path> paths);

  /** Reads the sample corpus bundled with Refrain. */
  Corpus readBundled();

  /** The real reader. */
  static CorpusSource reader() {
    return new CorpusSource() {
      @Override
      public Corpus read(List<Path> paths) {
        return CorpusReader.create().read(paths);
      }

      @Override
      public Corpus readBundled() {
        return CorpusReader.create().readBundled();
      }
    };
  }
}
