package org.refrain.analysis.sequence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.refrain.corpus.Letter;

/**
 * The (earlier, later) pairs of letters compared in a {@link ChangeScope}. Two addressees are the
 * same when the content words of one ("President Moon Jae-in") are all among the other's ("Moon
 * Jae-in, President of the Republic of Korea"), at least two of them; the search looks back through
 * at most {@link #LOOK_BACK} earlier letters sharing each word.
 */
public final class Predecessors {

  static final int LOOK_BACK = 64;

  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}-]+");

  private static final Set<String> FUNCTION_WORDS =
      Set.of("the", "and", "for", "of", "to", "in", "on", "at", "dear", "your", "his", "her");

  private Predecessors() {}

  /**
   * The (earlier, later) index pairs of {@code letters} (in date order) compared in {@code scope}.
   */
  public static List<int[]> pairs(List<Letter> letters, ChangeScope scope) {
    List<int[]> pairs = new ArrayList<>();
    if (scope == ChangeScope.ALL) {
      for (int i = 1; i < letters.size(); i++) {
        pairs.add(new int[] {i - 1, i});
      }
    } else if (scope == ChangeScope.VENUE) {
      Map<String, Integer> latest = new HashMap<>();
      for (int i = 0; i < letters.size(); i++) {
        var venue = letters.get(i).venue();
        if (venue == null || venue.body() == null) {
          continue;
        }
        Integer before = latest.put(venue.body().toLowerCase(Locale.ROOT), i);
        if (before != null) {
          pairs.add(new int[] {before, i});
        }
      }
    } else {
      addresseePairs(letters, pairs);
    }
    return pairs;
  }

  private static void addresseePairs(List<Letter> letters, List<int[]> pairs) {
    List<Set<String>> keys = new ArrayList<>();
    Map<String, List<Integer>> postings = new HashMap<>();
    for (int i = 0; i < letters.size(); i++) {
      Set<String> key = addresseeWords(letters.get(i).addressee());
      keys.add(key);
      int best = -1;
      for (String word : key) {
        List<Integer> seen = postings.getOrDefault(word, List.of());
        for (int k = seen.size() - 1; k >= Math.max(0, seen.size() - LOOK_BACK); k--) {
          int j = seen.get(k);
          if (j > best && sameAddressee(keys.get(j), key)) {
            best = j;
            break;
          }
        }
      }
      if (best >= 0) {
        pairs.add(new int[] {best, i});
      }
      for (String word : key) {
        postings.computeIfAbsent(word, w -> new ArrayList<>()).add(i);
      }
    }
  }

  /** The addressee's content words, lower case: letters and digits, three or more characters. */
  public static Set<String> addresseeWords(String addressee) {
    Set<String> words = new TreeSet<>();
    if (addressee == null) {
      return words;
    }
    for (String word : NOT_WORD.split(addressee.toLowerCase(Locale.ROOT))) {
      if (word.length() >= 3 && !FUNCTION_WORDS.contains(word)) {
        words.add(word);
      }
    }
    return words;
  }

  /** Whether the smaller word set, of two words or more, lies inside the larger. */
  public static boolean sameAddressee(Set<String> a, Set<String> b) {
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    return small.size() >= 2 && large.containsAll(small);
  }
}
