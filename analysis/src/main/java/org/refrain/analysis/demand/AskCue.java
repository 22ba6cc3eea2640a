package org.refrain.analysis.demand;

import java.util.Objects;
import org.refrain.corpus.Span;

/**
 * What made a sentence an ask: the rule, who asks, and the words it saw.
 *
 * @param reason the rule
 * @param voice who asks: {@link Voice#WE} for a directive, {@link Voice#IMPERATIVE} for an
 *     imperative, {@link Voice#IMPERSONAL} for a necessity or obligation, {@link
 *     Voice#THIRD_PERSON} for a reported ask; a list item's is its lead's
 * @param span the cue's words in the letter text ("We urge"; for a list item, the cue of the
 *     sentence introducing the list)
 * @param words the text at {@code span}
 */
public record AskCue(AskReason reason, Voice voice, Span span, String words) {

  public AskCue {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(voice, "voice");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(words, "words");
  }

  /** "directive: We urge". */
  @Override
  public String toString() {
    return reason.label() + ": " + words;
  }
}
