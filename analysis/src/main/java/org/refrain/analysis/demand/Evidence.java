package org.refrain.analysis.demand;

import java.util.List;
import java.util.Objects;
import org.refrain.corpus.Span;

/**
 * A sentence that earned a tag: where it is, what it says, whether it asks, and what matched.
 *
 * @param sentence index of the sentence in the annotated letter
 * @param span the sentence in the letter text
 * @param text the sentence as written
 * @param cue what made it an ask, or null for a mention
 * @param hits the pattern matches in it, in text order (at least one)
 */
public record Evidence(int sentence, Span span, String text, AskCue cue, List<DemandHit> hits) {

  public Evidence {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    hits = List.copyOf(hits);
    if (hits.isEmpty()) {
      throw new IllegalArgumentException("evidence needs a pattern match");
    }
    if (sentence < 0) {
      throw new IllegalArgumentException("sentence must be >= 0: " + sentence);
    }
    for (DemandHit hit : hits) {
      if (!span.contains(hit.span())) {
        throw new IllegalArgumentException("match " + hit.span() + " outside sentence " + span);
      }
    }
  }

  /** Ask when the sentence requests action, else mention. */
  public Strength strength() {
    return cue == null ? Strength.MENTION : Strength.ASK;
  }
}
