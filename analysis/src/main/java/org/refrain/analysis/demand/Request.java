package org.refrain.analysis.demand;

import java.util.Objects;
import org.refrain.corpus.Span;

/**
 * A request verb of {@link RequestVerbs} used as a verb in a sentence, and who uses it.
 *
 * @param verb the verb's label ("call on")
 * @param span its words in the letter text ("calls upon")
 * @param voice who requests: {@link Voice#WE}, {@link Voice#IMPERATIVE} or {@link
 *     Voice#THIRD_PERSON}
 */
public record Request(String verb, Span span, Voice voice) {

  public Request {
    Objects.requireNonNull(verb, "verb");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(voice, "voice");
  }
}
