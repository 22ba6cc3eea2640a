package org.refrain.analysis.reuse;

import java.util.Objects;
import org.refrain.corpus.Span;

/**
 * One word of a letter as reuse sees it: the word as written, where it stands, its normalised form
 * and the body paragraph that holds it. Punctuation is not a reuse token, so "organizations," and
 * "organizations" align.
 *
 * @param span where the word stands in the letter text
 * @param text the word as written
 * @param norm the form compared ({@link WordNormalizer})
 * @param paragraph index of its paragraph in the letter's paragraphs
 */
public record ReuseToken(Span span, String text, String norm, int paragraph) {

  public ReuseToken {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(norm, "norm");
    if (text.isEmpty() || norm.isEmpty()) {
      throw new IllegalArgumentException("empty reuse token at " + span);
    }
    if (paragraph < 0) {
      throw new IllegalArgumentException("paragraph must be >= 0: " + paragraph);
    }
  }
}
