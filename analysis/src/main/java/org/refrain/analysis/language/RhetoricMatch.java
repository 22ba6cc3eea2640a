package org.refrain.analysis.language;

import java.util.Objects;
import org.refrain.corpus.Span;

/**
 * One rhetoric feature found in a letter.
 *
 * @param category what kind of feature
 * @param label the feature's name ("urge", "OHCHR", "Moon Jae-in")
 * @param span the words matched, in the letter text
 * @param sentence index of the sentence in the annotated letter
 */
public record RhetoricMatch(RhetoricCategory category, String label, Span span, int sentence) {

  public RhetoricMatch {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(span, "span");
    if (sentence < 0) {
      throw new IllegalArgumentException("sentence must be >= 0: " + sentence);
    }
  }
}
