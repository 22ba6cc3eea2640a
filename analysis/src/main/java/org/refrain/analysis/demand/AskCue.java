package org.refrain.analysis.demand;

import java.util.Objects;
import org.refrain.corpus.Span;

/**
 * What made a sentence an ask: the rule and the words it saw.
 *
 * @param reason the rule
 * @param span the cue's words in the letter text ("We urge"; for a list item, the cue of the
 *     sentence introducing the list)
 * @param words the text at {@code span}
 */
public record AskCue(AskReason reason, Span span, String words) {

  public AskCue {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(words, "words");
  }

  /** "directive: We urge". */
  @Override
  public String toString() {
    return reason.label() + ": " + words;
  }
}
