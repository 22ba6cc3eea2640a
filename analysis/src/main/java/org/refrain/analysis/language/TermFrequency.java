package org.refrain.analysis.language;

import java.util.Objects;
import org.refrain.corpus.Letter;

/**
 * How often a term occurs in a group of letters (one letter, or the letters of one year).
 *
 * @param group the group's label: a letter id or a year
 * @param letter the letter, when the group is one letter; otherwise null
 * @param term the term: lemmas joined by single spaces
 * @param count occurrences in the group
 * @param words word tokens in the group
 * @param letters how many of the group's letters use the term
 */
public record TermFrequency(
    String group, Letter letter, String term, int count, int words, int letters) {

  public TermFrequency {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(term, "term");
    if (count < 1 || words < count || letters < 1) {
      throw new IllegalArgumentException(
          "bad frequency of '" + term + "': " + count + "/" + words + " in " + letters);
    }
  }

  /** Words in the term: 1 for a single word, 2 or 3 for a phrase. */
  public int n() {
    return term.split(" ").length;
  }

  /** Occurrences per 1,000 words of the group. */
  public double perThousand() {
    return 1000.0 * count / words;
  }
}
