package org.refrain.analysis.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.refrain.analysis.annotate.Annotator;
import org.refrain.analysis.annotate.Token;

/**
 * A word or phrase to find in letters ("fishermen", "prison camps", "non-refoulement"), tokenised
 * by the same annotator as the letters so it matches the tokens it names. It matches consecutive
 * tokens of one sentence by lower-case text, or by lemma when {@code lemma} is set ("camp" then
 * finds "camps"). A word ending in {@code *} matches any word it begins ("abduct*").
 *
 * @param text the query as given
 * @param words the forms to match, one per token; a trailing {@code *} marks a prefix
 * @param written each query token in lower case, as typed: in lemma mode a token also matches by
 *     its written form, so "human rights" finds "Human Rights Council", whose "Rights" the model
 *     tags as a proper noun with the lemma "rights"
 * @param lemma whether to match lemmas rather than words
 */
public record PhraseQuery(String text, List<String> words, List<String> written, boolean lemma) {

  public PhraseQuery {
    Objects.requireNonNull(text, "text");
    words = List.copyOf(words);
    written = List.copyOf(written);
    if (written.size() != words.size()) {
      throw new IllegalArgumentException("words and written forms differ in number");
    }
    if (words.isEmpty()) {
      throw new IllegalArgumentException("the query '" + text + "' has no words");
    }
  }

  /**
   * Tokenises {@code text} with {@code annotator}.
   *
   * @throws IllegalArgumentException when the query has no words, for the user
   */
  public static PhraseQuery parse(String text, Annotator annotator, boolean lemma) {
    List<Token> tokens = annotator.tokens(text);
    if (tokens.stream().noneMatch(Token::isWord)) {
      throw new IllegalArgumentException("the term '" + text.strip() + "' has no words");
    }
    List<String> words = new ArrayList<>();
    List<String> written = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      written.add(token.norm());
      boolean starAfter =
          i + 1 < tokens.size()
              && tokens.get(i + 1).text().equals("*")
              && tokens.get(i + 1).span().start() == token.span().end();
      String form = lemma && !starAfter ? token.lemma() : token.norm();
      if (token.text().endsWith("*") && token.text().length() > 1) {
        words.add(token.norm());
      } else if (starAfter) {
        words.add(form + "*");
        i++;
      } else {
        words.add(form);
      }
    }
    return new PhraseQuery(text.strip(), words, written, lemma);
  }

  public int length() {
    return words.size();
  }

  /** True when the query matches {@code tokens} from {@code start}. */
  public boolean matchesAt(List<Token> tokens, int start) {
    if (start + words.size() > tokens.size()) {
      return false;
    }
    for (int k = 0; k < words.size(); k++) {
      if (!matches(words.get(k), written.get(k), tokens.get(start + k))) {
        return false;
      }
    }
    return true;
  }

  private boolean matches(String word, String asWritten, Token token) {
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
