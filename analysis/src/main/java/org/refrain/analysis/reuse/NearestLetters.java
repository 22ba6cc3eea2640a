package org.refrain.analysis.reuse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.PriorityQueue;
import org.refrain.analysis.reuse.ReuseCoverage.Similarity;

/**
 * Finds one letter's most similar letters from a {@link ReuseCoverage}, reusing its arrays (one
 * slot per letter) from letter to letter, so a pass over the corpus allocates per letter, not per
 * pair. Not thread-safe: one per thread.
 *
 * <p>For letter A with copies in families F1..Fm, a letter B's shared words are A's words in the
 * families B is also in. Every letter of every Fj is visited once, in O(1); B in one family (the
 * common case) takes that family's words as they are; B in several takes the union of their word
 * ranges, worked out once per distinct set of families: letters are grouped by a 64-bit hash of
 * their set, and a hash is trusted only after the two sets are compared, so a collision costs time,
 * never a wrong figure. Boilerplate families in thousands of letters share a few sets.
 */
final class NearestLetters {

  private final ReuseCoverage coverage;

  /** {@code round} when the letter was reached for the current letter, so nothing is cleared. */
  private final int[] seen;

  /** The first of A's families a reached letter is in (index into {@link #groups}). */
  private final int[] first;

  /** The head of a reached letter's list of further families, -1 when in one family only. */
  private final int[] more;

  /** The sum of the reached letter's families' {@link #weight}s: its set's hash. */
  private final long[] hash;

  /** Words of A shared with each reached letter. */
  private final int[] shared;

  private final int[] reached;
  private int reachedCount;
  private int round;
  private int[] entryGroup = new int[64];
  private int[] entryNext = new int[64];
  private int entries;

  /** Open addressing from a set's hash to a letter with that set and the set's words. */
  private final long[] unionHash;

  private final int[] unionLetter;
  private final int[] unionWords;
  private final int[] unionRound;

  /** A's copies, by family: groups.get(j) are A's copies in its j-th family. */
  private final List<List<int[]>> groups = new ArrayList<>();

  NearestLetters(ReuseCoverage coverage) {
    this.coverage = coverage;
    int n = coverage.letters();
    seen = new int[n];
    first = new int[n];
    more = new int[n];
    hash = new long[n];
    shared = new int[n];
    reached = new int[n];
    int slots = Integer.highestOneBit(Math.max(16, 2 * n)) * 2;
    unionHash = new long[slots];
    unionLetter = new int[slots];
    unionWords = new int[slots];
    unionRound = new int[slots];
  }

  /** The {@code k} letters sharing most of letter {@code a}'s words, most first, ties by id. */
  List<Similarity> of(int a, int k) {
    group(coverage.copies(a));
    round++;
    reachedCount = 0;
    entries = 0;
    int[] groupWords = new int[groups.size()];
    for (int j = 0; j < groups.size(); j++) {
      groupWords[j] = Intervals.covered(groups.get(j));
      long weight = weight(j);
      for (int b : coverage.familyLetters(groups.get(j).get(0)[0])) {
        if (b != a) {
          reach(b, j, weight, groupWords[j]);
        }
      }
    }
    return top(a, k);
  }

  private void group(int[][] copies) {
    groups.clear();
    for (int[] copy : copies) {
      if (groups.isEmpty() || groups.get(groups.size() - 1).get(0)[0] != copy[0]) {
        groups.add(new ArrayList<>(2));
      }
      groups.get(groups.size() - 1).add(copy);
    }
  }

  /**
   * Records that letter {@code b} is in A's {@code group}-th family, of {@code words} words. Until
   * its union is worked out, {@code shared[b]} is an upper bound: the sum of its families' words.
   */
  private void reach(int b, int group, long weight, int words) {
    if (seen[b] != round) {
      seen[b] = round;
      first[b] = group;
      more[b] = -1;
      hash[b] = weight;
      shared[b] = words;
      reached[reachedCount++] = b;
      return;
    }
    shared[b] += words;
    if (entries == entryGroup.length) {
      entryGroup = Arrays.copyOf(entryGroup, entries * 2);
      entryNext = Arrays.copyOf(entryNext, entries * 2);
    }
    entryGroup[entries] = group;
    entryNext[entries] = more[b];
    more[b] = entries++;
    hash[b] += weight;
  }

