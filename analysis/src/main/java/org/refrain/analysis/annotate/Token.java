package org.refrain.analysis.annotate;

import java.util.Locale;
import java.util.Objects;
import org.refrain.analysis.text.TextFolding;
import org.refrain.corpus.Span;

/**
 * One token of a letter: its text as written, where it stands, its part-of-speech tag and its
 * lemma. The normalised forms sit beside the original, never replace it.
 *
 * <p>A corpus holds millions of tokens at once, so a token is kept small: the three strings are
 * shared between equal tokens ({@link TokenStrings}), and its place is two ints, its {@link Span}
 * made when asked (a span object per token was a tenth of a 2 GB heap at 10,000 letters).
 *
 * @param start where the token starts in the letter text
 * @param end where it ends, exclusive
 * @param text the token as written (the letter text at {@code [start, end)})
 * @param tag its Universal Dependencies part of speech (NOUN, VERB, PROPN, PUNCT, ...)
 * @param lemma its dictionary form, lower case, with typographic apostrophes made straight
 */
public record Token(int start, int end, String text, String tag, String lemma) {

  public Token {
    Span span = Span.of(start, end); // validates the range
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(tag, "tag");
    Objects.requireNonNull(lemma, "lemma");
    if (span.length() != text.length()) {
      throw new IllegalArgumentException("span " + span + " does not match token '" + text + "'");
    }
    if (text.isEmpty()) {
      throw new IllegalArgumentException("empty token at " + span);
    }
    text = TokenStrings.of(text);
    tag = TokenStrings.of(tag);
    lemma = TokenStrings.of(lemma);
  }

  /** A token at {@code span}. */
  public Token(Span span, String text, String tag, String lemma) {
    this(Objects.requireNonNull(span, "span").start(), span.end(), text, tag, lemma);
  }

  /** Where the token stands in the letter text. */
  public Span span() {
    return Span.of(start, end);
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
    return hasLetterOrDigit(text) && !isClitic(text);
  }

  /** Whether {@code text} folds to "'s" ({@link #normalize}), read off its two characters. */
  private static boolean isClitic(String text) {
    if (text.length() != 2) {
      return false;
    }
    char quote = text.charAt(0);
    char s = text.charAt(1);
    return (quote == '\'' || quote == '\u2019' || quote == '\u2018') && (s == 's' || s == 'S');
  }

  /**
   * The case folding and apostrophe straightening used for every comparison of words. A word
   * already folded (plain lower-case ASCII, most words of a letter) comes back as it is, without a
   * copy: this runs at every token of every stage.
   */
  public static String normalize(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z' || c >= 0x80) {
        return TextFolding.apostrophes(s.toLowerCase(Locale.ROOT));
      }
    }
    return s;
  }

  /**
   * True when part-of-speech {@code tag} is {@code wanted} or a compound tag starting with it
   * ({@code ADP+DET} is an {@code ADP}), without building {@code wanted + "+"} at every word.
   */
  public static boolean hasTag(String tag, String wanted) {
    return tag.startsWith(wanted)
        && (tag.length() == wanted.length() || tag.charAt(wanted.length()) == '+');
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
