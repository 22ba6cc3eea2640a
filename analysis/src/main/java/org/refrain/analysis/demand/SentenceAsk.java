package org.refrain.analysis.demand;

import java.util.List;
import java.util.Objects;
import org.refrain.corpus.Span;

/**
 * How one sentence asks, as the {@link AskDetector} reads it.
 *
 * @param sentence the sentence's index in its annotated letter
 * @param span the sentence in the letter text
 * @param cue what makes it an ask, or null when it asks nothing
 * @param requests the request verbs used as verbs in it, in text order, whoever makes them (a
 *     sentence may report a request without asking: "the resolution calls for ...")
 */
public record SentenceAsk(int sentence, Span span, AskCue cue, List<Request> requests) {

  public SentenceAsk {
    Objects.requireNonNull(span, "span");
    requests = List.copyOf(requests);
    if (sentence < 0) {
      throw new IllegalArgumentException("sentence must be >= 0: " + sentence);
    }
  }

  /** Whether the sentence asks: the demand tagger's "ask", the reuse labeller's asking sentence. */
  public boolean asks() {
    return cue != null;
  }
}
