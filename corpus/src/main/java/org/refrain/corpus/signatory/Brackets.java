package org.refrain.corpus.signatory;

/** Finds the parenthesised group that ends a string, nesting included. */
final class Brackets {

  private Brackets() {}

  /**
   * The index of the {@code (} matching the final {@code )} of {@code text}, or -1 when the text
   * does not end with a balanced group.
   */
  static int openingOfFinal(String text) {
    if (!text.endsWith(")")) {
      return -1;
    }
    int depth = 0;
    for (int i = text.length() - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == ')') {
        depth++;
      } else if (c == '(') {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    return -1;
  }
}
