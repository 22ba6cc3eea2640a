package org.refrain.analysis.signatory;

import java.util.ArrayList;
import java.util.List;

/** The variant pairs an alias file says are "not the same", checked cluster against cluster. */
final class Separations {

  private final List<int[]> pairs = new ArrayList<>();
  private final List<String> sources = new ArrayList<>();

  void add(int a, int b, String source) {
    pairs.add(new int[] {a, b});
    sources.add(source);
  }

  /** Warnings for "not the same" lines whose names are one cluster already ("same" lines win). */
  List<String> contradicted(Clusters clusters) {
    List<String> warnings = new ArrayList<>();
    for (int i = 0; i < pairs.size(); i++) {
      if (clusters.find(pairs.get(i)[0]) == clusters.find(pairs.get(i)[1])) {
        String warning =
            sources.get(i) + ": 'not the same' has no effect: a 'same' line joins the names";
        if (!warnings.contains(warning)) {
          warnings.add(warning);
        }
      }
    }
    return warnings;
  }

  /** Whether a "not the same" pair lies between the clusters of {@code a} and {@code b}. */
  boolean between(Clusters clusters, int a, int b) {
    int x = clusters.find(a);
    int y = clusters.find(b);
    for (int[] pair : pairs) {
      int p = clusters.find(pair[0]);
      int q = clusters.find(pair[1]);
      if ((p == x && q == y) || (p == y && q == x)) {
        return true;
      }
    }
    return false;
  }
}
