package org.refrain.analysis.language;

import java.util.Objects;
import org.refrain.analysis.annotate.AnnotatedLetter;
import org.refrain.corpus.Span;

/**
 * One line of a concordance: a match with the words around it.
 *
 * @param letter the letter
 * @param sentence index of the sentence in the annotated letter
 * @param span where the match stands in the letter text
 * @param left the words before the match, within its paragraph, white space collapsed
 * @param match the matched words as written
 * @param right the words after the match, within its paragraph, white space collapsed
 */
public record KwicLine(
    AnnotatedLetter letter, int sentence, Span span, String left, String match, String right) {

  public KwicLine {
    Objects.requireNonNull(letter, "letter");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(match, "match");
    Objects.requireNonNull(right, "right");
  }
}
