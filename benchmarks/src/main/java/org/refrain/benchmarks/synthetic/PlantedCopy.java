package org.refrain.benchmarks.synthetic;

import java.util.Objects;
import org.refrain.corpus.Span;

/**
 * One copy of a {@link Formula} planted in a letter: the ground truth a reuse benchmark scores
 * against.
 *
 * @param letter the id of the letter holding it
 * @param formula the id of the formula it is a copy of
 * @param paragraph the index of the letter paragraph that holds it, whole
 * @param span where it stands in the letter text (the text a document written by {@link
 *     LetterDocumentWriter} holds, character for character)
 * @param text the copy as planted, edits included: {@code span.in(letter.text())}
 * @param edits how many words were substituted, deleted, inserted or renumbered
 */
public record PlantedCopy(
    String letter, int formula, int paragraph, Span span, String text, int edits) {

  public PlantedCopy {
    Objects.requireNonNull(letter, "letter");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    if (formula < 0 || paragraph < 0 || edits < 0) {
      throw new IllegalArgumentException(
          "negative formula, paragraph or edits: " + formula + ", " + paragraph + ", " + edits);
    }
    if (text.isEmpty() || span.length() != text.length()) {
      throw new IllegalArgumentException(letter + ": span " + span + " does not fit its text");
    }
  }
}
