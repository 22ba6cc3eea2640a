package org.refrain.analysis.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.refrain.corpus.Letter;

/**
 * The key terms of one group of letters against another, with the groups' make-up so a reader can
 * see what was compared.
 *
 * @param labelA how group A was chosen ("year=2024")
 * @param lettersA the letters in A, in corpus order
 * @param labelB how group B was chosen ("year=2020", or "rest")
 * @param lettersB the letters in B, in corpus order
 * @param terms the key terms, A's first
 */
public record KeynessComparison(
    String labelA,
    List<LetterTerms> lettersA,
    String labelB,
    List<LetterTerms> lettersB,
    List<KeyTerm> terms) {

  public KeynessComparison {
    Objects.requireNonNull(labelA, "labelA");
    Objects.requireNonNull(labelB, "labelB");
    lettersA = List.copyOf(lettersA);
    lettersB = List.copyOf(lettersB);
    terms = List.copyOf(terms);
  }

  /**
   * Compares the letters {@code a} accepts with those {@code b} accepts ({@code b} null: every
   * letter not in A). A letter in both groups counts in both.
   */
  public static KeynessComparison of(
      List<LetterTerms> letters,
      Predicate<Letter> a,
      String labelA,
      Predicate<Letter> b,
      String labelB,
      Keyness keyness) {
    List<LetterTerms> inA = new ArrayList<>();
    List<LetterTerms> inB = new ArrayList<>();
    for (LetterTerms terms : letters) {
      Letter letter = terms.letter().letter();
      boolean isA = a.test(letter);
      if (isA) {
        inA.add(terms);
      }
      if (b == null ? !isA : b.test(letter)) {
        inB.add(terms);
      }
    }
    List<KeyTerm> key =
        keyness.compare(TermFrequencies.sum(inA), words(inA), TermFrequencies.sum(inB), words(inB));
    return new KeynessComparison(labelA, inA, b == null ? "rest" : labelB, inB, key);
  }

  public int wordsA() {
    return words(lettersA);
  }

  public int wordsB() {
    return words(lettersB);
  }

  static int words(List<LetterTerms> letters) {
    int n = 0;
    for (LetterTerms terms : letters) {
      n += terms.words();
    }
    return n;
  }
}
