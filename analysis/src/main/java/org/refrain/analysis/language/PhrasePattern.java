package org.refrain.analysis.language;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.refrain.analysis.annotate.Token;
import org.refrain.analysis.pattern.PatternNotation;
import org.refrain.analysis.pattern.PatternSyntax;

/**
 * A sequence of word tests matched against consecutive tokens: each word names alternatives ({@code
 * request|ask}) compared with a token's lower-case text and its lemma, and optionally a part of
 * speech ({@code urge/VERB}), in the one notation ({@link PatternNotation}).
 */
record PhrasePattern(List<Word> words) {

  /** One position of a pattern. */
  record Word(Set<String> forms, String tag) {
    boolean matches(Token token) {
      if (tag != null && !Token.hasTag(token.tag(), tag)) {
        return false;
      }
      return forms.contains(token.lemma()) || forms.contains(token.norm());
    }
  }

  PhrasePattern {
    words = List.copyOf(words);
    if (words.isEmpty()) {
      throw new IllegalArgumentException("empty pattern");
    }
  }

  /**
   * Parses a pattern in the one notation as far as a rhetoric pattern goes ({@link
   * PatternNotation#RHETORIC}: words, {@code a|b}, {@code word/TAG}).
   *
   * @throws IllegalArgumentException naming what is wrong with it
   */
  static PhrasePattern parse(String text) {
    List<Word> words = new ArrayList<>();
    for (PatternSyntax.Word word : PatternNotation.RHETORIC.parse(text).words()) {
      Set<String> forms = new HashSet<>();
      word.alternatives().forEach(form -> forms.add(form.folded()));
      words.add(new Word(Set.copyOf(forms), word.tag()));
    }
    return new PhrasePattern(words);
  }

  int length() {
    return words.size();
  }

  /** True when the pattern matches {@code tokens} from {@code start}. */
  boolean matchesAt(List<Token> tokens, int start) {
    if (start + words.size() > tokens.size()) {
      return false;
    }
    for (int i = 0; i < words.size(); i++) {
      if (!words.get(i).matches(tokens.get(start + i))) {
        return false;
      }
    }
    return true;
  }
}
