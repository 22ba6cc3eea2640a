package org.refrain.analysis.reuse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How much of each letter lies in passages it shares with another: for letters A and B, the share
 * of A's words inside copies of families that also have a copy in B. Not symmetric: a short letter
 * quoted whole by a long one is all shared, the long one only partly.
 *
 * <p>Nothing per pair of letters is stored: the coverage keeps each letter's copies and each
 * family's letters (linear in copies) and works a pair out when asked. {@link #nearest(int)} gives
 * every letter's most similar letters one letter at a time, so the full letter-by-letter matrix is
 * never held; a caller that wants the matrix asks for it pair by pair, for small corpora only.
 */
public final class ReuseCoverage {

  /** How many most similar letters {@link #nearest(int)} gives per letter by default. */
  public static final int DEFAULT_NEAREST = 10;

  private final String[] ids;
  private final int[] words;
  private final Map<String, Integer> index = new HashMap<>();

  /** Per letter, its copies sorted by family then first word: {@code [family, from, to]}. */
  private final int[][][] copies;

  /** Per family, the indexes of its letters, ascending, each once. */
  private final int[][] familyLetters;

  /** Per letter, its words in any shared passage. */
  private final int[] reused;

  private ReuseCoverage(ReuseResult result) {
    List<ReuseText> texts = result.texts();
    int n = texts.size();
    ids = new String[n];
    words = new int[n];
    for (int i = 0; i < n; i++) {
      ids[i] = texts.get(i).id();
      words[i] = texts.get(i).size();
      // A letter given twice keeps its first place, as the map it replaces did its first key.
      index.putIfAbsent(ids[i], i);
    }
    List<List<int[]>> byLetter = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      byLetter.add(new ArrayList<>());
    }
    List<ReuseFamily> families = result.families();
    familyLetters = new int[families.size()][];
    for (int f = 0; f < families.size(); f++) {
      List<ReusePassage> members = families.get(f).members();
      int[] letters = new int[members.size()];
      for (int m = 0; m < members.size(); m++) {
        ReusePassage copy = members.get(m);
        letters[m] = indexOf(copy.letter().id());
        byLetter.get(letters[m]).add(new int[] {f, copy.fromWord(), copy.toWord()});
      }
      familyLetters[f] = Arrays.stream(letters).sorted().distinct().toArray();
    }
    copies = new int[n][][];
    reused = new int[n];
    for (int i = 0; i < n; i++) {
      int[][] own = byLetter.get(i).toArray(int[][]::new);
      Arrays.sort(own, (x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : x[1] - y[1]);
      copies[i] = own;
      reused[i] = Intervals.covered(Arrays.asList(own));
    }
  }

  /** The coverage of the letters in {@code result}: linear in letters and copies. */
  public static ReuseCoverage of(ReuseResult result) {
    return new ReuseCoverage(result);
  }

  /** Words of letter {@code a} in passages shared with letter {@code b}; 0 for {@code a = b}. */
  public int sharedWords(String a, String b) {
    int i = indexOf(a);
    int j = indexOf(b);
    if (i == j) {
      return 0;
    }
    List<int[]> inShared = new ArrayList<>();
    for (int[] copy : copies[i]) {
      if (Arrays.binarySearch(familyLetters[copy[0]], j) >= 0) {
        inShared.add(copy);
      }
    }
    return Intervals.covered(inShared);
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
    int i = indexOf(a);
    return words[i] == 0 ? 0 : (double) reused[i] / words[i];
  }

  /** Words of letter {@code a}; fails for a letter not in the result. */
  public int words(String a) {
    return words[indexOf(a)];
  }

  /** How many letters the coverage knows. */
  public int letters() {
    return ids.length;
  }

  /**
   * The {@code k} letters sharing most of {@code a}'s words, most first (ties: by id), only letters
   * that share any. Costs what one letter of {@link #nearest(int)} costs, plus an array per letter.
   */
  public List<Similarity> nearest(String a, int k) {
    requirePositive(k);
    return new NearestLetters(this).of(indexOf(a), k);
  }

  /**
   * Every letter's {@link #nearest(String, int) k most similar letters}, letters in the order
   * given, each letter's most similar first: at most {@code k} rows per letter. One letter is
   * worked on at a time, with arrays reused across letters, so memory is linear in letters.
   *
   * <p>Cost: for letter A, one O(1) step per letter of each family A has a copy in (the sum over
   * all letters is the sum over families of their letters squared), plus a union of word ranges
   * only for letters in several of A's families whose bound can still enter the top k. A
   * boilerplate family in every letter makes that the number of letters for each letter, never
   * letters x letters per letter; at 10,000 synthetic letters (1,851 families, the largest in 6,653
   * letters) it is 2.7e8 array steps in all.
   */
  public List<Similarity> nearest(int k) {
    requirePositive(k);
    NearestLetters finder = new NearestLetters(this);
    List<Similarity> all = new ArrayList<>();
    for (int i = 0; i < ids.length; i++) {
      all.addAll(finder.of(i, k));
    }
    return all;
  }

  private static void requirePositive(int k) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1: " + k);
    }
  }

  private int indexOf(String id) {
    Integer i = index.get(id);
    if (i == null) {
      throw new IllegalArgumentException("no letter " + id + " in this reuse result");
    }
    return i;
  }

  String id(int letter) {
    return ids[letter];
  }

  int words(int letter) {
    return words[letter];
  }

  int[][] copies(int letter) {
    return copies[letter];
  }

  int[] familyLetters(int family) {
    return familyLetters[family];
  }

  /**
   * One row of the long form: {@code letter}'s words in passages shared with {@code other}.
   *
   * @param letter the letter whose words are counted
   * @param other the letter it shares them with
   * @param sharedWords words of {@code letter} in passages shared with {@code other}, at least 1
   * @param share {@code sharedWords} over the words of {@code letter}
   */
  public record Similarity(String letter, String other, int sharedWords, double share) {
    public Similarity {
      if (letter == null || other == null || letter.equals(other)) {
        throw new IllegalArgumentException("two different letters: " + letter + ", " + other);
      }
      if (sharedWords < 1 || !(share > 0 && share <= 1)) {
        throw new IllegalArgumentException(
            letter + ", " + other + ": shared words " + sharedWords + ", share " + share);
      }
    }
  }
}
