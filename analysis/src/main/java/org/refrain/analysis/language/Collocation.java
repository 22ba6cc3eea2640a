package org.refrain.analysis.language;

import java.util.List;
import java.util.Objects;

/**
 * The collocates of a query in a corpus, with what the measures were computed from.
 *
 * @param query the query
 * @param window words either side of a match
 * @param matches how often the query occurs
 * @param corpusWords word tokens in the corpus (N)
 * @param windowWords word positions inside the matches' windows
 * @param collocates the collocates by log-likelihood descending, then term
 */
public record Collocation(
    PhraseQuery query,
    int window,
    int matches,
    int corpusWords,
    int windowWords,
    List<Collocate> collocates) {

  public Collocation {
    Objects.requireNonNull(query, "query");
    collocates = List.copyOf(collocates);
  }
}
