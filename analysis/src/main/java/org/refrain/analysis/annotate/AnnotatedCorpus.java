package org.refrain.analysis.annotate;

import java.util.List;

/**
 * The letters of a corpus annotated, in corpus order, and how many came from the cache.
 *
 * @param letters the annotated letters, in the corpus's order
 * @param fromCache how many letters were read from the annotation cache rather than annotated
 * @param warnings problems with the cache (never with the letters), one line each
 */
public record AnnotatedCorpus(List<AnnotatedLetter> letters, int fromCache, List<String> warnings) {

  public AnnotatedCorpus {
    letters = List.copyOf(letters);
    warnings = List.copyOf(warnings);
    if (fromCache < 0 || fromCache > letters.size()) {
      throw new IllegalArgumentException("fromCache out of range: " + fromCache);
    }
  }
}
