package org.refrain.analysis.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.refrain.analysis.reuse.ReuseFixtures.filler;
import static org.refrain.analysis.reuse.ReuseFixtures.text;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.refrain.analysis.SampleLetters;
import org.refrain.analysis.reuse.ReuseCoverage.Similarity;

/**
 * The coverage kept per letter gives the figures the pair-by-pair bitsets gave, and each letter's
 * nearest letters are the top of its row of the full matrix.
 */
class ReuseCoverageTest {

  /** The pair map the coverage replaced, kept as the oracle: a bitset per ordered pair. */
  private static Map<String, Integer> pairMap(ReuseResult result) {
    Map<String, BitSet> shared = new HashMap<>();
    for (ReuseFamily family : result.families()) {
      for (ReusePassage copy : family.members()) {
        for (String b : family.letters()) {
          if (!b.equals(copy.letter().id())) {
            shared
                .computeIfAbsent(copy.letter().id() + "\0" + b, k -> new BitSet())
                .set(copy.fromWord(), copy.toWord());
          }
        }
      }
    }
    Map<String, Integer> words = new HashMap<>();
    shared.forEach((k, bits) -> words.put(k, bits.cardinality()));
    return words;
  }

  private static List<String> ids(ReuseResult result) {
    return result.texts().stream().map(ReuseText::id).toList();
  }

  /** The top {@code k} of each letter's row of the full matrix, as the long form gives it. */
  private static List<Similarity> topOfMatrix(ReuseResult result, int k) {
    ReuseCoverage coverage = ReuseCoverage.of(result);
    List<Similarity> all = new ArrayList<>();
    for (String a : ids(result)) {
      List<Similarity> row = new ArrayList<>();
      for (String b : ids(result)) {
        int n = coverage.sharedWords(a, b);
        if (n > 0) {
          row.add(new Similarity(a, b, n, coverage.share(a, b)));
        }
      }
      row.sort(
          Comparator.comparingInt(Similarity::sharedWords)
              .reversed()
              .thenComparing(Similarity::other));
      all.addAll(row.subList(0, Math.min(k, row.size())));
    }
    return all;
  }

  private static void assertSameAsPairMap(ReuseResult result) {
    ReuseCoverage coverage = ReuseCoverage.of(result);
    Map<String, Integer> oracle = pairMap(result);
    for (String a : ids(result)) {
      for (String b : ids(result)) {
        assertEquals(
            oracle.getOrDefault(a + "\0" + b, 0), coverage.sharedWords(a, b), a + " with " + b);
      }
    }
  }

  @Test
  void theSampleCorpusHasTheFiguresOfThePairMap() {
    ReuseResult result = CorpusReuse.of(ReuseSettings.defaults()).find(SampleLetters.annotated());
    assertSameAsPairMap(result);
    for (int k : new int[] {1, 2, 10}) {
      assertEquals(topOfMatrix(result, k), ReuseCoverage.of(result).nearest(k), "k " + k);
    }
  }

  /**
   * Letters sharing a formula, some also a second passage and some a third that overlaps it:
   * letters in several families, overlapping copies and ties in shared words.
   */
  private static ReuseResult overlapping() {
    String formula = "We would be pleased to discuss these matters further with your staff";
    String call = "the coalition calls for an immediate independent inquiry into the killings";
    String wider = "an immediate independent inquiry into the killings and the disappearances";
    Random random = new Random(7);
    List<ReuseText> texts = new ArrayList<>();
    for (int i = 0; i < 14; i++) {
      List<String> paragraphs = new ArrayList<>();
      paragraphs.add(filler("p" + i, 5 + random.nextInt(20)));
      if (i % 2 == 0) {
        paragraphs.add(formula);
      }
      if (i % 3 == 0) {
        paragraphs.add(call + " " + filler("q" + i, 3));
      }
      if (i % 5 == 0) {
        paragraphs.add(filler("r" + i, 2) + " " + wider);
      }
      paragraphs.add(filler("s" + i, random.nextInt(30)));
      texts.add(
          text(
              String.format("l%02d", i), "2020-01-" + (10 + i), paragraphs.toArray(String[]::new)));
    }
    return ReuseFinder.of(ReuseSettings.defaults()).find(texts);
  }

  @Test
  void lettersInSeveralFamiliesHaveTheFiguresOfThePairMap() {
    ReuseResult result = overlapping();
    assertEquals(true, result.families().size() >= 3, "" + result.families().size());
    assertSameAsPairMap(result);
  }

  @Test
  void eachLettersNearestAreTheTopOfItsRowTiesById() {
    ReuseResult result = overlapping();
    for (int k : new int[] {1, 3, 5, 100}) {
      assertEquals(topOfMatrix(result, k), ReuseCoverage.of(result).nearest(k), "k " + k);
    }
    ReuseCoverage coverage = ReuseCoverage.of(result);
    for (String a : ids(result)) {
      List<Similarity> one = coverage.nearest(a, 4);
      assertEquals(coverage.nearest(4).stream().filter(s -> s.letter().equals(a)).toList(), one, a);
    }
  }

  @Test
  void aLetterWithItselfSharesNothingButIsAllItself() {
    ReuseResult result = overlapping();
    ReuseCoverage coverage = ReuseCoverage.of(result);
    assertEquals(0, coverage.sharedWords("l00#1", "l00#1"));
    assertEquals(1.0, coverage.share("l00#1", "l00#1"));
    assertThrows(IllegalArgumentException.class, () -> coverage.nearest(0));
    assertThrows(IllegalArgumentException.class, () -> coverage.words("nowhere#1"));
  }

  /**
   * Thirty letters in 150 random families with random, overlapping word ranges: letters in more
   * than 64 families, many letters in the same sets of families, and ties.
   */
  private static ReuseResult random(long seed) {
    Random random = new Random(seed);
    List<ReuseText> texts = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      texts.add(text(String.format("r%02d", i), "2021-01-01", filler("w" + i, 60 + i)));
    }
    List<ReuseFamily> families = new ArrayList<>();
    for (int f = 0; f < 150; f++) {
      List<ReusePassage> members = new ArrayList<>();
      int letters = 2 + random.nextInt(f % 10 == 0 ? 28 : 12);
      List<ReuseText> shuffled = new ArrayList<>(texts);
      java.util.Collections.shuffle(shuffled, random);
      for (ReuseText text : shuffled.subList(0, letters)) {
        for (int copy = 0; copy <= random.nextInt(2); copy++) {
          int from = random.nextInt(text.size() - 10);
          members.add(ReusePassage.of(text, from, from + 1 + random.nextInt(10)));
        }
      }
      families.add(
          new ReuseFamily(
              "R" + (f + 1), members, members.get(0), ReuseLabel.SUBSTANTIVE, List.of()));
    }
    return new ReuseResult(families, texts, new ReuseFinder.Stats(0, 0, 0, 0));
  }

  @Test
  void lettersInManyFamiliesHaveTheFiguresOfThePairMapAndTheTopOfTheirRows() {
    for (long seed = 1; seed <= 3; seed++) {
      ReuseResult result = random(seed);
      assertSameAsPairMap(result);
      for (int k : new int[] {1, 4, 30}) {
        assertEquals(topOfMatrix(result, k), ReuseCoverage.of(result).nearest(k), "k " + k);
      }
    }
  }
}
