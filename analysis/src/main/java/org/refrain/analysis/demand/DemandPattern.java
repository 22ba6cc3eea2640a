package org.refrain.analysis.demand;

import java.util.List;
import org.refrain.corpus.Span;

/**
 * A way of recognising a demand in a sentence: a sequence of lemmas and word forms ({@link
 * TokenPattern}) or, as a last resort, a regular expression over the sentence's text ({@link
 * RegexPattern}).
 */
public sealed interface DemandPattern permits TokenPattern, RegexPattern {

  /** The pattern as written in the taxonomy, which a tag reports as the pattern that matched. */
  String source();

  /** Where the pattern matches in the sentence, left to right and never overlapping. */
  List<Span> find(SentenceWords sentence, String letterText);
}
