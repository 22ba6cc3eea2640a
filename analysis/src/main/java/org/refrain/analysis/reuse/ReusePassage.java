package org.refrain.analysis.reuse;

import java.util.List;
import java.util.Objects;
import org.refrain.corpus.Letter;
import org.refrain.corpus.Span;

/**
 * One copy of a reused passage: the letter it stands in, its word range, its character span in the
 * letter text and the passage as written there.
 *
 * @param letter the letter holding this copy
 * @param fromWord index of its first word in the letter's {@link ReuseText}
 * @param toWord index one past its last word
 * @param span where it stands in the letter text, first word's start to last word's end
 * @param words its words, in order
 */
public record ReusePassage(
    Letter letter, int fromWord, int toWord, Span span, List<ReuseToken> words) {

  public ReusePassage {
    Objects.requireNonNull(letter, "letter");
    Objects.requireNonNull(span, "span");
    words = List.copyOf(words);
    if (fromWord < 0 || toWord <= fromWord || words.size() != toWord - fromWord) {
      throw new IllegalArgumentException("word range " + fromWord + ".." + toWord);
    }
    if (span.end() > letter.text().length()
        || span.start() != words.get(0).span().start()
        || span.end() != words.get(words.size() - 1).span().end()) {
      throw new IllegalArgumentException(letter.id() + ": passage span " + span + " out of bounds");
    }
  }

  /** The copy of words {@code [from, to)} of {@code text}. */
  public static ReusePassage of(ReuseText text, int from, int to) {
    return new ReusePassage(
        text.letter(), from, to, text.span(from, to), text.tokens().subList(from, to));
  }

  /** The passage as written in its letter, punctuation and line breaks included. */
  public String text() {
    return span.in(letter.text());
  }

  /** Number of words. */
  public int size() {
    return toWord - fromWord;
  }

  /** Whether the two copies share a word of the same letter. */
  public boolean overlaps(ReusePassage other) {
    return letter.id().equals(other.letter.id())
        && fromWord < other.toWord
        && other.fromWord < toWord;
  }
}
