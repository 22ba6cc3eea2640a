package org.refrain.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.refrain.analysis.signatory.BlockingProbe;
import org.refrain.analysis.signatory.SignatoryEntity;
import org.refrain.analysis.signatory.SignatoryResolution;
import org.refrain.benchmarks.SyntheticSignatories.Change;
import org.refrain.benchmarks.SyntheticSignatories.Listed;
import org.refrain.corpus.Letter;
import org.refrain.corpus.signatory.SignatoryKind;

/**
 * A resolution scored against the generator's truth. Pairwise over mentions: precision is the share
 * of mention pairs put in one entity that share their true entity, recall the share of mention
 * pairs of one true entity put in one entity; counted from the (true, found) contingency cells as
 * sums of n(n - 1) / 2, never by listing pairs. Cross-variant: the same over pairs of mentions with
 * different folded names, the pairs only the matcher can join. Per varied name: a variant (folded
 * name) made by a change that gives a new name, of an entity listed under two variants or more, is
 * linked when a candidate pair joins it to another variant of its entity, and merged when it ends
 * in the entity found that holds most mentions of its true entity.
 *
 * @param truePairs mention pairs of one true entity
 * @param foundPairs mention pairs of one entity found
 * @param bothPairs mention pairs of both
 * @param crossTrue {@code truePairs} with different folded names
 * @param crossFound {@code foundPairs} with different folded names
 * @param crossBoth {@code bothPairs} with different folded names
 * @param listedEntities true entities with a mention
 * @param byChange per kind and change, {names, linked, merged}
 */
