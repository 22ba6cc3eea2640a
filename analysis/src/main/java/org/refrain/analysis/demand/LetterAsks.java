package org.refrain.analysis.demand;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.refrain.analysis.annotate.AnnotatedLetter;

/**
 * How each sentence of a letter asks.
 *
 * @param letter the letter
 * @param sentences one per sentence of the annotated letter, in order
 */
public record LetterAsks(AnnotatedLetter letter, List<SentenceAsk> sentences) {

  public LetterAsks {
    Objects.requireNonNull(letter, "letter");
    sentences = List.copyOf(sentences);
    if (sentences.size() != letter.sentences().size()) {
      throw new IllegalArgumentException(
          letter.letter().id()
              + ": "
              + sentences.size()
              + " asks for "
              + letter.sentences().size()
              + " sentences");
    }
  }

  /** Each sentence's cue, null where it asks nothing. */
  public List<AskCue> cues() {
    List<AskCue> cues = new ArrayList<>(sentences.size());
    sentences.forEach(s -> cues.add(s.cue()));
    return cues;
  }

  /** The sentences that ask, in order. */
  public List<SentenceAsk> asking() {
    return sentences.stream().filter(SentenceAsk::asks).toList();
  }
}
