package org.refrain.analysis.language;

import java.util.List;
import java.util.Objects;
import org.refrain.analysis.annotate.AnnotatedLetter;
import org.refrain.analysis.annotate.Sentence;
import org.refrain.analysis.demand.Voice;

/**
 * A sentence holding a request verb ("We urge ...", "We further request ...", "the resolution calls
 * for ..."), as the one {@link org.refrain.analysis.demand.AskDetector} reads it.
 *
 * @param letter the letter
 * @param sentence index of the sentence in the annotated letter
 * @param verbs the request verbs in it, in order ("urge", "call on")
 * @param voice who asks with the first: {@link Voice#WE} when "we" make it ("We urge"), {@link
 *     Voice#IMPERATIVE} when it opens a clause ("Urge China to ..."), otherwise {@link
 *     Voice#THIRD_PERSON} ("the coalition urged", "the resolution calls for"): asks the letter
 *     reports rather than makes
 */
public record Directive(AnnotatedLetter letter, int sentence, List<String> verbs, Voice voice) {

  public Directive {
    Objects.requireNonNull(letter, "letter");
    Objects.requireNonNull(voice, "voice");
    verbs = List.copyOf(verbs);
    if (sentence < 0 || sentence >= letter.sentences().size()) {
      throw new IllegalArgumentException("no sentence " + sentence + " in " + letter.letter().id());
    }
    if (verbs.isEmpty()) {
      throw new IllegalArgumentException("a directive needs a directive verb");
    }
  }

  /** The sentence itself. */
  public Sentence annotatedSentence() {
    return letter.sentences().get(sentence);
  }

  /** The sentence's text, as written. */
  public String text() {
    return annotatedSentence().text(letter.letter().text());
  }
}
