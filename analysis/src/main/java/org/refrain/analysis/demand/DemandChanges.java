package org.refrain.analysis.demand;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.refrain.corpus.Letter;

/**
 * Demands added, dropped, strengthened (mention to ask) and weakened (ask to mention) between
 * consecutive letters, in three scopes: every letter against the one before it; against the latest
 * earlier letter to the same addressee; against the latest earlier letter to the same UN body.
 *
 * <p>Each letter is compared with one predecessor per scope, so the work grows with the number of
 * letters, not its square. Two addressees are the same when the content words of one ("President
 * Moon Jae-in") are all among the other's ("Moon Jae-in, President of the Republic of Korea"), at
 * least two of them; the search looks back through at most {@link #LOOK_BACK} earlier letters
 * sharing each word.
 */
public final class DemandChanges {

  static final int LOOK_BACK = 64;

  private static final Set<String> FUNCTION_WORDS =
      Set.of("the", "and", "for", "of", "to", "in", "on", "at", "dear", "your", "his", "her");

  private DemandChanges() {}

  /** Every change in {@code result}: scope by scope, then letter by letter, in taxonomy order. */
  public static List<DemandChange> of(DemandResult result) {
    List<DemandChange> changes = new ArrayList<>();
    for (ChangeScope scope : ChangeScope.values()) {
      for (int[] pair : pairs(result.letters(), scope)) {
        compare(
            result, scope, result.letters().get(pair[0]), result.letters().get(pair[1]), changes);
      }
    }
    return changes;
  }

  /** The (earlier, later) index pairs compared in {@code scope}, later letters in order. */
  static List<int[]> pairs(List<LetterDemands> letters, ChangeScope scope) {
    List<int[]> pairs = new ArrayList<>();
    if (scope == ChangeScope.ALL) {
      for (int i = 1; i < letters.size(); i++) {
        pairs.add(new int[] {i - 1, i});
      }
    } else if (scope == ChangeScope.VENUE) {
      Map<String, Integer> latest = new HashMap<>();
      for (int i = 0; i < letters.size(); i++) {
        var venue = letters.get(i).letter().venue();
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

  private static void addresseePairs(List<LetterDemands> letters, List<int[]> pairs) {
    List<Set<String>> keys = new ArrayList<>();
    Map<String, List<Integer>> postings = new HashMap<>();
    for (int i = 0; i < letters.size(); i++) {
      Set<String> key = addresseeWords(letters.get(i).letter().addressee());
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
  static Set<String> addresseeWords(String addressee) {
    Set<String> words = new TreeSet<>();
    if (addressee == null) {
      return words;
    }
    for (String word : addressee.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+")) {
      if (word.length() >= 3 && !FUNCTION_WORDS.contains(word)) {
        words.add(word);
      }
    }
    return words;
  }

  static boolean sameAddressee(Set<String> a, Set<String> b) {
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    return small.size() >= 2 && large.containsAll(small);
  }

  private static void compare(
      DemandResult result,
      ChangeScope scope,
      LetterDemands from,
      LetterDemands to,
      List<DemandChange> changes) {
    Letter a = from.letter();
    Letter b = to.letter();
    for (Demand demand : result.taxonomy().demands()) {
      DemandTag before = from.tag(demand.id()).orElse(null);
      DemandTag after = to.tag(demand.id()).orElse(null);
      ChangeKind kind = kind(before, after);
      if (kind != null) {
        DemandTag shown = kind == ChangeKind.DROPPED ? before : after;
        changes.add(new DemandChange(scope, a, b, demand, kind, strongest(shown)));
      }
    }
  }

  private static ChangeKind kind(DemandTag before, DemandTag after) {
    if (before == null) {
      return after == null ? null : ChangeKind.ADDED;
    }
    if (after == null) {
      return ChangeKind.DROPPED;
    }
    if (before.strength() == after.strength()) {
      return null;
    }
    return after.strength() == Strength.ASK ? ChangeKind.STRENGTHENED : ChangeKind.WEAKENED;
  }

  /** The tag's first ask sentence, or its first sentence when it only mentions the demand. */
  static Evidence strongest(DemandTag tag) {
    for (Evidence e : tag.evidence()) {
      if (e.strength() == Strength.ASK) {
        return e;
      }
    }
    return tag.evidence().get(0);
  }
}
