package org.refrain.analysis.language;

import java.util.Objects;

/**
 * A term whose frequency differs between two groups of letters, A and B.
 *
 * @param term the term
 * @param countA occurrences in A
 * @param countB occurrences in B
 * @param wordsA word tokens in A
 * @param wordsB word tokens in B
 * @param g2 Dunning's log-likelihood: how sure the difference is not chance
 * @param p the chance of a G2 this large if A and B used the term alike (chi-squared, 1 df)
 * @param logRatio effect size: log2 of the ratio of the relative frequencies, A over B (Hardie's
 *     log ratio, a zero count taken as 0.5): +1 means twice as frequent in A
 */
public record KeyTerm(
    String term,
    int countA,
    int countB,
    int wordsA,
    int wordsB,
    double g2,
    double p,
    double logRatio) {

  public KeyTerm {
    Objects.requireNonNull(term, "term");
    if (countA < 0 || countB < 0 || wordsA < countA || wordsB < countB) {
      throw new IllegalArgumentException("bad counts for '" + term + "'");
    }
  }

  /**
   * "A" when the term's relative frequency is higher in A, "B" when in B; decided on the counts
   * themselves, not the log ratio, whose 0.5 for a zero count could tip a term absent from A to A.
   */
  public String overusedIn() {
    return (long) countA * wordsB >= (long) countB * wordsA ? "A" : "B";
  }

  public double perThousandA() {
    return wordsA == 0 ? 0 : 1000.0 * countA / wordsA;
  }

  public double perThousandB() {
    return wordsB == 0 ? 0 : 1000.0 * countB / wordsB;
  }
}
