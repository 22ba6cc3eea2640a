package org.refrain.reports;

import java.util.Comparator;
import org.refrain.corpus.Letter;

/**
 * The order in which every table and JSON array lists letters: by id, where the index after the
 * last {@code #} compares as a number, so {@code a#2} comes before {@code a#10}.
 */
public final class LetterOrder {

  /** Orders letters by id, comparing the trailing {@code #index} numerically. */
  public static final Comparator<Letter> BY_ID =
      Comparator.comparing(Letter::id, LetterOrder::compareIds);

  private LetterOrder() {}

  /** Compares two letter ids: stems as strings, then numeric suffixes as numbers. */
  public static int compareIds(String a, String b) {
    int hashA = a.lastIndexOf('#');
    int hashB = b.lastIndexOf('#');
    String stemA = hashA < 0 ? a : a.substring(0, hashA);
    String stemB = hashB < 0 ? b : b.substring(0, hashB);
    int byStem = stemA.compareTo(stemB);
    if (byStem != 0) {
      return byStem;
    }
    Long numberA = hashA < 0 ? null : number(a.substring(hashA + 1));
    Long numberB = hashB < 0 ? null : number(b.substring(hashB + 1));
    if (numberA != null && numberB != null && !numberA.equals(numberB)) {
      return Long.compare(numberA, numberB);
    }
    return a.compareTo(b);
  }

  private static Long number(String digits) {
    if (digits.isEmpty() || digits.length() > 18) {
      return null;
    }
    for (int i = 0; i < digits.length(); i++) {
      if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
        return null;
      }
    }
    return Long.parseLong(digits);
  }
}
