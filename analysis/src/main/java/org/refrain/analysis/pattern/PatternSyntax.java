package org.refrain.analysis.pattern;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A pattern in Refrain's one notation as {@link PatternNotation} read it: its positions, before a
 * user decides how to match them (demand patterns against a sentence's words, rhetoric patterns and
 * search terms against tokens).
 *
 * @param text the pattern as written, stripped, without a {@code phrase:} prefix
 * @param phrase whether words match their written form only, never their lemma
 * @param elements words and gaps, in order; never starting or ending with a gap (optional words
 *     aside), never two gaps in a row, never only optional words
 */
public record PatternSyntax(String text, boolean phrase, List<Element> elements) {

  /** A position of a pattern. */
  public sealed interface Element permits Word, Gap {}

  /**
   * A word: any of its alternatives, optionally only as one part of speech.
   *
   * @param alternatives what {@code a|b} names, in order, at least one
   * @param tag the Universal Dependencies part of speech after a slash ({@code urge/VERB}), or null
   * @param optional whether the word may be missing ({@code the?})
   */
  public record Word(List<Form> alternatives, String tag, boolean optional) implements Element {
    public Word {
      alternatives = List.copyOf(alternatives);
      if (alternatives.isEmpty()) {
        throw new IllegalArgumentException("a word needs an alternative");
      }
    }
  }

  /**
   * One alternative of a word.
   *
   * @param written as typed, without a trailing {@code *} ("Camps")
   * @param folded as compared: lower case, apostrophes straight, as a token's norm ("camps")
   * @param prefix whether a {@code *} ended it: it matches every word it begins
   */
  public record Form(String written, String folded, boolean prefix) {
    public Form {
      Objects.requireNonNull(written, "written");
      Objects.requireNonNull(folded, "folded");
      if (folded.isEmpty()) {
        throw new IllegalArgumentException("an empty form");
      }
    }
  }

  /** Up to {@code max} words of any kind ({@code ...}, {@code ...6}). */
  public record Gap(int max) implements Element {}

  public PatternSyntax {
    Objects.requireNonNull(text, "text");
    elements = List.copyOf(elements);
    if (elements.isEmpty()) {
      throw new IllegalArgumentException("a pattern needs a word");
    }
  }

  /** The pattern as written, {@code phrase:} included: "phrase: need to". */
  public String source() {
    return phrase ? "phrase: " + text : text;
  }

  /** The same pattern matching written forms only. */
  public PatternSyntax asPhrase() {
    return new PatternSyntax(text, true, elements);
  }

  /** The words, for a user whose notation has no gaps. */
  public List<Word> words() {
    List<Word> words = new ArrayList<>(elements.size());
    for (Element element : elements) {
      if (element instanceof Word word) {
        words.add(word);
      }
    }
    return words;
  }
}
