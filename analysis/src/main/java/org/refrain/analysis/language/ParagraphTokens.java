package org.refrain.analysis.language;

import java.util.ArrayList;
import java.util.List;
import org.refrain.analysis.annotate.AnnotatedLetter;
import org.refrain.analysis.annotate.Sentence;
import org.refrain.analysis.annotate.Token;

/**
 * A letter's tokens paragraph by paragraph, with each token's sentence: the unit within which
 * concordance context and collocation windows are taken (a paragraph is continuous text; the next
 * one may be a new topic).
 */
final class ParagraphTokens {

  /** One paragraph's tokens and, for each, the index of its sentence. */
  record Run(List<Token> tokens, List<Integer> sentences) {}

  private ParagraphTokens() {}

  /** Every paragraph's tokens, salutation and closing included: all the letter's text. */
  static List<Run> of(AnnotatedLetter letter) {
    return of(letter, false);
  }

  /** The content paragraphs' tokens: salutation and closing left out, as the term counts do. */
  static List<Run> content(AnnotatedLetter letter) {
    return of(letter, true);
  }

  private static List<Run> of(AnnotatedLetter letter, boolean contentOnly) {
    List<Run> runs = new ArrayList<>();
    int paragraph = -1;
    List<Token> tokens = null;
    List<Integer> sentences = null;
    for (int s = 0; s < letter.sentences().size(); s++) {
      Sentence sentence = letter.sentences().get(s);
      if (contentOnly && !letter.letter().paragraphs().get(sentence.paragraph()).isContent()) {
        continue;
      }
      if (sentence.paragraph() != paragraph) {
        paragraph = sentence.paragraph();
        tokens = new ArrayList<>();
        sentences = new ArrayList<>();
        runs.add(new Run(tokens, sentences));
      }
      for (Token token : sentence.tokens()) {
        tokens.add(token);
        sentences.add(s);
      }
    }
    return runs;
  }
}
