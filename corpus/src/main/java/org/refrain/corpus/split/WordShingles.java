package org.refrain.corpus.split;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.refrain.corpus.clean.Line;

/**
 * The word 5-grams of a letter's body as 64-bit hashes, sorted and without repeats: words are runs
 * of letters and digits ({@code \p{L}\p{N}}), case-folded with {@link Locale#ROOT}, and a 5-gram
 * may span lines. A body of fewer than five words is one "shingle" of all its words. Hashes stand
 * for the joined words so that a document of millions of words keeps eight bytes a shingle; two
 * different 5-grams share a hash with odds of about 2^-64.
 */
final class WordShingles {

  static final int SIZE = 5;

  private static final long SEED = 0x9E3779B97F4A7C15L;

  private WordShingles() {}

  /** The sorted, distinct shingle hashes of the lines {@code body} (indices into {@code lines}). */
  static long[] of(List<Line> lines, List<Integer> body) {
    Words words = new Words();
    for (int i : body) {
      words.add(lines.get(i).text());
    }
    return shingles(words.hashes());
  }

  /**
   * The hashes of the words of {@code texts} in order (case-folded runs of letters and digits):
   * what two letters are compared by, word by word, once their punctuation, quotes, dashes and
   * spacing are set aside.
   */
  static long[] words(List<String> texts) {
    Words words = new Words();
    for (String text : texts) {
      words.add(text);
    }
    return words.hashes();
  }

  /** The sorted, distinct shingle hashes of a word sequence ({@link #words}). */
  static long[] shingles(long[] words) {
    int n = words.length;
    long[] shingles;
    if (n < SIZE) {
      shingles = new long[] {sequenceHash(words, 0, n)};
    } else {
      shingles = new long[n - SIZE + 1];
      for (int i = 0; i < shingles.length; i++) {
        shingles[i] = sequenceHash(words, i, i + SIZE);
      }
    }
    Arrays.sort(shingles);
    return distinct(shingles);
  }

  /** A growing sequence of word hashes. */
  private static final class Words {
    private long[] hashes = new long[64];
    private int n;

    void add(String line) {
      String text = line.toLowerCase(Locale.ROOT);
      int at = 0;
      while (at < text.length()) {
        int end = wordEnd(text, at);
        if (end > at) {
          if (n == hashes.length) {
            hashes = Arrays.copyOf(hashes, 2 * n);
          }
          hashes[n++] = wordHash(text, at, end);
          at = end;
        } else {
          at += Character.charCount(text.codePointAt(at));
        }
      }
    }

    long[] hashes() {
      return Arrays.copyOf(hashes, n);
    }
  }

  /** The end of the word starting at {@code at}, or {@code at} when no word starts there. */
  private static int wordEnd(String text, int at) {
    int i = at;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (!isWordChar(cp)) {
        break;
      }
      i += Character.charCount(cp);
    }
    return i;
  }

  /** {@code [\p{L}\p{N}]}, as the filter's word pattern always was. */
  private static boolean isWordChar(int cp) {
    if (cp < 0x80) {
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    }
    if (Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  private static long wordHash(String text, int from, int to) {
    long h = SEED ^ (to - from);
    for (int i = from; i < to; i++) {
      h = mix(h + text.charAt(i));
    }
    return h;
  }

  /** A hash of the word sequence {@code words[from, to)}, its length included. */
  private static long sequenceHash(long[] words, int from, int to) {
    long h = mix(SEED + to - from);
    for (int i = from; i < to; i++) {
      h = mix(h ^ words[i]);
    }
    return h;
  }

  /** The finaliser of SplitMix64: every input bit reaches every output bit. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static long[] distinct(long[] sorted) {
    int k = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (k == 0 || sorted[i] != sorted[k - 1]) {
        sorted[k++] = sorted[i];
      }
    }
    return k == sorted.length ? sorted : Arrays.copyOf(sorted, k);
  }

  /** Shingles two sorted, distinct hash arrays have in common. */
  static int common(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] < b[j]) {
        i++;
      } else if (a[i] > b[j]) {
        j++;
      } else {
        common++;
        i++;
        j++;
      }
    }
    return common;
  }
}
