package org.refrain.benchmarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.refrain.analysis.reuse.ReuseFamily;
import org.refrain.analysis.reuse.ReusePassage;
import org.refrain.analysis.reuse.ReuseText;
import org.refrain.benchmarks.synthetic.PlantedCopy;
import org.refrain.benchmarks.synthetic.PlantedCorpus;

/**
 * The planted copies of a corpus as word ranges of its reuse texts, and how many of them a set of
 * families finds. A copy counts as found when a member of some family covers half its words or more
 * and the same family has such a member over a copy of the same formula in another letter. A copy
 * can only be found when its formula is planted in two letters or more: those are the reusable
 * copies, recall's denominator.
 */
final class PlantedTruth {

  /**
   * One planted copy as words {@code [from, to)} of text {@code text}.
   *
   * @param index its index among all copies
   */
  record Copy(int index, int text, int formula, int from, int to) {
    int size() {
      return to - from;
    }
  }

  /**
   * Found copies against reusable ones, and family-member words against those in planted copies.
   */
  record Score(int reusable, int found, long memberWords, long plantedMemberWords) {
    double recall() {
      return reusable == 0 ? Double.NaN : (double) found / reusable;
    }

    double precision() {
      return memberWords == 0 ? Double.NaN : (double) plantedMemberWords / memberWords;
    }
  }

  private final Map<String, Integer> textIndex = new HashMap<>();
  private final List<List<Copy>> byText = new ArrayList<>();
  private final List<Copy> copies = new ArrayList<>();
  private final boolean[] reusable;
  private final int reusableCount;

  /** {@code texts} are the corpus's letters as reuse texts, in the corpus's letter order. */
  PlantedTruth(PlantedCorpus corpus, List<ReuseText> texts) {
    for (int t = 0; t < texts.size(); t++) {
      textIndex.put(texts.get(t).id(), t);
      byText.add(new ArrayList<>());
    }
    Map<Integer, Set<Integer>> lettersOf = new HashMap<>();
    for (PlantedCopy planted : corpus.copies()) {
      int t = textIndex.get(planted.letter());
      int[] range = words(texts.get(t), planted);
      Copy copy = new Copy(copies.size(), t, planted.formula(), range[0], range[1]);
      copies.add(copy);
      byText.get(t).add(copy);
      lettersOf.computeIfAbsent(planted.formula(), k -> new HashSet<>()).add(t);
    }
    reusable = new boolean[copies.size()];
    int count = 0;
    for (Copy copy : copies) {
      reusable[copy.index()] = lettersOf.get(copy.formula()).size() >= 2;
      count += reusable[copy.index()] ? 1 : 0;
    }
    reusableCount = count;
  }

  List<Copy> copies() {
    return copies;
  }

  List<Copy> copiesIn(int text) {
    return byText.get(text);
  }

  boolean reusable(Copy copy) {
    return reusable[copy.index()];
  }

  int reusableCount() {
    return reusableCount;
  }

  /** Whether words {@code [from, to)} hold half the words of {@code copy} or more. */
  static boolean covers(int from, int to, Copy copy) {
    int overlap = Math.min(to, copy.to()) - Math.max(from, copy.from());
    return overlap * 2 >= copy.size() && overlap > 0;
  }

  /** For each copy, the indexes of the families with a member covering it. */
  int[][] cover(List<ReuseFamily> families) {
    List<List<Integer>> cover = new ArrayList<>();
    copies.forEach(c -> cover.add(new ArrayList<>(2)));
    for (int f = 0; f < families.size(); f++) {
      for (ReusePassage member : families.get(f).members()) {
        for (Copy copy : byText.get(textIndex.get(member.letter().id()))) {
          if (covers(member.fromWord(), member.toWord(), copy)) {
            cover.get(copy.index()).add(f);
          }
        }
      }
    }
    return cover.stream()
        .map(l -> l.stream().mapToInt(Integer::intValue).toArray())
        .toArray(int[][]::new);
  }

  /** How many reusable copies {@code families} find, and how much of their text is planted. */
  Score score(List<ReuseFamily> families) {
    int[][] cover = cover(families);
    Map<Long, Set<Integer>> lettersOf = new HashMap<>(); // (family, formula) -> texts covered
    for (Copy copy : copies) {
      for (int f : cover[copy.index()]) {
        lettersOf.computeIfAbsent(key(f, copy.formula()), k -> new HashSet<>()).add(copy.text());
      }
    }
    int found = 0;
    for (Copy copy : copies) {
      for (int f : cover[copy.index()]) {
        if (reusable(copy) && lettersOf.get(key(f, copy.formula())).size() >= 2) {
          found++;
          break;
        }
      }
    }
    long memberWords = 0;
    long planted = 0;
    for (ReuseFamily family : families) {
      for (ReusePassage member : family.members()) {
        memberWords += member.size();
        for (Copy copy : byText.get(textIndex.get(member.letter().id()))) {
          planted +=
              Math.max(
                  0,
                  Math.min(member.toWord(), copy.to()) - Math.max(member.fromWord(), copy.from()));
        }
      }
    }
    return new Score(reusableCount, found, memberWords, planted);
  }

  /**
   * Copy pairs of the same formula in the letter pairs {@code pairs} (each packed {@code (long) a
   * << 32 | b}), and how many of them one family covers on both sides: {found, total}.
   */
  long[] pairRecall(int[][] cover, long[] pairs) {
    long total = 0;
    long found = 0;
    for (long pair : pairs) {
      for (Copy a : byText.get((int) (pair >>> 32))) {
        for (Copy b : byText.get((int) pair)) {
          if (a.formula() == b.formula()) {
            total++;
            found += shareOne(cover[a.index()], cover[b.index()]) ? 1 : 0;
          }
        }
      }
    }
    return new long[] {found, total};
  }

  private static boolean shareOne(int[] x, int[] y) {
    for (int a : x) {
      for (int b : y) {
        if (a == b) {
          return true;
        }
      }
    }
    return false;
  }

  private static long key(int family, int formula) {
    return (long) family << 32 | formula;
  }

  /** The copy's words: the tokens whose spans lie inside its span, as a range. */
  private static int[] words(ReuseText text, PlantedCopy planted) {
    var tokens = text.tokens();
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).span().start() < planted.span().start()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    int to = lo;
    while (to < tokens.size() && tokens.get(to).span().end() <= planted.span().end()) {
      to++;
    }
    return new int[] {lo, to};
  }
}
