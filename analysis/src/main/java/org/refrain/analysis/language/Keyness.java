package org.refrain.analysis.language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * Keyness between two groups of letters, as corpus linguists compute it (Rayson and Garside 2000;
 * Hardie 2014): Dunning's log-likelihood G2 for each term, its p-value from the chi-squared
 * distribution with one degree of freedom, and the log ratio as effect size. A term is key when its
 * p-value is at most {@code maxP} and it occurs at least {@code minCount} times in A and B
 * together. Both directions are kept: terms overused in A first, then in B, each by G2 descending,
 * then term.
 */
public final class Keyness {

  /** The default significance level: p < 0.01, G2 > 6.63. */
  public static final double DEFAULT_MAX_P = 0.01;

  /** The default minimum count in A and B together. */
  public static final int DEFAULT_MIN_COUNT = 3;

  private static final ChiSquaredDistribution CHI2 = ChiSquaredDistribution.of(1);

  private final double maxP;
  private final int minCount;

  private Keyness(double maxP, int minCount) {
    if (!(maxP > 0 && maxP <= 1)) {
      throw new IllegalArgumentException("maxP must be in (0, 1]: " + maxP);
    }
    if (minCount < 1) {
      throw new IllegalArgumentException("minCount must be >= 1: " + minCount);
    }
    this.maxP = maxP;
    this.minCount = minCount;
  }

  public static Keyness of(double maxP, int minCount) {
    return new Keyness(maxP, minCount);
  }

  public static Keyness defaults() {
    return of(DEFAULT_MAX_P, DEFAULT_MIN_COUNT);
  }

  public double maxP() {
    return maxP;
  }

  public int minCount() {
    return minCount;
  }

  /** The key terms of A against B, both directions. */
  public List<KeyTerm> compare(
      Map<String, Integer> a, int wordsA, Map<String, Integer> b, int wordsB) {
    if (wordsA == 0 || wordsB == 0) {
      return List.of(); // nothing to compare with: no term is more frequent than in an empty group
    }
    Set<String> terms = new HashSet<>(a.keySet());
    terms.addAll(b.keySet());
    List<KeyTerm> key = new ArrayList<>();
    for (String term : terms) {
      int ca = a.getOrDefault(term, 0);
      int cb = b.getOrDefault(term, 0);
      if (ca + cb < minCount) {
        continue;
      }
      double g2 = g2(ca, wordsA, cb, wordsB);
      double p = CHI2.survivalProbability(g2);
      if (p <= maxP) {
        key.add(new KeyTerm(term, ca, cb, wordsA, wordsB, g2, p, logRatio(ca, wordsA, cb, wordsB)));
      }
    }
    key.sort(ORDER);
    return key;
  }

  /** Dunning's log-likelihood for a term seen {@code a} times in {@code n} words and so on. */
  public static double g2(int a, int n, int b, int m) {
    if (n == 0 || m == 0) {
      return 0;
    }
    double expectedA = (double) n * (a + b) / (n + m);
    double expectedB = (double) m * (a + b) / (n + m);
    return 2 * (xLogXOverY(a, expectedA) + xLogXOverY(b, expectedB));
  }

  /** Hardie's log ratio, with a zero count taken as 0.5 so the ratio stays finite. */
  public static double logRatio(int a, int n, int b, int m) {
    double ra = Math.max(a, 0.5) / n;
    double rb = Math.max(b, 0.5) / m;
    return Math.log(ra / rb) / Math.log(2);
  }

  private static double xLogXOverY(double x, double y) {
    return x == 0 ? 0 : x * Math.log(x / y);
  }

  private static final Comparator<KeyTerm> ORDER =
      Comparator.comparing(KeyTerm::overusedIn)
          .thenComparing(Comparator.comparingDouble(KeyTerm::g2).reversed())
          .thenComparing(KeyTerm::term);
}
