package org.refrain.analysis.signatory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Union-find over variants that knows which letters each cluster is listed in: two different
 * entries of one letter are two signatories, so clusters sharing a letter are never merged by the
 * matcher (this is what keeps "Unification Academy", "... Media Group" and "... Strategy
 * Institution" apart even if a rule were to link them).
 */
final class Clusters {

  private final int[] parent;
  private final List<Set<String>> letters;

  Clusters(List<Variant> variants) {
    parent = new int[variants.size()];
    letters = new ArrayList<>(variants.size());
    for (Variant variant : variants) {
      parent[variant.id()] = variant.id();
      letters.add(new HashSet<>(variant.letters()));
    }
  }

  int find(int id) {
    int root = id;
    while (parent[root] != root) {
      root = parent[root];
    }
    while (parent[id] != root) {
      int next = parent[id];
      parent[id] = root;
      id = next;
    }
    return root;
  }

  /** A letter that lists both clusters, or null. */
  String sharedLetter(int a, int b) {
    Set<String> x = letters.get(find(a));
    Set<String> y = letters.get(find(b));
    Set<String> small = x.size() <= y.size() ? x : y;
    Set<String> large = small == x ? y : x;
    for (String letter : small) {
      if (large.contains(letter)) {
        return letter;
      }
    }
    return null;
  }

  /** Merges the clusters of {@code a} and {@code b}; the smaller joins the larger. */
  void union(int a, int b) {
    int x = find(a);
    int y = find(b);
    if (x == y) {
      return;
    }
    if (letters.get(x).size() < letters.get(y).size()) {
      int swap = x;
      x = y;
      y = swap;
    }
    parent[y] = x;
    letters.get(x).addAll(letters.get(y));
    letters.set(y, Set.of());
  }
}
