package org.refrain.analysis.reuse;

import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * How much of each letter lies in passages it shares with another: for letters A and B, the share
 * of A's words inside copies of families that also have a copy in B. Not symmetric: a short letter
 * quoted whole by a long one is all shared, the long one only partly.
 */
public final class ReuseCoverage {

  private final Map<String, Integer> words = new LinkedHashMap<>();
  private final Map<String, BitSet> shared = new HashMap<>();
  private final Map<String, BitSet> anywhere = new HashMap<>();

  private ReuseCoverage() {}

  /**
   * The coverage of every pair of letters in {@code result}. Costs O(sum over families of copies x
   * letters of the family) bitset updates: the matrix is quadratic in letters by nature, so it is
   * for a report, not for the search.
   */
  public static ReuseCoverage of(ReuseResult result) {
    ReuseCoverage coverage = new ReuseCoverage();
    for (ReuseText text : result.texts()) {
      coverage.words.put(text.id(), text.size());
    }
    for (ReuseFamily family : result.families()) {
      Set<String> letters = new LinkedHashSet<>(family.letters());
      for (ReusePassage copy : family.members()) {
        String a = copy.letter().id();
        coverage.anywhere.computeIfAbsent(a, k -> new BitSet()).set(copy.fromWord(), copy.toWord());
        for (String b : letters) {
          if (!b.equals(a)) {
            coverage
                .shared
                .computeIfAbsent(key(a, b), k -> new BitSet())
                .set(copy.fromWord(), copy.toWord());
          }
        }
      }
    }
    return coverage;
  }

  /** Words of letter {@code a} in passages shared with letter {@code b}. */
  public int sharedWords(String a, String b) {
    BitSet bits = shared.get(key(a, b));
    return bits == null ? 0 : bits.cardinality();
  }

  /** The share of {@code a}'s words in passages shared with {@code b}, 0 to 1 (1 for a = b). */
  public double share(String a, String b) {
    int n = words(a);
    if (a.equals(b)) {
      return n == 0 ? 0 : 1;
    }
    return n == 0 ? 0 : (double) sharedWords(a, b) / n;
  }

  /** The share of {@code a}'s words in passages shared with any other letter. */
  public double shareReused(String a) {
    int n = words(a);
    BitSet bits = anywhere.get(a);
    return n == 0 || bits == null ? 0 : (double) bits.cardinality() / n;
  }

  /** Words of letter {@code a}; fails for a letter not in the result. */
  public int words(String a) {
    Integer n = words.get(a);
    if (n == null) {
      throw new IllegalArgumentException("no letter " + a + " in this reuse result");
    }
    return n;
  }

  private static String key(String a, String b) {
    return a + '\u0000' + b;
  }
}