record SignatoryScore(
    long truePairs,
    long foundPairs,
    long bothPairs,
    long crossTrue,
    long crossFound,
    long crossBoth,
    int listedEntities,
    Map<String, int[]> byChange) {

  double precision() {
    return ratio(bothPairs, foundPairs);
  }

  double recall() {
    return ratio(bothPairs, truePairs);
  }

  double crossPrecision() {
    return ratio(crossBoth, crossFound);
  }

  double crossRecall() {
    return ratio(crossBoth, crossTrue);
  }

  /** {names, linked, merged} over every change. */
  int[] varied() {
    int[] sum = new int[3];
    for (int[] counts : byChange.values()) {
      for (int i = 0; i < 3; i++) {
        sum[i] += counts[i];
      }
    }
    return sum;
  }

  private static double ratio(long a, long b) {
    return b == 0 ? Double.NaN : (double) a / b;
  }

  /** The score of {@code resolution} of {@code letters}, whose truth is {@code truth}. */
  static SignatoryScore of(
      List<Letter> letters,
      List<List<Listed>> truth,
      List<SyntheticSignatories.Entity> population,
      SignatoryResolution resolution,
      BlockingProbe.Blocking blocking) {
    Map<SignatoryEntity, Integer> found = new IdentityHashMap<>();
    for (SignatoryEntity entity : resolution.entities()) {
      found.put(entity, found.size());
    }
    // Cells keyed by (true, found) and by (true, found, variant); ids packed into longs.
    Map<Long, Integer> cell = new HashMap<>();
    Map<Long, Integer> trueCell = new HashMap<>();
    Map<Long, Integer> foundCell = new HashMap<>();
    Map<List<Integer>, Integer> cellVariant = new HashMap<>();
    Map<Long, Integer> trueVariant = new HashMap<>();
    Map<Long, Integer> foundVariant = new HashMap<>();
    int[] variantEntity = new int[blocking.variants()];
    Change[] variantChange = new Change[blocking.variants()];
    Map<Integer, Map<Integer, Integer>> variantCounts = new HashMap<>();
    for (int l = 0; l < letters.size(); l++) {
      Letter letter = letters.get(l);
      int[] variants = blocking.variantOf().get(letter.id());
      for (int i = 0; i < letter.signatories().size(); i++) {
        Listed listed = truth.get(l).get(i);
        int t = listed.entity();
        int f = found.get(resolution.entityOf(letter.id(), i));
        int v = variants[i];
        cell.merge(key(t, f), 1, Integer::sum);
        trueCell.merge((long) t, 1, Integer::sum);
        foundCell.merge((long) f, 1, Integer::sum);
        cellVariant.merge(List.of(t, f, v), 1, Integer::sum);
        trueVariant.merge(key(t, v), 1, Integer::sum);
        foundVariant.merge(key(f, v), 1, Integer::sum);
        variantCounts.computeIfAbsent(v, k -> new HashMap<>()).merge(t, 1, Integer::sum);
        if (listed.change().newName()) {
          variantChange[v] = listed.change();
        }
      }
    }
    long both = pairs(cell);
    long truePairs = pairs(trueCell);
    long foundPairs = pairs(foundCell);
    long sameVariantBoth = pairs(cellVariant);
    long sameVariantTrue = pairs(trueVariant);
    long sameVariantFound = pairs(foundVariant);
    // Each variant's true entity: the one most of its mentions belong to.
    Map<Integer, List<Integer>> variantsOf = new TreeMap<>();
    for (var e : variantCounts.entrySet()) {
      int best =
          e.getValue().entrySet().stream()
              .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry::getKey))
              .orElseThrow()
              .getKey();
      variantEntity[e.getKey()] = best;
      variantsOf.computeIfAbsent(best, k -> new ArrayList<>()).add(e.getKey());
    }
    // Each true entity's home: the entity found holding most of its mentions.
    Map<Integer, Integer> home = new HashMap<>();
    Map<Integer, Integer> homeCount = new HashMap<>();
    for (var e : cell.entrySet()) {
      int t = (int) (e.getKey() >>> 32);
      if (e.getValue() > homeCount.getOrDefault(t, 0)) {
        homeCount.put(t, e.getValue());
        home.put(t, (int) (long) e.getKey());
      }
    }
    Map<Integer, Integer> variantFound = new HashMap<>();
    for (var e : cellVariant.entrySet()) {
      variantFound.putIfAbsent(e.getKey().get(2), e.getKey().get(1));
    }
    Map<String, int[]> byChange = new TreeMap<>();
    for (var e : variantsOf.entrySet()) {
      List<Integer> siblings = e.getValue();
      if (siblings.size() < 2) {
        continue;
      }
      for (int v : siblings) {
        Change change = variantChange[v];
        if (change == null) {
          continue;
        }
        SignatoryKind kind = population.get(e.getKey()).kind();
        String key = (kind == SignatoryKind.PERSON ? "person" : "organisation") + ": " + change;
        int[] counts = byChange.computeIfAbsent(key, k -> new int[3]);
        counts[0]++;
        for (int w : siblings) {
          if (w != v && Arrays.binarySearch(blocking.candidates(), pack(v, w)) >= 0) {
            counts[1]++;
            break;
          }
        }
        counts[2] += variantFound.get(v).equals(home.get(e.getKey())) ? 1 : 0;
      }
    }
    return new SignatoryScore(
        truePairs,
        foundPairs,
        both,
        truePairs - sameVariantTrue,
        foundPairs - sameVariantFound,
        both - sameVariantBoth,
        trueCell.size(),
        byChange);
  }

  /** {@code a} high and {@code b} low in one long: a contingency cell's key. */
  private static long key(int a, int b) {
    return ((long) a << 32) | b;
  }

  /** {@code a} and {@code b} in one long, the smaller high: the form of candidate pairs. */
  private static long pack(int a, int b) {
    return a <= b ? ((long) a << 32) | b : ((long) b << 32) | a;
  }

  private static <K> long pairs(Map<K, Integer> counts) {
    long sum = 0;
    for (int n : counts.values()) {
      sum += (long) n * (n - 1) / 2;
    }
    return sum;
  }
}
