package org.refrain.analysis.language;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.refrain.analysis.annotate.AnnotatedLetter;
import org.refrain.analysis.annotate.Sentence;
import org.refrain.analysis.annotate.Token;
import org.refrain.corpus.lexicon.Lexicon;

/**
 * Counts the terms of a letter: lemma n-grams of one to {@code maxN} words inside a sentence, never
 * across punctuation. A single word counts unless it is a stop word or a number; a longer n-gram
 * counts when it neither starts nor ends with a stop word and holds no number, so "crimes against
 * humanity" and "commission of inquiry" are terms but "of the" is not. Terms are keyed by lemma
 * ("human right") and remember the words they were written as ("human rights"), for display. Only
 * the letter's content is counted: its salutation ("Dear President Moon Jae-in,") and closing
 * ("Thank you for your consideration.", "Sincerely,") are formulas, not what it says, and the
 * signatory list is no paragraph at all. Their words still count toward the letter's word count, as
 * stop words do.
 */
public final class TermCounter {

  private final int maxN;
  private final Set<String> stopWords;

  private TermCounter(int maxN, Set<String> stopWords) {
    if (maxN < 1 || maxN > 5) {
      throw new IllegalArgumentException("maxN must be 1..5: " + maxN);
    }
    this.maxN = maxN;
    this.stopWords = Set.copyOf(stopWords);
  }

  /** A counter of n-grams up to {@code maxN} words with the bundled stop words. */
  public static TermCounter upTo(int maxN) {
    return upTo(maxN, Lexicon.bundled());
  }

  /** A counter of terms of up to {@code maxN} words, without {@code lexicon}'s stop words. */
  public static TermCounter upTo(int maxN, Lexicon lexicon) {
    return new TermCounter(maxN, WordList.stopWords(lexicon));
  }

  public int maxN() {
    return maxN;
  }

  /** True when {@code lemma} is a stop word. */
  public boolean isStopWord(String lemma) {
    return stopWords.contains(lemma);
  }

  /**
   * The terms of each letter, in the order given. A proper noun is counted under the lemma its word
   * has as a common noun elsewhere in these letters: the model tags "Rights" in "Human Rights
   * Council" as a proper noun with the lemma "rights", and "human rights" must not be counted as
   * two terms. Letters are counted alone, so the work grows with the corpus; equal terms and forms
   * of different letters share one string, since the letters' terms are kept together.
   */
  public List<LetterTerms> count(List<AnnotatedLetter> letters) {
    Map<String, String> nouns = new HashMap<>();
    for (AnnotatedLetter letter : letters) {
      for (Sentence sentence : letter.contentSentences()) {
        for (Token token : sentence.tokens()) {
          if (token.tag().equals("NOUN") && token.isWord()) {
            nouns.merge(token.norm(), token.lemma(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
          }
        }
      }
    }
    List<LetterTerms> all = new ArrayList<>(letters.size());
    Map<String, String> shared = new HashMap<>();
    for (AnnotatedLetter letter : letters) {
      all.add(count(letter, nouns, shared));
    }
    return all;
  }

  /** The letter's terms with their counts, and its word count. */
  public LetterTerms count(AnnotatedLetter letter) {
    return count(letter, Map.of(), new HashMap<>());
  }

  private LetterTerms count(
      AnnotatedLetter letter, Map<String, String> nouns, Map<String, String> shared) {
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Map<String, Integer>> forms = new HashMap<>();
    for (Sentence sentence : letter.contentSentences()) {
      for (List<Token> run : wordRuns(sentence.tokens())) {
        countRun(run, new Tally(counts, forms, shared), nouns);
      }
    }
    return new LetterTerms(letter, counts, forms, letter.words());
  }

  /** A letter's counts and forms being filled, and the strings shared with other letters. */
  private record Tally(
      Map<String, Integer> counts,
      Map<String, Map<String, Integer>> forms,
      Map<String, String> shared) {

    void add(String term, String form) {
      Integer seen = counts.get(term);
      String key = seen == null ? shared.computeIfAbsent(term, k -> k) : term;
      counts.put(key, seen == null ? 1 : seen + 1);
      Map<String, Integer> written = forms.computeIfAbsent(key, k -> new HashMap<>(2));
      Integer times = written.get(form);
      written.put(
          times == null ? shared.computeIfAbsent(form, k -> k) : form,
          times == null ? 1 : times + 1);
    }
  }

  private void countRun(List<Token> run, Tally tally, Map<String, String> nouns) {
    for (int i = 0; i < run.size(); i++) {
      StringBuilder term = new StringBuilder();
      StringBuilder form = new StringBuilder();
      for (int n = 1; n <= maxN && i + n <= run.size(); n++) {
        Token last = run.get(i + n - 1);
        if (isNumber(last)) {
          break;
        }
        if (n > 1) {
          term.append(' ');
          form.append(' ');
        }
        term.append(key(last, nouns));
        form.append(last.norm());
        if (!isStopWord(key(run.get(i), nouns)) && !isStopWord(key(last, nouns))) {
          tally.add(term.toString(), form.toString());
        }
      }
    }
  }

  private static String key(Token token, Map<String, String> nouns) {
    if (token.tag().equals("PROPN")) {
      String noun = nouns.get(token.norm());
      if (noun != null) {
        return noun;
      }
    }
    return token.lemma();
  }

  /**
   * Runs of consecutive word tokens: punctuation ends a run, so no n-gram spans a comma, and so
   * does a clitic "’s", so "North Korea’s classification" gives "north korea", not "korea 's
   * classification".
   */
  static List<List<Token>> wordRuns(List<Token> tokens) {
    List<List<Token>> runs = new ArrayList<>();
    List<Token> run = new ArrayList<>();
    for (Token token : tokens) {
      if (token.isWord()) {
        run.add(token);
      } else if (!run.isEmpty()) {
        runs.add(run);
        run = new ArrayList<>();
      }
    }
    if (!run.isEmpty()) {
      runs.add(run);
    }
    return runs;
  }

  /**
   * A number: without a letter ("2020", "80,000"), or a number word ("seven", "twenty-eight"). The
   * NUM tag alone is not enough: the model tags unknown words NUM ("kwanliso" in "camps
   * (kwanliso);").
   */
  static boolean isNumber(Token token) {
    return NumberTokens.isNumber(token.text());
  }
}
