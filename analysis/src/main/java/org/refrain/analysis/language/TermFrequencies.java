package org.refrain.analysis.language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.refrain.corpus.Letter;

/**
 * Term frequency tables: per letter, or per group of letters such as a year. Rows come group by
 * group in the order given (years ascending), and within a group by count descending, then term.
 */
public final class TermFrequencies {

  /** The label of letters without a date when grouping by year. */
  public static final String UNDATED = "undated";

  private TermFrequencies() {}

  /** The year of a letter's date, or {@link #UNDATED}. */
  public static String year(Letter letter) {
    return letter.date() == null ? UNDATED : Integer.toString(letter.date().value().getYear());
  }

  /** One group per letter, in the order given. */
  public static List<TermFrequency> byLetter(List<LetterTerms> letters) {
    return byLetter(letters, 0);
  }

  /**
   * One group per letter, in the order given, each cut to its {@code top} commonest terms (0: all)
   * as it is built: every term of ten thousand letters is millions of rows.
   */
  public static List<TermFrequency> byLetter(List<LetterTerms> letters, int top) {
    if (top < 0) {
      throw new IllegalArgumentException("top must be 0 or more: " + top);
    }
    List<TermFrequency> rows = new ArrayList<>();
    for (LetterTerms terms : letters) {
      Letter letter = terms.letter().letter();
      List<TermFrequency> group = new ArrayList<>();
      terms
          .counts()
          .forEach(
              (term, count) ->
                  group.add(new TermFrequency(letter.id(), letter, term, count, terms.words(), 1)));
      group.sort(ORDER);
      rows.addAll(top == 0 ? group : group.subList(0, Math.min(top, group.size())));
    }
    return rows;
  }

  /** One group per distinct key, keys in natural order (years ascending, "undated" last). */
  public static List<TermFrequency> byGroup(
      List<LetterTerms> letters, Function<Letter, String> key) {
    Map<String, List<LetterTerms>> groups = new TreeMap<>(UNDATED_LAST);
    for (LetterTerms terms : letters) {
      groups.computeIfAbsent(key.apply(terms.letter().letter()), k -> new ArrayList<>()).add(terms);
    }
    List<TermFrequency> rows = new ArrayList<>();
    groups.forEach((label, members) -> rows.addAll(group(label, members)));
    return rows;
  }

  /** The summed counts of {@code members}. */
  public static Map<String, Integer> sum(List<LetterTerms> members) {
    Map<String, Integer> counts = new HashMap<>();
    for (LetterTerms terms : members) {
      terms.counts().forEach((term, count) -> counts.merge(term, count, Integer::sum));
    }
    return counts;
  }

  private static List<TermFrequency> group(String label, List<LetterTerms> members) {
    Map<String, Integer> counts = sum(members);
    Map<String, Integer> letters = new LinkedHashMap<>();
    int words = 0;
    for (LetterTerms terms : members) {
      words += terms.words();
      terms.counts().keySet().forEach(term -> letters.merge(term, 1, Integer::sum));
    }
    List<TermFrequency> group = new ArrayList<>();
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      group.add(
          new TermFrequency(label, null, e.getKey(), e.getValue(), words, letters.get(e.getKey())));
    }
    group.sort(ORDER);
    return group;
  }

  private static final Comparator<TermFrequency> ORDER =
      Comparator.comparingInt(TermFrequency::count).reversed().thenComparing(TermFrequency::term);

  private static final Comparator<String> UNDATED_LAST =
      Comparator.comparing((String s) -> s.equals(UNDATED))
          .thenComparing(Comparator.naturalOrder());
}
