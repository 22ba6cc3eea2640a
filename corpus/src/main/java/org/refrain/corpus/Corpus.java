package org.refrain.corpus;

import java.util.List;

/**
 * The letters read from a set of documents, in source order, and what the readers noticed.
 *
 * @param letters every letter, ordered by source file name, then index
 * @param diagnostics warnings and errors, ordered by file then line
 * @param sourcesRead how many files were read into at least one letter
 */
public record Corpus(List<Letter> letters, List<Diagnostic> diagnostics, int sourcesRead) {

  public Corpus {
    letters = List.copyOf(letters);
    diagnostics = List.copyOf(diagnostics);
    if (sourcesRead < 0) {
      throw new IllegalArgumentException("sourcesRead must be >= 0: " + sourcesRead);
    }
  }
}
