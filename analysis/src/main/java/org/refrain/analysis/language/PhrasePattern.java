package org.refrain.analysis.language;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.refrain.analysis.annotate.Token;

/**
 * A sequence of word tests matched against consecutive tokens: each word names alternatives ({@code
 * request|ask}) compared with a token's lower-case text and its lemma, and optionally a part of
 * speech ({@code urge/VERB}).
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

  /** Parses {@code word[|word...][/TAG] ...}. */
  static PhrasePattern parse(String text) {
    Objects.requireNonNull(text, "text");
    List<Word> words = new ArrayList<>();
    for (String part : text.strip().split("\\s+")) {
      String tag = null;
      int slash = part.lastIndexOf('/');
      if (slash > 0) {
        tag = part.substring(slash + 1).toUpperCase(Locale.ROOT);
        part = part.substring(0, slash);
      }
      words.add(
          new Word(
              Set.copyOf(
                  Arrays.stream(part.split("\\|"))
                      .map(Token::normalize)
                      .filter(s -> !s.isEmpty())
                      .toList()),
              tag));
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
