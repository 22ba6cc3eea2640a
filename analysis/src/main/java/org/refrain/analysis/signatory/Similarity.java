package org.refrain.analysis.signatory;

import java.util.Map;
import org.apache.commons.text.similarity.CosineSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** The string measures of resolution, from Apache Commons Text. */
final class Similarity {

  /** Edits beyond which two names are not a spelling slip of each other. */
  static final int MAX_EDITS = 3;

  private static final LevenshteinDistance SLIP = new LevenshteinDistance(MAX_EDITS);
  private static final CosineSimilarity COSINE = new CosineSimilarity();

  private Similarity() {}

  /** Edit distance of {@code a} and {@code b}, or -1 when above {@link #MAX_EDITS}. */
  static int edits(String a, String b) {
    return SLIP.apply(a, b);
  }

  /**
   * One minus the edit distance over the longer length: 1 for equal strings. Distances above a
   * fifth of the longer length count as 0, so long unrelated names cost no full edit table.
   */
  static double ratio(String a, String b) {
    int longer = Math.max(a.length(), b.length());
    if (longer == 0) {
      return 1;
    }
    int limit = Math.max(1, longer / 5);
    if (Math.abs(a.length() - b.length()) > limit) {
      return 0;
    }
    int distance = new LevenshteinDistance(limit).apply(a, b);
    return distance < 0 ? 0 : 1 - (double) distance / longer;
  }

  /** Cosine similarity of two word-count vectors; 0 when either is empty. */
  static double cosine(Map<CharSequence, Integer> a, Map<CharSequence, Integer> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    return COSINE.cosineSimilarity(a, b);
  }
}
