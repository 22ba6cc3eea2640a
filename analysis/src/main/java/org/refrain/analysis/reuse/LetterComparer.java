package org.refrain.analysis.reuse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.refrain.analysis.reuse.ParagraphMatch.Kind;

/**
 * Compares two letters: pairs their paragraphs by word similarity (each at most once, most similar
 * first), keeps the longest run of pairs in the same order on both sides as aligned and calls the
 * other pairs moved, and diffs each pair word by word. The shares come from the same reuse search
 * as the corpus's families, run on the two letters.
 *
 * <p>Two letters of p and q paragraphs cost p x q bag-of-words overlaps and a word diff only for
 * pairs whose overlap could reach the threshold.
 */
public final class LetterComparer {

  /** Least Dice similarity for two paragraphs to be paired (default 0.5). */
  public static final double DEFAULT_MIN_PARAGRAPH_SIMILARITY = 0.5;

  private final ReuseSettings settings;
  private final double minSimilarity;

  private LetterComparer(ReuseSettings settings, double minSimilarity) {
    this.settings = settings;
    this.minSimilarity = minSimilarity;
  }

  public static LetterComparer of(ReuseSettings settings) {
    return new LetterComparer(settings, DEFAULT_MIN_PARAGRAPH_SIMILARITY);
  }

  public LetterComparison compare(ReuseText a, ReuseText b) {
    if (a.id().equals(b.id())) {
      throw new IllegalArgumentException("cannot compare a letter with itself: " + a.id());
    }
    List<List<ReuseToken>> pa = paragraphs(a);
    List<List<ReuseToken>> pb = paragraphs(b);
    List<double[]> pairs = new ArrayList<>(); // {similarity, i, j}
    for (int i = 0; i < pa.size(); i++) {
      for (int j = 0; j < pb.size(); j++) {
        if (pa.get(i).isEmpty() || pb.get(j).isEmpty()) {
          continue;
        }
        int total = pa.get(i).size() + pb.get(j).size();
        if (2.0 * bagOverlap(pa.get(i), pb.get(j)) / total < minSimilarity) {
          continue;
        }
        double similarity = 2.0 * WordDiff.sharedWords(pa.get(i), pb.get(j)) / total;
        if (similarity >= minSimilarity) {
          pairs.add(new double[] {similarity, i, j});
        }
      }
    }
    pairs.sort(
        Comparator.comparingDouble((double[] p) -> -p[0])
            .thenComparingDouble(p -> p[1])
            .thenComparingDouble(p -> p[2]));
    int[] partnerOfA = new int[pa.size()];
    int[] partnerOfB = new int[pb.size()];
    double[] similarityOfA = new double[pa.size()];
    Arrays.fill(partnerOfA, -1);
    Arrays.fill(partnerOfB, -1);
    for (double[] p : pairs) {
      int i = (int) p[1];
      int j = (int) p[2];
      if (partnerOfA[i] < 0 && partnerOfB[j] < 0) {
        partnerOfA[i] = j;
        partnerOfB[j] = i;
        similarityOfA[i] = p[0];
      }
    }
    boolean[] inOrder = longestInOrder(partnerOfA);
    List<ParagraphMatch> rows = rows(a, b, pa, pb, partnerOfA, partnerOfB, similarityOfA, inOrder);
    ReuseCoverage coverage = ReuseCoverage.of(ReuseFinder.of(settings).find(List.of(a, b)));
    return new LetterComparison(
        a, b, rows, coverage.sharedWords(a.id(), b.id()), coverage.sharedWords(b.id(), a.id()));
  }

