package org.refrain.analysis.annotate;

import java.util.List;
import java.util.Objects;
import org.refrain.corpus.Span;

/**
 * One sentence of a letter: where it stands, which body paragraph holds it and its tokens.
 *
 * @param span where the sentence stands in the letter text
 * @param paragraph index of its paragraph in {@link org.refrain.corpus.Letter#paragraphs()}
 * @param tokens its tokens in order, each inside {@code span}
 */
public record Sentence(Span span, int paragraph, List<Token> tokens) {

  public Sentence {
    Objects.requireNonNull(span, "span");
    tokens = List.copyOf(tokens);
    if (paragraph < 0) {
      throw new IllegalArgumentException("paragraph must be >= 0: " + paragraph);
    }
    int previousEnd = span.start();
    for (Token token : tokens) {
      if (token.span().start() < previousEnd || token.span().end() > span.end()) {
        throw new IllegalArgumentException(
            "token " + token.span() + " out of order or outside sentence " + span);
      }
      previousEnd = token.span().end();
    }
  }

  /** The sentence's text in {@code letterText}. */
  public String text(String letterText) {
    return span.in(letterText);
  }

  /** Number of word tokens (tokens with a letter or digit). */
  public int words() {
    int n = 0;
    for (Token token : tokens) {
      if (token.isWord()) {
        n++;
      }
    }
    return n;
  }
}
