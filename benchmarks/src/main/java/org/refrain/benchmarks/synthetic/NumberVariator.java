package org.refrain.benchmarks.synthetic;

import java.util.SplittableRandom;

/**
 * Varies a number: a year moves with the letter's date, so "from 2008 to 2018" stays a span before
 * the letter; a day after a month name stays a day of a month; any other number becomes a random
 * number of as many digits, and an ordinal keeps a matching suffix ("49th" to "52nd").
 */
final class NumberVariator {

  private static final int FIRST_YEAR = 1900;
  private static final int LAST_YEAR = 2099;

  private NumberVariator() {}

  /**
   * @param number digits, possibly followed by an ordinal suffix
   * @param previousWord the word before it, or "" at the start of a paragraph
   * @param yearShift how many years the letter's date moved from its sample's
   */
  static String vary(String number, String previousWord, int yearShift, SplittableRandom random) {
    int digitsEnd = 0;
    while (digitsEnd < number.length() && Character.isDigit(number.charAt(digitsEnd))) {
      digitsEnd++;
    }
    String digits = number.substring(0, digitsEnd);
    boolean ordinal = digitsEnd < number.length();
    String varied = digits(digits, previousWord, yearShift, random);
    return ordinal ? varied + suffix(varied) : varied;
  }

  private static String digits(
      String digits, String previousWord, int yearShift, SplittableRandom random) {
    if (digits.length() == 4) {
      int value = Integer.parseInt(digits);
      if (value >= FIRST_YEAR && value <= LAST_YEAR) {
        return Integer.toString(Math.max(FIRST_YEAR, Math.min(LAST_YEAR, value + yearShift)));
      }
    }
    if (digits.length() <= 2 && Months.isMonth(previousWord)) {
      return Integer.toString(1 + random.nextInt(28));
    }
    if (digits.length() > 9) {
      // Too long to matter as a number (a reference, a telephone number): keep it.
      return digits;
    }
    int low = digits.length() == 1 ? 1 : (int) Math.pow(10, digits.length() - 1);
    return Integer.toString(random.nextInt(low, low * 10));
  }

  private static String suffix(String number) {
    int lastTwo = Integer.parseInt(number.substring(Math.max(0, number.length() - 2)));
    if (lastTwo >= 11 && lastTwo <= 13) {
      return "th";
    }
    return switch (lastTwo % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
  }
}
