package org.refrain.analysis.language;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What sets each letter apart: its key terms against the rest of the corpus (keyness, overused
 * direction only), the top {@code limit} by G2, leaving out a term nested in a longer key term with
 * the same count. The rest is the corpus total minus the letter, and only the letter's own terms
 * are tested, so the work grows with the corpus, not with its square.
 */
public final class DistinctiveTerms {

  /**
   * One letter's distinctive term.
   *
   * @param letter the letter
   * @param rank 1 for the most distinctive
   * @param term the term, the letter being group A and the rest group B
   */
  public record Distinctive(LetterTerms letter, int rank, KeyTerm term) {
    public Distinctive {
      Objects.requireNonNull(letter, "letter");
      Objects.requireNonNull(term, "term");
    }
  }

  private DistinctiveTerms() {}

  /**
   * The terms without those inside a longer key term with the same count: "moon" goes when
   * "president moon" occurs as often, since every "moon" is that phrase's.
   */
  static List<KeyTerm> withoutNested(List<KeyTerm> terms) {
    List<KeyTerm> kept = new ArrayList<>();
    for (KeyTerm term : terms) {
      String inner = " " + term.term() + " ";
      boolean nested = false;
      for (KeyTerm other : terms) {
        if (other != term
            && other.countA() == term.countA()
            && other.term().length() > term.term().length()
            && (" " + other.term() + " ").contains(inner)) {
          nested = true;
          break;
        }
      }
      if (!nested) {
        kept.add(term);
      }
    }
    return kept;
  }

  /** Up to {@code limit} distinctive terms per letter, letters in the order given. */
  public static List<Distinctive> of(List<LetterTerms> letters, Keyness keyness, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be >= 1: " + limit);
    }
    Map<String, Integer> total = TermFrequencies.sum(letters);
    int totalWords = KeynessComparison.words(letters);
    List<Distinctive> rows = new ArrayList<>();
    for (LetterTerms one : letters) {
      // Only the letter's own terms can be overused in it: the rest's counts of those suffice.
      Map<String, Integer> rest = new HashMap<>();
      one.counts()
          .forEach(
              (term, count) -> {
                int others = total.get(term) - count;
                if (others > 0) {
                  rest.put(term, others);
                }
              });
      List<KeyTerm> key = new ArrayList<>();
      for (KeyTerm term :
          keyness.compare(one.counts(), one.words(), rest, totalWords - one.words())) {
        if (term.overusedIn().equals("A")) {
          key.add(term);
        }
      }
      int rank = 0;
      for (KeyTerm term : withoutNested(key)) {
        if (rank < limit) {
          rows.add(new Distinctive(one, ++rank, term));
        }
      }
    }
    return rows;
  }
}
