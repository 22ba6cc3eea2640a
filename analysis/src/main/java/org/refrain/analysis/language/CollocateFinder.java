package org.refrain.analysis.language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.refrain.analysis.annotate.AnnotatedLetter;
import org.refrain.analysis.annotate.Token;
import org.refrain.corpus.lexicon.Lexicon;

/**
 * Finds the collocates of a query, as AntConc does: the words within {@code window} words either
 * side of each match (in its paragraph; a word in two matches' windows counts once), ranked by
 * log-likelihood, with mutual information and the raw frequencies beside. Collocates are counted by
 * lemma; stop words and numbers are left out unless asked for, but every word counts toward the
 * corpus size and the window sizes, so the expected frequencies are those of the running text. Like
 * the term counts, it reads the letters' content only: a salutation or closing is neither a match
 * nor a window ("Dear President Moon" says nothing about President Moon).
 *
 * <p>For a collocate c seen O times in the windows (S word positions in all) and f times in a
 * corpus of N words: E = f S / N, MI = log2(O / E), and G2 is Dunning's log-likelihood of the 2x2
 * table (O, S - O; f - O, N - S - f + O).
 */
public final class CollocateFinder {

  public static final int DEFAULT_WINDOW = 5;
  public static final int DEFAULT_MIN_TOGETHER = 2;

  private final java.util.Set<String> stopWords;
  private final boolean keepStopWords;
  private final int minTogether;

  private CollocateFinder(boolean keepStopWords, int minTogether, Lexicon lexicon) {
    this.stopWords = WordList.stopWords(lexicon);
    if (minTogether < 1) {
      throw new IllegalArgumentException("minTogether must be >= 1: " + minTogether);
    }
    this.keepStopWords = keepStopWords;
    this.minTogether = minTogether;
  }

  /**
   * @param keepStopWords whether stop words and numbers can be collocates
   * @param minTogether the fewest co-occurrences a collocate needs
   */
  public static CollocateFinder of(boolean keepStopWords, int minTogether) {
    return of(keepStopWords, minTogether, Lexicon.bundled());
  }

  /** The same, with the stop words of {@code lexicon}. */
  public static CollocateFinder of(boolean keepStopWords, int minTogether, Lexicon lexicon) {
    return new CollocateFinder(keepStopWords, minTogether, lexicon);
  }

  public Collocation find(List<AnnotatedLetter> letters, PhraseQuery query, int window) {
    if (window < 1) {
      throw new IllegalArgumentException("window must be >= 1: " + window);
    }
    Map<String, Integer> frequency = new HashMap<>();
    Map<String, int[]> near = new HashMap<>(); // lemma -> {left, right}
    int corpusWords = 0;
    int windowWords = 0;
    int matches = 0;
    for (AnnotatedLetter letter : letters) {
      for (ParagraphTokens.Run run : ParagraphTokens.content(letter)) {
        List<Token> tokens = run.tokens();
        // Word positions: windows count words; matches are found on all tokens of one sentence,
        // exactly as the concordance finds them, so "Jae-in" or "Korea’s" match here too.
        int[] wordAt = new int[tokens.size()];
        List<Token> words = new ArrayList<>();
        for (int t = 0; t < tokens.size(); t++) {
          wordAt[t] = tokens.get(t).isWord() ? words.size() : -1;
          if (wordAt[t] >= 0) {
            words.add(tokens.get(t));
            frequency.merge(tokens.get(t).lemma(), 1, Integer::sum);
          }
        }
        corpusWords += words.size();
        List<int[]> found = new ArrayList<>(); // {first word, last word + 1} of each match
        boolean[] taken = new boolean[words.size()]; // node words, and words counted once already
        for (int t = 0; t + query.length() <= tokens.size(); t++) {
          if (query.matchesAt(tokens, t)
              && run.sentences().get(t).equals(run.sentences().get(t + query.length() - 1))) {
            int[] span = wordSpan(wordAt, t, t + query.length());
            if (span != null) {
              found.add(span);
              java.util.Arrays.fill(taken, span[0], span[1], true);
            }
          }
        }
        matches += found.size();
        for (int[] span : found) {
          windowWords += count(words, (long) span[0] - window, span[0], taken, near, 0);
          windowWords += count(words, span[1], (long) span[1] + window, taken, near, 1);
        }
      }
    }
    List<Collocate> collocates = new ArrayList<>();
    for (Map.Entry<String, int[]> e : near.entrySet()) {
      int together = e.getValue()[0] + e.getValue()[1];
      int f = frequency.get(e.getKey());
      double expected = (double) f * windowWords / corpusWords;
      if (together < minTogether || together <= expected) {
        continue;
      }
      collocates.add(
          new Collocate(
              e.getKey(),
              together,
              e.getValue()[0],
              e.getValue()[1],
              f,
              logLikelihood(together, f, windowWords, corpusWords),
              Math.log(together / expected) / Math.log(2)));
    }
    collocates.sort(
        Comparator.comparingDouble(Collocate::logLikelihood)
            .reversed()
            .thenComparing(Collocate::term));
    return new Collocation(query, window, matches, corpusWords, windowWords, collocates);
  }

  /**
   * Counts the words in {@code [from, to)} not yet {@code taken} as collocates on {@code side}, and
   * takes them: where two matches' windows overlap, a word counts once, so no collocate is seen
   * more often than it occurs. Returns the positions counted.
   */
  private int count(
      List<Token> words, long from, long to, boolean[] taken, Map<String, int[]> near, int side) {
    int positions = 0;
    for (int k = (int) Math.max(0, from); k < Math.min(words.size(), to); k++) {
      if (taken[k]) {
        continue;
      }
      taken[k] = true;
      positions++;
      Token word = words.get(k);
      if (keepStopWords || (!stopWords.contains(word.lemma()) && !TermCounter.isNumber(word))) {
        near.computeIfAbsent(word.lemma(), x -> new int[2])[side]++;
      }
    }
    return positions;
  }

  /** The word positions {@code [first, last + 1)} of the tokens {@code [from, to)}, or null. */
  private static int[] wordSpan(int[] wordAt, int from, int to) {
    int first = -1;
    int last = -1;
    for (int t = from; t < to; t++) {
      if (wordAt[t] >= 0) {
        first = first < 0 ? wordAt[t] : first;
        last = wordAt[t];
      }
    }
    return first < 0 ? null : new int[] {first, last + 1};
  }

  /** G2 of the 2x2 contingency table of a collocate, given its co-occurrences and frequency. */
  static double logLikelihood(int together, int frequency, int windowWords, int corpusWords) {
    double n = corpusWords;
    double[] observed = {
      together, windowWords - together, frequency - together, n - windowWords - frequency + together
    };
    double[] rows = {windowWords, n - windowWords};
    double[] cols = {frequency, n - frequency};
    double sum = 0;
    for (int r = 0; r < 2; r++) {
      for (int c = 0; c < 2; c++) {
        double o = Math.max(0, observed[r * 2 + c]);
        double e = rows[r] * cols[c] / n;
        if (o > 0 && e > 0) {
          sum += o * Math.log(o / e);
        }
      }
    }
    return 2 * sum;
  }
}
