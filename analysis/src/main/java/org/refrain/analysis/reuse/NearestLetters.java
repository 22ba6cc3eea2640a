package org.refrain.analysis.reuse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.refrain.analysis.reuse.ReuseCoverage.Similarity;

/**
 * Finds one letter's most similar letters from a {@link ReuseCoverage}, reusing its arrays (one
 * slot per letter) from letter to letter, so a pass over the corpus allocates per letter, not per
 * pair. Not thread-safe: one per thread.
 *
 * <p>For letter A with copies in families F1..Fm, a letter B's shared words are A's words in the
 * families B is also in. Every letter of every Fj is visited once; B in one family (the common
 * case) takes that family's words as they are; B in several takes the union of their ranges,
 * remembered by the set of families, since many letters share the same few boilerplate families.
 */
final class NearestLetters {

  private final ReuseCoverage coverage;

  /** {@code round} when the letter was reached for the current letter, so nothing is cleared. */
  private final int[] seen;

  /** The first of A's families a reached letter is in (index into {@link #groups}). */
  private final int[] first;

  /** The head of a reached letter's list of further families, -1 when in one family only. */
  private final int[] more;

  /** Words of A shared with each reached letter. */
  private final int[] shared;

  private final int[] reached;
  private int reachedCount;
  private int round;
  private int[] entryGroup = new int[64];
  private int[] entryNext = new int[64];
  private int entries;

  /** A's copies, by family: groups.get(j) are A's copies in its j-th family. */
  private final List<List<int[]>> groups = new ArrayList<>();

  NearestLetters(ReuseCoverage coverage) {
    this.coverage = coverage;
    int n = coverage.letters();
    seen = new int[n];
    first = new int[n];
    more = new int[n];
    shared = new int[n];
    reached = new int[n];
  }

  /** The {@code k} letters sharing most of letter {@code a}'s words, most first, ties by id. */
  List<Similarity> of(int a, int k) {
    group(coverage.copies(a));
    round++;
    reachedCount = 0;
    entries = 0;
    for (int j = 0; j < groups.size(); j++) {
      for (int b : coverage.familyLetters(groups.get(j).get(0)[0])) {
        if (b != a) {
          reach(b, j);
        }
      }
    }
    int[] groupWords = new int[groups.size()];
    for (int j = 0; j < groups.size(); j++) {
      groupWords[j] = Intervals.covered(groups.get(j));
    }
    Map<String, Integer> unions = new HashMap<>();
    for (int r = 0; r < reachedCount; r++) {
      int b = reached[r];
      shared[b] = more[b] < 0 ? groupWords[first[b]] : unions.computeIfAbsent(key(b), this::union);
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

  private void reach(int b, int group) {
    if (seen[b] != round) {
      seen[b] = round;
      first[b] = group;
      more[b] = -1;
      reached[reachedCount++] = b;
      return;
    }
    if (entries == entryGroup.length) {
      entryGroup = Arrays.copyOf(entryGroup, entries * 2);
      entryNext = Arrays.copyOf(entryNext, entries * 2);
    }
    entryGroup[entries] = group;
    entryNext[entries] = more[b];
    more[b] = entries++;
  }

  /** The groups letter {@code b} is in, as a string of chars, most recent first. */
  private String key(int b) {
    StringBuilder key = new StringBuilder();
    for (int e = more[b]; e >= 0; e = entryNext[e]) {
      key.append((char) (entryGroup[e] >>> 16)).append((char) entryGroup[e]);
    }
    key.append((char) (first[b] >>> 16)).append((char) first[b]);
    return key.toString();
  }

  private int union(String key) {
    List<int[]> ranges = new ArrayList<>();
    for (int c = 0; c < key.length(); c += 2) {
      ranges.addAll(groups.get(key.charAt(c) << 16 | key.charAt(c + 1)));
    }
    return Intervals.covered(ranges);
  }

  private List<Similarity> top(int a, int k) {
    // Worst on top, so a letter that cannot enter is turned away by one comparison.
    PriorityQueue<Integer> best = new PriorityQueue<>(k + 1, this::compare);
    for (int r = 0; r < reachedCount; r++) {
      int b = reached[r];
      if (best.size() < k) {
        best.add(b);
      } else if (compare(b, best.peek()) > 0) {
        best.poll();
        best.add(b);
      }
    }
    List<Similarity> rows = new ArrayList<>(best.size());
    String id = coverage.id(a);
    double words = coverage.words(a);
    while (!best.isEmpty()) {
      int b = best.poll();
      rows.add(new Similarity(id, coverage.id(b), shared[b], shared[b] / words));
    }
    Collections.reverse(rows);
    return rows;
  }

  /** Positive when letter {@code x} is more similar than {@code y}: more shared words, lower id. */
  private int compare(int x, int y) {
    if (shared[x] != shared[y]) {
      return Integer.compare(shared[x], shared[y]);
    }
    return coverage.id(y).compareTo(coverage.id(x));
  }
}
