package org.refrain.corpus;

/** Counts white-space separated words, the measure of length shown in letter tables. */
public final class WordCounter {

  private WordCounter() {}

  public static int count(CharSequence text) {
    int n = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) {
        n++;
      }
      inWord = !space;
    }
    return n;
  }
}
