package org.refrain.analysis.language;

import java.util.Objects;

/**
 * A word found near a query more often than chance would put it there.
 *
 * @param term the collocate's lemma
 * @param together how often it stands within the window of a match
 * @param left of those, how often before the match
 * @param right of those, how often after the match
 * @param frequency its count in the whole corpus
 * @param logLikelihood Dunning's G2 for the association (higher: surer)
 * @param mutualInformation log2 of observed over expected co-occurrence (higher: more exclusive)
 */
public record Collocate(
    String term,
    int together,
    int left,
    int right,
    int frequency,
    double logLikelihood,
    double mutualInformation) {

  public Collocate {
    Objects.requireNonNull(term, "term");
    if (together < 1 || left + right != together || frequency < together) {
      throw new IllegalArgumentException("bad collocate counts for '" + term + "'");
    }
  }
}
