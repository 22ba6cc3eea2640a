package org.refrain.analysis.language;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.refrain.analysis.annotate.AnnotatedLetter;
import org.refrain.analysis.annotate.Sentence;
import org.refrain.analysis.annotate.Token;
import org.refrain.analysis.text.TextFolding;
import org.refrain.corpus.signatory.SignatoryKind;
import org.refrain.corpus.signatory.SignatoryMention;

/**
 * The people a corpus names, learnt from the corpus itself: capitalised proper nouns after a title
 * ("President Moon Jae-in", "leader Kim Jong Un"; titles in {@code titles.txt}) and the persons on
 * the letters' signatory lists. Once learnt, a name is found wherever it recurs, with or without
 * its title. Names are compared by their letters only, accents and case folded, so "Tomas
 * Ojea-Quintana" in a letter finds the signatory "Tomás Ojea-Quintana" however the tokenizer split
 * the hyphen.
 */
final class PersonNames {

  private static final int MAX_NAME_TOKENS = 8;

  private final Set<String> keys;

  private PersonNames(Set<String> keys) {
    this.keys = Set.copyOf(keys);
  }

  /** The names in {@code letters}, after one of {@code titles} or on their signatory lists. */
  static PersonNames learn(List<AnnotatedLetter> letters, Set<String> titles) {
    Set<String> keys = new HashSet<>();
    for (AnnotatedLetter letter : letters) {
      for (Sentence sentence : letter.sentences()) {
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
          if (titles.contains(tokens.get(i).norm())) {
            int end = nameEnd(tokens, i + 1);
            if (end > i + 1) {
              keys.add(key(tokens.subList(i + 1, end)));
            }
          }
        }
      }
      for (SignatoryMention mention : letter.letter().signatories()) {
        if (mention.kind() == SignatoryKind.PERSON && mention.name().strip().contains(" ")) {
          keys.add(fold(mention.name()));
        }
      }
    }
    keys.remove("");
    return new PersonNames(keys);
  }

  /** The end of a run of capitalised proper nouns (and the hyphens inside them) from start. */
  private static int nameEnd(List<Token> tokens, int start) {
    int end = start;
    while (end < tokens.size() && end - start < MAX_NAME_TOKENS && isNameWord(tokens.get(end))) {
      end++;
      // "Jae-in" may be three tokens: a hyphen and what touches it belong to the name.
      while (end + 1 < tokens.size()
          && tokens.get(end).text().equals("-")
          && touching(tokens.get(end - 1), tokens.get(end))
          && touching(tokens.get(end), tokens.get(end + 1))) {
        end += 2;
      }
    }
    return end;
  }

  private static boolean touching(Token a, Token b) {
    return a.span().end() == b.span().start();
  }

  private static boolean isNameWord(Token token) {
    return token.tag().equals("PROPN")
        && Character.isUpperCase(token.text().codePointAt(0))
        && !token.text().toUpperCase(Locale.ROOT).equals(token.text());
  }

  /** The names in {@code tokens}, the longest where they overlap, as token ranges. */
  List<RhetoricLexicon.Hit> find(List<Token> tokens) {
    List<RhetoricLexicon.Hit> hits = new java.util.ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int end = -1;
      if (Character.isUpperCase(tokens.get(i).text().codePointAt(0))) {
        StringBuilder key = new StringBuilder();
        for (int j = i; j < Math.min(tokens.size(), i + MAX_NAME_TOKENS); j++) {
          key.append(fold(tokens.get(j).text()));
          if (tokens.get(j).isWord() && keys.contains(key.toString())) {
            end = j + 1;
          }
        }
      }
      if (end < 0) {
        i++;
      } else {
        hits.add(new RhetoricLexicon.Hit("", i, end));
        i = end;
      }
    }
    return hits;
  }

  private static String key(List<Token> tokens) {
    StringBuilder key = new StringBuilder();
    for (Token token : tokens) {
      key.append(fold(token.text()));
    }
    return key.toString();
  }

  /**
   * Letters only, folded ({@link TextFolding#fold}): "Tomás Ojea-Quintana" is "tomasojeaquintana".
   */
  static String fold(String s) {
    String folded = TextFolding.fold(s);
    StringBuilder out = new StringBuilder(folded.length());
    folded.codePoints().filter(Character::isLetter).forEach(out::appendCodePoint);
    return out.toString();
  }
}
