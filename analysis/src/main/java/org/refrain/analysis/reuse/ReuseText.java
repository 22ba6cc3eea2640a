package org.refrain.analysis.reuse;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.refrain.analysis.annotate.AnnotatedLetter;
import org.refrain.analysis.annotate.Sentence;
import org.refrain.analysis.annotate.Token;
import org.refrain.corpus.Letter;
import org.refrain.corpus.Span;

/**
 * A letter as a sequence of words for reuse detection: every token with a letter or a digit, in
 * text order, normalised. Token indexes into {@link #tokens()} are the coordinates of every
 * passage.
 *
 * @param letter the letter
 * @param tokens its words in text order, spans in bounds and increasing
 */
public record ReuseText(Letter letter, List<ReuseToken> tokens) {

  public ReuseText {
    Objects.requireNonNull(letter, "letter");
    tokens = List.copyOf(tokens);
    int previousEnd = 0;
    for (ReuseToken token : tokens) {
      if (token.span().start() < previousEnd || token.span().end() > letter.text().length()) {
        throw new IllegalArgumentException(
            letter.id() + ": reuse token " + token.span() + " out of order or out of bounds");
      }
      previousEnd = token.span().end();
    }
  }

  /** The words of an annotated letter (OpenNLP tokens), normalised by {@code normalizer}. */
  public static ReuseText of(AnnotatedLetter annotated, WordNormalizer normalizer) {
    return of(annotated, normalizer::normalize);
  }

  /**
   * The words of an annotated letter, each normalised by {@code normalize}: a corpus passes one
   * that remembers each written word's form, so equal words share one string.
   */
  static ReuseText of(AnnotatedLetter annotated, UnaryOperator<String> normalize) {
    List<ReuseToken> words = new ArrayList<>();
    for (Sentence sentence : annotated.sentences()) {
      for (Token token : sentence.tokens()) {
        add(words, token.span(), token.text(), sentence.paragraph(), normalize);
      }
    }
    return new ReuseText(annotated.letter(), words);
  }

  /**
   * The words of a letter from any tokenisation given as spans into its text, each placed in the
   * paragraph that contains it (spans outside every paragraph are skipped).
   */
  public static ReuseText of(Letter letter, List<Span> tokenSpans, WordNormalizer normalizer) {
    List<ReuseToken> words = new ArrayList<>();
    int paragraph = 0;
    var paragraphs = letter.paragraphs();
    for (Span span : tokenSpans) {
      while (paragraph < paragraphs.size() && paragraphs.get(paragraph).span().end() < span.end()) {
        paragraph++;
      }
      if (paragraph == paragraphs.size()) {
        break;
      }
      if (paragraphs.get(paragraph).span().contains(span)) {
        add(words, span, span.in(letter.text()), paragraph, normalizer::normalize);
      }
    }
    return new ReuseText(letter, words);
  }

  private static void add(
      List<ReuseToken> words,
      Span span,
      String text,
      int paragraph,
      UnaryOperator<String> normalize) {
    if (!isWord(text)) {
      return;
    }
    String norm = normalize.apply(text);
    if (!norm.isEmpty()) {
      words.add(new ReuseToken(span, text, norm, paragraph));
    }
  }

  private static boolean isWord(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** The letter's id. */
  public String id() {
    return letter.id();
  }

  /** Number of words. */
  public int size() {
    return tokens.size();
  }

  /** The letter text from the start of word {@code from} to the end of word {@code to - 1}. */
  public Span span(int from, int to) {
    if (from < 0 || to > tokens.size() || from >= to) {
      throw new IllegalArgumentException("word range " + from + ".." + to + " of " + size());
    }
    return Span.of(tokens.get(from).span().start(), tokens.get(to - 1).span().end());
  }

  /** The text of words {@code from..to} as written, punctuation between them included. */
  public String text(int from, int to) {
    return span(from, to).in(letter.text());
  }
}
