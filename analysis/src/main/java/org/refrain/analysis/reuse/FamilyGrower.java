package org.refrain.analysis.reuse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The state of one {@link ReuseFinder} run: letters are added in date order, each matched against
 * the families so far and then against the residue of earlier letters. See {@link ReuseFinder} for
 * the steps and their cost.
 */
final class FamilyGrower {

  /** A copy found so far: text index (in date order), word range, family. */
  record Copy(int text, int from, int to, int family) {}

  private static final int MIN_SEEDS = 2;

  private final ReuseSettings settings;
  private final List<ReuseText> texts;
  private final PassageAligner aligner;
  private final WordIds wordIds;
  private final int[][] ids;
  private final long[][] shingles;
  private final boolean[][] claimed;
  private final ShingleIndex residue;
  private final ShingleIndex familyShingles;
  private final ShingleIndex seen = new ShingleIndex(1);
  private final List<Copy> copies = new ArrayList<>();
  private final List<List<Integer>> families = new ArrayList<>();
  private final List<List<Integer>> byText = new ArrayList<>();
  private final int reach;
  private long candidates;
  private long alignedWords;

  FamilyGrower(ReuseSettings settings, List<ReuseText> texts) {
    this.settings = settings;
    this.texts = texts;
    this.aligner = new PassageAligner(settings);
    this.wordIds = new WordIds(settings.shingle());
    this.ids = new int[texts.size()][];
    this.shingles = new long[texts.size()][];
    this.claimed = new boolean[texts.size()][];
    this.residue = new ShingleIndex(settings.maxPostings());
    this.familyShingles = new ShingleIndex(settings.maxPostings());
    this.reach = settings.maxGap() + settings.shingle();
  }

  /** Matches text {@code t} (the next in date order) and indexes what it leaves unmatched. */
  void add(int t) {
    ids[t] = wordIds.ids(texts.get(t));
    shingles[t] = wordIds.shingles(ids[t]);
    claimed[t] = new boolean[ids[t].length];
    byText.add(new ArrayList<>());
    matchFamilies(t);
    matchResidue(t);
    for (int i = 0; i < shingles[t].length; i++) {
      if (unclaimed(t, i)) {
        residue.add(shingles[t][i], t, i);
      }
    }
  }

  /** A chain of seeds on one family copy: a candidate passage. */
  private record Candidate(int copy, SeedChains.Chain chain) {}

  /** Step 1: the letter against every family sharing two or more seeds with it. */
  private void matchFamilies(int t) {
    SeedHits hits = new SeedHits();
    for (int i = 0; i < shingles[t].length; i++) {
      for (int p = familyShingles.first(shingles[t][i]); p >= 0; p = familyShingles.next(p)) {
        hits.add(familyShingles.target(p), i, familyShingles.position(p));
      }
    }
    List<Candidate> candidates = new ArrayList<>();
    for (int copy : hits.targets()) {
      for (SeedChains.Chain chain : hits.chains(copy, reach, settings.maxGap())) {
        if (chain.seeds() >= MIN_SEEDS) {
          candidates.add(new Candidate(copy, chain));
        }
      }
    }
    // Strongest first, so a weaker candidate never re-places words a stronger one placed.
    candidates.sort(
        Comparator.comparingInt((Candidate c) -> -c.chain().seeds())
            .thenComparingInt(c -> c.chain().iFirst()));
    for (Candidate c : candidates) {
      Copy copy = copies.get(c.copy());
      SeedChains.Chain chain = c.chain();
      int jFrom = Math.max(copy.from(), chain.jFirst() - settings.maxGap());
      int jTo = Math.min(copy.to(), chain.jLast() + settings.shingle() + settings.maxGap());
      for (AlignedPassage passage :
          align(t, chain.iFirst(), chain.iLast(), copy.text(), jFrom, jTo)) {
        if (mostlyClaimed(t, passage.aFrom(), passage.aTo())) {
          // A stronger candidate already placed these words: a weaker one must not split its
          // family into nested pieces (one formula in 200 edited copies became 12 families).
          continue;
        }
        int family = copy.family();
        if ((passage.bTo() - passage.bFrom()) * 2 < copy.to() - copy.from()) {
          // The letter shares only a part of this copy, such as a phrase inside a paragraph the
          // family carries whole: that part is a passage of its own, with its own family.
          family = familyOf(copy.text(), passage.bFrom(), passage.bTo());
          if (family < 0) {
            family = found(copy.text(), passage.bFrom(), passage.bTo());
          }
        }
        if (!heldBy(family, t, passage.aFrom(), passage.aTo())) {
          join(family, t, passage.aFrom(), passage.aTo());
        }
      }
    }
  }

