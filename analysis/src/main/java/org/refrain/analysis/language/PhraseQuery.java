package org.refrain.analysis.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.refrain.analysis.annotate.Annotator;
import org.refrain.analysis.annotate.Token;
import org.refrain.analysis.pattern.PatternNotation;
import org.refrain.analysis.pattern.PatternSyntax;

/**
 * A word or phrase to find in letters ("fishermen", "prison camps", "non-refoulement"), written in
 * the one notation as far as a search goes ({@link PatternNotation#QUERY}: consecutive words,
 * {@code camp|gulag}, {@code urge/VERB}, {@code abduct*}) and tokenised by the same annotator as
 * the letters, so it matches the tokens it names ("Korea's" is two). It matches consecutive tokens
 * of one sentence by lower-case text, or by lemma when {@code lemma} is set ("camp" then finds
 * "camps"). A word ending in {@code *} matches any word it begins, as written.
 *
 * @param text the query as given
 * @param positions one per token matched, in order
 * @param lemma whether to match lemmas rather than words
 */
public record PhraseQuery(String text, List<Position> positions, boolean lemma) {

  /**
   * One token of a query.
   *
   * @param forms the alternatives to match, lemmas in lemma mode; a trailing {@code *} marks a
   *     prefix
   * @param written each alternative in lower case, as typed: in lemma mode a token also matches by
   *     its written form, so "human rights" finds "Human Rights Council", whose "Rights" the model
   *     tags as a proper noun with the lemma "rights"
   * @param tag the part of speech the token must have, or null
   */
  public record Position(List<String> forms, List<String> written, String tag) {
    public Position {
      forms = List.copyOf(forms);
      written = List.copyOf(written);
      if (forms.isEmpty() || written.size() != forms.size()) {
        throw new IllegalArgumentException("forms and written forms differ in number");
      }
    }

    boolean matches(Token token, boolean lemma) {
      if (tag != null && !token.tag().equals(tag) && !token.tag().startsWith(tag + "+")) {
        return false;
      }
      for (int i = 0; i < forms.size(); i++) {
        if (matches(forms.get(i), written.get(i), token, lemma)) {
          return true;
        }
      }
      return false;
    }

    private static boolean matches(String word, String asWritten, Token token, boolean lemma) {
      if (word.length() > 1 && word.endsWith("*")) {
        return token.norm().startsWith(word.substring(0, word.length() - 1));
      }
      if (!lemma) {
        return token.norm().equals(word);
      }
      return token.lemma().equals(word)
          || token.norm().equals(word)
          || token.norm().equals(asWritten);
    }
  }

  public PhraseQuery {
    Objects.requireNonNull(text, "text");
    positions = List.copyOf(positions);
    if (positions.isEmpty()) {
      throw new IllegalArgumentException("the query '" + text + "' has no words");
    }
  }

  /**
   * Reads {@code text} in the notation and tokenises its words with {@code annotator}.
   *
   * @throws IllegalArgumentException for the user: the query has no words, or uses notation a
   *     search cannot match (gaps, optional words)
   */
  public static PhraseQuery parse(String text, Annotator annotator, boolean lemma) {
    if (text.isBlank()) {
      throw new IllegalArgumentException("the term '" + text.strip() + "' has no words");
    }
    List<PatternSyntax.Word> words = PatternNotation.QUERY.parse(text).words();
    // The first alternatives as one text, tokenised and tagged together as before the notation:
    // a word's lemma depends on its neighbours.
    StringBuilder plain = new StringBuilder();
    int[] starts = new int[words.size() + 1];
    for (int w = 0; w < words.size(); w++) {
      starts[w] = plain.length();
      plain.append(words.get(w).alternatives().get(0).written()).append(' ');
    }
    starts[words.size()] = plain.length();
    List<Token> tokens = annotator.tokens(plain.toString());
    if (tokens.stream().noneMatch(Token::isWord)) {
      throw new IllegalArgumentException("the term '" + text.strip() + "' has no words");
    }
    List<Position> positions = new ArrayList<>();
    int t = 0;
    for (int w = 0; w < words.size(); w++) {
      List<Token> own = new ArrayList<>();
      while (t < tokens.size() && tokens.get(t).span().start() < starts[w + 1]) {
        own.add(tokens.get(t++));
      }
      positions.addAll(positions(words.get(w), own, annotator, lemma));
    }
    return new PhraseQuery(text.strip(), positions, lemma);
  }

  /**
   * The positions of one word of the notation: a token each for its first alternative (usually one;
   * "Korea's" is two), or, with alternatives, one position holding a token of each.
   */
  private static List<Position> positions(
      PatternSyntax.Word word, List<Token> tokens, Annotator annotator, boolean lemma) {
    List<PatternSyntax.Form> alternatives = word.alternatives();
    if (alternatives.size() == 1) {
      List<Position> positions = new ArrayList<>();
      for (int k = 0; k < tokens.size(); k++) {
        boolean prefix = alternatives.get(0).prefix() && k == tokens.size() - 1;
        Token token = tokens.get(k);
        positions.add(
            new Position(List.of(form(token, prefix, lemma)), List.of(token.norm()), word.tag()));
      }
      return positions;
    }
    List<String> forms = new ArrayList<>();
    List<String> written = new ArrayList<>();
    for (int a = 0; a < alternatives.size(); a++) {
      PatternSyntax.Form alternative = alternatives.get(a);
      List<Token> own = a == 0 ? tokens : annotator.tokens(alternative.written());
      if (own.size() != 1) {
        throw new IllegalArgumentException(
            "each alternative of a search word is one word: '" + alternative.written() + "'");
      }
      forms.add(form(own.get(0), alternative.prefix(), lemma));
      written.add(own.get(0).norm());
    }
    return List.of(new Position(forms, written, word.tag()));
  }

  /** What a token of the query matches: its lemma in lemma mode; as written when a prefix. */
  private static String form(Token token, boolean prefix, boolean lemma) {
    if (prefix) {
      return token.norm() + "*";
    }
    return lemma ? token.lemma() : token.norm();
  }

  /** Each position's forms, alternatives joined by "|": ["prison", "camp*"], ["camp|gulag"]. */
  public List<String> words() {
    return positions.stream().map(p -> String.join("|", p.forms())).toList();
  }

  public int length() {
    return positions.size();
  }

  /** True when the query matches {@code tokens} from {@code start}. */
  public boolean matchesAt(List<Token> tokens, int start) {
    if (start + positions.size() > tokens.size()) {
      return false;
    }
    for (int k = 0; k < positions.size(); k++) {
      if (!positions.get(k).matches(tokens.get(start + k), lemma)) {
        return false;
      }
    }
    return true;
  }
}
