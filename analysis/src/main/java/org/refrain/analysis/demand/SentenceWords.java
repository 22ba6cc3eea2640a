package org.refrain.analysis.demand;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.refrain.analysis.annotate.Sentence;
import org.refrain.analysis.annotate.Token;
import org.refrain.corpus.Span;

/**
 * A sentence as the units patterns match: its tokens, with a hyphenated word split at its hyphens
 * ("shoot-to-kill" is shoot, to, kill; "co-sponsoring" is co, sponsoring) and a possessive's "'s"
 * apart, so a pattern matches the same words however the tokeniser joined them. Each unit keeps its
 * span in the letter text, the token's lower-case text and lemma, and its part of speech.
 */
public final class SentenceWords {

  /**
   * One unit.
   *
   * @param norm the unit's text, lower case, apostrophes straight
   * @param lemma its dictionary form (for a part of a hyphenated word: the lemma's part when the
   *     lemma splits alike, else {@code norm})
   * @param tag the token's Universal Dependencies part of speech
   * @param span where it stands in the letter text
   * @param token the whole token it is part of, in the letter text
   */
  public record Word(String norm, String lemma, String tag, Span span, Span token) {
    public Word {
      Objects.requireNonNull(norm, "norm");
      Objects.requireNonNull(lemma, "lemma");
      Objects.requireNonNull(tag, "tag");
      Objects.requireNonNull(span, "span");
      Objects.requireNonNull(token, "token");
      if (!token.contains(span)) {
        throw new IllegalArgumentException("unit " + span + " outside its token " + token);
      }
    }

    /** True for a unit without a letter or digit. */
    public boolean isPunctuation() {
      for (int i = 0; i < norm.length(); i++) {
        if (Character.isLetterOrDigit(norm.charAt(i))) {
          return false;
        }
      }
      return true;
    }
  }

  private final Sentence sentence;
  private final List<Word> words;

  private SentenceWords(Sentence sentence, List<Word> words) {
    this.sentence = sentence;
    this.words = List.copyOf(words);
  }

  /** The units of {@code sentence}, in text order. */
  public static SentenceWords of(Sentence sentence) {
    List<Word> words = new ArrayList<>();
    for (Token token : sentence.tokens()) {
      split(token, words);
    }
    return new SentenceWords(sentence, words);
  }

  public Sentence sentence() {
    return sentence;
  }

  public List<Word> words() {
    return words;
  }

  public int size() {
    return words.size();
  }

  public Word get(int i) {
    return words.get(i);
  }

  /**
   * The span from unit {@code start} to unit {@code end - 1}, widened to whole tokens: a match of
   * "refoulement" in "non-refoulement" shows the word as written.
   */
  public Span span(int start, int end) {
    return Span.of(words.get(start).token().start(), words.get(end - 1).token().end());
  }

  private static void split(Token token, List<Word> out) {
    String norm = token.norm();
    List<int[]> parts = parts(norm);
    // Case folding that changes a word's length ("İ") would shift the parts' spans: keep it whole.
    if (parts.size() == 1 || norm.length() != token.text().length()) {
      out.add(new Word(norm, token.lemma(), token.tag(), token.span(), token.span()));
      return;
    }
    List<int[]> lemmaParts = parts(token.lemma());
    boolean lemmaAlike = lemmaParts.size() == parts.size();
    for (int p = 0; p < parts.size(); p++) {
      int[] part = parts.get(p);
      String text = norm.substring(part[0], part[1]);
      String lemma =
          lemmaAlike ? token.lemma().substring(lemmaParts.get(p)[0], lemmaParts.get(p)[1]) : text;
      int base = token.span().start();
      out.add(
          new Word(
              text, lemma, token.tag(), Span.of(base + part[0], base + part[1]), token.span()));
    }
  }

  /**
   * The parts of a word: split at hyphens standing between two letters or digits, and before a
   * final "'s". A word without either is one part.
   */
  static List<int[]> parts(String word) {
    List<int[]> parts = new ArrayList<>();
    int start = 0;
    for (int i = 1; i + 1 < word.length(); i++) {
      if (isHyphen(word.charAt(i))
          && Character.isLetterOrDigit(word.charAt(i - 1))
          && Character.isLetterOrDigit(word.charAt(i + 1))) {
        parts.add(new int[] {start, i});
        start = i + 1;
      }
    }
    int end = word.length();
    if (end - start > 2 && word.endsWith("'s")) {
      parts.add(new int[] {start, end - 2});
      start = end - 2;
    }
    parts.add(new int[] {start, end});
    return parts;
  }

  static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }
}