  /** The family with a copy in text {@code t} covering most of [from, to) and mostly inside it. */
  private int familyOf(int t, int from, int to) {
    for (int copy : byText.get(t)) {
      Copy c = copies.get(copy);
      int overlap = Math.min(to, c.to()) - Math.max(from, c.from());
      if (overlap * 2 > to - from && overlap * 2 > c.to() - c.from()) {
        return c.family();
      }
    }
    return -1;
  }

  /** A new family whose first copy is words [from, to) of text t. */
  private int found(int t, int from, int to) {
    int family = families.size();
    families.add(new ArrayList<>());
    join(family, t, from, to);
    return family;
  }

  /** Step 2: the letter's unmatched words against the residue of earlier letters. */
  private void matchResidue(int t) {
    SeedHits hits = new SeedHits();
    for (int i = 0; i < shingles[t].length; i++) {
      if (!unclaimed(t, i)) {
        continue;
      }
      for (int p = residue.first(shingles[t][i]); p >= 0; p = residue.next(p)) {
        int other = residue.target(p);
        int j = residue.position(p);
        if (unclaimed(other, j)) {
          hits.add(other, i, j);
        }
      }
    }
    for (int other : hits.targets()) {
      for (SeedChains.Chain chain : hits.chains(other, reach, settings.maxGap())) {
        if (chain.seeds() < MIN_SEEDS) {
          continue;
        }
        int jFrom = free(other, chain.jFirst(), -1);
        int jTo = free(other, chain.jLast() + settings.shingle() - 1, +1) + 1;
        for (AlignedPassage passage : align(t, chain.iFirst(), chain.iLast(), other, jFrom, jTo)) {
          if (mostlyClaimed(t, passage.aFrom(), passage.aTo())
              || mostlyClaimed(other, passage.bFrom(), passage.bTo())) {
            continue;
          }
          join(found(other, passage.bFrom(), passage.bTo()), t, passage.aFrom(), passage.aTo());
        }
      }
    }
  }

  private List<AlignedPassage> align(int t, int iFirst, int iLast, int other, int jFrom, int jTo) {
    candidates++;
    int iFrom = free(t, iFirst, -1);
    int iTo = free(t, iLast + settings.shingle() - 1, +1) + 1;
    alignedWords += (iTo - iFrom) + (jTo - jFrom);
    return aligner.align(ids[t], iFrom, iTo, ids[other], jFrom, jTo);
  }

  /** Adds a copy to a family, claims its words and indexes the shingles the family lacked. */
  private void join(int family, int t, int from, int to) {
    int copy = copies.size();
    copies.add(new Copy(t, from, to, family));
    families.get(family).add(copy);
    byText.get(t).add(copy);
    for (int i = from; i < to; i++) {
      claimed[t][i] = true;
    }
    long salt = ShingleIndex.mix(family + 1L);
    for (int i = from; i + settings.shingle() <= to; i++) {
      if (seen.add(shingles[t][i] ^ salt, 0, 0)) {
        familyShingles.add(shingles[t][i], copy, i);
      }
    }
  }

  /** Whether {@code family} already holds a copy sharing a word with words [from, to) of t. */
  private boolean heldBy(int family, int t, int from, int to) {
    List<Integer> members = families.get(family);
    // The copies of the letter being added are the last ones of the family: stop at the first
    // copy of an earlier letter, so the check does not grow with the family.
    for (int k = members.size() - 1; k >= 0; k--) {
      Copy c = copies.get(members.get(k));
      if (c.text() != t) {
        return false;
      }
      if (Math.min(to, c.to()) > Math.max(from, c.from())) {
        return true; // two copies of one passage never share a word of the letter
      }
    }
    return false;
  }

  /**
   * How far a window may reach from word {@code i} in direction {@code step}: up to {@code maxGap}
   * words, stopping before a word another copy already holds, so copies of one letter do not
   * overlap.
   */
  private int free(int t, int i, int step) {
    int at = i;
    for (int k = 0; k < settings.maxGap(); k++) {
      int nextWord = at + step;
      if (nextWord < 0 || nextWord >= ids[t].length || claimed[t][nextWord]) {
        break;
      }
      at = nextWord;
    }
    return at;
  }

  private boolean mostlyClaimed(int t, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (claimed[t][i]) {
        n++;
      }
    }
    return n * 2 > to - from;
  }

  private boolean unclaimed(int t, int i) {
    for (int j = i; j < i + settings.shingle(); j++) {
      if (claimed[t][j]) {
        return false;
      }
    }
    return true;
  }

  /** The copies of each family, as (text, from, to) in the order found. */
  List<List<Copy>> families() {
    List<List<Copy>> out = new ArrayList<>();
    for (List<Integer> family : families) {
      out.add(family.stream().map(copies::get).toList());
    }
    return out;
  }

  ReuseFinder.Stats stats() {
    return new ReuseFinder.Stats(
        residue.postings() + familyShingles.postings(),
        residue.dropped() + familyShingles.dropped(),
        candidates,
        alignedWords);
  }
}