  /** A fixed pseudo-random 64-bit value per group index (SplitMix64). */
  private static long weight(int group) {
    long z = (group + 1) * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** The union of letter {@code b}'s families' words, looked up by its set's hash. */
  private int unionOf(int b) {
    int mask = unionHash.length - 1;
    int slot = (int) (ShingleIndex.mix(hash[b]) & mask);
    while (unionRound[slot] == round) {
      if (unionHash[slot] == hash[b] && sameGroups(unionLetter[slot], b)) {
        return unionWords[slot];
      }
      slot = (slot + 1) & mask;
    }
    unionRound[slot] = round;
    unionHash[slot] = hash[b];
    unionLetter[slot] = b;
    unionWords[slot] = union(b);
    return unionWords[slot];
  }

  /** Whether letters {@code x} and {@code y} are in the same families (lists run in one order). */
  private boolean sameGroups(int x, int y) {
    if (first[x] != first[y]) {
      return false;
    }
    int ex = more[x];
    int ey = more[y];
    while (ex >= 0 && ey >= 0) {
      if (entryGroup[ex] != entryGroup[ey]) {
        return false;
      }
      ex = entryNext[ex];
      ey = entryNext[ey];
    }
    return ex < 0 && ey < 0;
  }

  private int union(int b) {
    List<int[]> ranges = new ArrayList<>(groups.get(first[b]));
    for (int e = more[b]; e >= 0; e = entryNext[e]) {
      ranges.addAll(groups.get(entryGroup[e]));
    }
    return Intervals.covered(ranges);
  }

  /**
   * The top {@code k} reached letters. A letter in one family has its figure already; one in
   * several has only the bound its families' words add up to, and its union is worked out only
   * while the bound could still enter the top: letters are taken by bound, highest first, and the
   * rest are dropped once the bound falls below the k-th figure. Boilerplate families put thousands
   * of letters in several of A's families, and most never need their union.
   */
  private List<Similarity> top(int a, int k) {
    // Worst on top, so a letter that cannot enter is turned away by one comparison.
    PriorityQueue<Integer> best = new PriorityQueue<>(k + 1, this::compare);
    int words = coverage.words(a);
    int[] byBound = new int[words + 2];
    for (int r = 0; r < reachedCount; r++) {
      int b = reached[r];
      if (more[b] < 0) {
        offer(best, k, b);
      } else {
        shared[b] = Math.min(shared[b], words); // a union is never more than A's words
        byBound[shared[b] + 1]++;
      }
    }
    int[] order = bucketOrder(byBound);
    for (int i = order.length - 1; i >= 0; i--) {
      int b = order[i];
      if (best.size() == k && shared[b] < shared[best.peek()]) {
        break; // every letter left has a bound this low or lower
      }
      shared[b] = unionOf(b);
      offer(best, k, b);
    }
    List<Similarity> rows = new ArrayList<>(best.size());
    String id = coverage.id(a);
    double share = words;
    while (!best.isEmpty()) {
      int b = best.poll();
      rows.add(new Similarity(id, coverage.id(b), shared[b], shared[b] / share));
    }
    Collections.reverse(rows);
    return rows;
  }

  private void offer(PriorityQueue<Integer> best, int k, int b) {
    if (best.size() < k) {
      best.add(b);
    } else if (compare(b, best.peek()) > 0) {
      best.poll();
      best.add(b);
    }
  }

  /**
   * The reached letters in several families, by bound ascending (a counting sort: bounds are at
   * most A's words). {@code starts[v + 1]} holds how many have bound {@code v}.
   */
  private int[] bucketOrder(int[] starts) {
    for (int v = 1; v < starts.length; v++) {
      starts[v] += starts[v - 1];
    }
    int[] order = new int[starts[starts.length - 1]];
    for (int r = 0; r < reachedCount; r++) {
      int b = reached[r];
      if (more[b] >= 0) {
        order[starts[shared[b]]++] = b;
      }
    }
    return order;
  }

  /** Positive when letter {@code x} is more similar than {@code y}: more shared words, lower id. */
  private int compare(int x, int y) {
    if (shared[x] != shared[y]) {
      return Integer.compare(shared[x], shared[y]);
    }
    return coverage.id(y).compareTo(coverage.id(x));
  }
}