  private static List<ParagraphMatch> rows(
      ReuseText a,
      ReuseText b,
      List<List<ReuseToken>> pa,
      List<List<ReuseToken>> pb,
      int[] partnerOfA,
      int[] partnerOfB,
      double[] similarityOfA,
      boolean[] inOrder) {
    List<ParagraphMatch> rows = new ArrayList<>();
    int nextB = 0;
    String textA = a.letter().text();
    String textB = b.letter().text();
    for (int i = 0; i < pa.size(); i++) {
      int j = partnerOfA[i];
      if (j >= 0 && inOrder[i]) {
        for (; nextB < j; nextB++) {
          if (partnerOfB[nextB] < 0 && !pb.get(nextB).isEmpty()) {
            rows.add(inserted(pb, textB, nextB));
          }
        }
        nextB = j + 1;
      }
      if (j < 0) {
        if (!pa.get(i).isEmpty()) {
          rows.add(
              new ParagraphMatch(
                  Kind.DELETED,
                  i,
                  -1,
                  0,
                  List.of(new DiffSegment.Deleted(whole(pa.get(i), textA)))));
        }
        continue;
      }
      List<DiffSegment> diff = WordDiff.between(pa.get(i), textA, pb.get(j), textB);
      boolean same = diff.stream().allMatch(s -> s instanceof DiffSegment.Same);
      Kind kind = !inOrder[i] ? Kind.MOVED : same ? Kind.SAME : Kind.CHANGED;
      rows.add(new ParagraphMatch(kind, i, j, similarityOfA[i], diff));
    }
    for (; nextB < pb.size(); nextB++) {
      if (partnerOfB[nextB] < 0 && !pb.get(nextB).isEmpty()) {
        rows.add(inserted(pb, textB, nextB));
      }
    }
    return rows;
  }

  private static ParagraphMatch inserted(List<List<ReuseToken>> pb, String textB, int j) {
    return new ParagraphMatch(
        Kind.INSERTED, -1, j, 0, List.of(new DiffSegment.Inserted(whole(pb.get(j), textB))));
  }

  private static String whole(List<ReuseToken> words, String text) {
    return WordDiff.slice(words, text, 0, words.size());
  }

  /** The words of each paragraph of the letter, by paragraph index (empty for none). */
  private static List<List<ReuseToken>> paragraphs(ReuseText text) {
    List<List<ReuseToken>> out = new ArrayList<>();
    for (int p = 0; p < text.letter().paragraphs().size(); p++) {
      out.add(new ArrayList<>());
    }
    for (ReuseToken token : text.tokens()) {
      out.get(token.paragraph()).add(token);
    }
    return out;
  }

  /** Words the two paragraphs have in common as multisets: an upper bound of their diff's. */
  private static int bagOverlap(List<ReuseToken> x, List<ReuseToken> y) {
    Map<String, Integer> counts = new HashMap<>();
    x.forEach(t -> counts.merge(t.norm(), 1, Integer::sum));
    int common = 0;
    for (ReuseToken t : y) {
      Integer n = counts.get(t.norm());
      if (n != null && n > 0) {
        common++;
        counts.put(t.norm(), n - 1);
      }
    }
    return common;
  }

  /**
   * Marks the paired paragraphs of A that form the longest sequence whose partners in B also rise
   * (a longest increasing subsequence, O(p log p)); the rest of the pairs are moves.
   */
  static boolean[] longestInOrder(int[] partnerOfA) {
    int n = partnerOfA.length;
    int[] tails = new int[n];
    int[] tailIndex = new int[n];
    int[] previous = new int[n];
    int length = 0;
    for (int i = 0; i < n; i++) {
      int j = partnerOfA[i];
      if (j < 0) {
        continue;
      }
      int lo = 0;
      int hi = length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (tails[mid] < j) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      tails[lo] = j;
      tailIndex[lo] = i;
      previous[i] = lo > 0 ? tailIndex[lo - 1] : -1;
      if (lo == length) {
        length++;
      }
    }
    boolean[] inOrder = new boolean[n];
    for (int i = length > 0 ? tailIndex[length - 1] : -1; i >= 0; i = previous[i]) {
      inOrder[i] = true;
    }
    return inOrder;
  }
}
