package org.refrain.corpus;

/**
 * Counts words: Refrain's one measure of a letter's length, shown in every table that has a {@code
 * words} column and the denominator of every rate per 1,000 words. A word is a run of characters
 * between white space that holds a letter or a digit (so a lone dash or bullet is none, "Korea's"
 * and "non-governmental" are one); an em or en dash between two words separates them
 * ("humanity—entailing" is two), as the annotation's tokenizer does.
 */
public final class WordCounter {

  private WordCounter() {}

  public static int count(CharSequence text) {
    int n = 0;
    boolean inRun = false;
    boolean counted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || (isDash(c) && inRun && nextIsWordChar(text, i))) {
        inRun = false;
        counted = false;
        continue;
      }
      inRun = true;
      if (!counted && Character.isLetterOrDigit(c)) {
        n++;
        counted = true;
      }
    }
    return n;
  }

  private static boolean isDash(char c) {
    return c == '\u2014' || c == '\u2013';
  }

  private static boolean nextIsWordChar(CharSequence text, int i) {
    return i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
  }
}
