package org.refrain.analysis.language;

import java.util.Map;
import java.util.Objects;
import org.refrain.analysis.annotate.AnnotatedLetter;

/**
 * The terms of one letter with their counts. Both maps are immutable and in term order.
 *
 * @param letter the letter counted
 * @param counts term (lemmas) to count, in term order
 * @param forms term to the lower-case words it was written as, with their counts
 * @param words the letter's word tokens: the denominator of its rates
 */
public record LetterTerms(
    AnnotatedLetter letter,
    Map<String, Integer> counts,
    Map<String, Map<String, Integer>> forms,
    int words) {

  public LetterTerms {
    Objects.requireNonNull(letter, "letter");
    // Compact array maps: a corpus keeps every letter's terms at once (TermMaps).
    counts = TermMaps.counts(counts);
    forms = TermMaps.forms(forms, counts);
    if (words < 0) {
      throw new IllegalArgumentException("words must be >= 0: " + words);
    }
  }

  public int count(String term) {
    return counts.getOrDefault(term, 0);
  }
}
