package org.refrain.analysis.language;

import java.util.List;
import java.util.Objects;
import org.refrain.analysis.annotate.AnnotatedLetter;
import org.refrain.analysis.annotate.Sentence;

/**
 * A sentence that makes an ask: it holds at least one directive verb ("We urge ...", "We further
 * request ...").
 *
 * @param letter the letter
 * @param sentence index of the sentence in the annotated letter
 * @param verbs the directives in it, in order ("urge", "call on")
 * @param voice who asks: {@code we} when a first-person plural comes before the first directive
 *     ("We urge"), {@code imperative} when the directive opens the sentence ("Urge China to ..."),
 *     otherwise {@code third-person} ("the coalition urged", "the resolution calls for"): asks the
 *     letter reports rather than makes
 */
public record Directive(AnnotatedLetter letter, int sentence, List<String> verbs, String voice) {

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
