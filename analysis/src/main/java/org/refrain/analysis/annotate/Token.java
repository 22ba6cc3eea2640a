package org.refrain.analysis.annotate;

import java.util.Locale;
import java.util.Objects;
import org.refrain.analysis.text.TextFolding;
import org.refrain.corpus.Span;

/**
 * One token of a letter: its text as written, where it stands, its part-of-speech tag and its
 * lemma. The normalised forms sit beside the original, never replace it.
 *
 * @param span where the token stands in the letter text
 * @param text the token as written (the letter text at {@code span})
 * @param tag its Universal Dependencies part of speech (NOUN, VERB, PROPN, PUNCT, ...)
 * @param lemma its dictionary form, lower case, with typographic apostrophes made straight
 */
public record Token(Span span, String text, String tag, String lemma) {

  public Token {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(tag, "tag");
    Objects.requireNonNull(lemma, "lemma");
    if (span.length() != text.length()) {
      throw new IllegalArgumentException("span " + span + " does not match token '" + text + "'");
    }
    if (text.isEmpty()) {
      throw new IllegalArgumentException("empty token at " + span);
    }
  }

  /** The token in lower case with typographic apostrophes made straight. */
  public String norm() {
    return normalize(text);
  }

  /**
   * True when the token has a letter or a digit (a word or a number, not punctuation) and is not
   * the clitic "’s" / "'s" split off a possessive: "Korea’s" is one word, not two.
   */
  public boolean isWord() {
    return hasLetterOrDigit(text) && !norm().equals("'s");
  }

  /** The case folding and apostrophe straightening used for every comparison of words. */
  public static String normalize(String s) {
    return TextFolding.apostrophes(s.toLowerCase(Locale.ROOT));
  }

  static boolean hasLetterOrDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
