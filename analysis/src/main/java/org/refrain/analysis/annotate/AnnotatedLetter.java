package org.refrain.analysis.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.refrain.corpus.Letter;
import org.refrain.corpus.Span;

/**
 * A letter with its body annotated: sentences in order, each with its tokens. Validates that spans
 * are in bounds and ordered and that the letter text at every token's span is the token.
 *
 * @param letter the letter annotated
 * @param sentences its body sentences, in text order
 */
public record AnnotatedLetter(Letter letter, List<Sentence> sentences) {

  public AnnotatedLetter {
    Objects.requireNonNull(letter, "letter");
    sentences = List.copyOf(sentences);
    String text = letter.text();
    int previousEnd = 0;
    for (Sentence sentence : sentences) {
      if (sentence.span().start() < previousEnd || sentence.span().end() > text.length()) {
        throw new IllegalArgumentException(
            letter.id() + ": sentence " + sentence.span() + " out of order or out of bounds");
      }
      if (sentence.paragraph() >= letter.paragraphs().size()) {
        throw new IllegalArgumentException(
            letter.id()
                + ": sentence in paragraph "
                + sentence.paragraph()
                + " that does not exist");
      }
      for (Token token : sentence.tokens()) {
        Span at = token.span();
        if (at.end() > text.length()
            || !text.regionMatches(at.start(), token.text(), 0, at.length())) {
          throw new IllegalArgumentException(
              letter.id() + ": token '" + token.text() + "' is not the text at " + token.span());
        }
      }
      previousEnd = sentence.span().end();
    }
  }

  /** Every token of every sentence, in text order. */
  public List<Token> tokens() {
    List<Token> all = new ArrayList<>();
    for (Sentence sentence : sentences) {
      all.addAll(sentence.tokens());
    }
    return all;
  }

  /**
   * The sentences of the letter's content paragraphs, in text order: the salutation and the closing
   * ({@link org.refrain.corpus.Paragraph.Role}) left out, as the term counts leave them out.
   */
  public List<Sentence> contentSentences() {
    List<Sentence> content = new ArrayList<>(sentences.size());
    for (Sentence sentence : sentences) {
      if (letter.paragraphs().get(sentence.paragraph()).isContent()) {
        content.add(sentence);
      }
    }
    return content;
  }

  /**
   * The letter's words as {@link Letter#words()} counts them: the one word count of every table and
   * the denominator of every per-1,000-words rate.
   */
  public int words() {
    return letter.words();
  }
}
