package org.refrain.benchmarks.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NumberVariatorTest {

  private final SplittableRandom random = new SplittableRandom(5);

  @Test
  void yearsMoveWithTheLetter() {
    assertEquals("2011", NumberVariator.vary("2008", "from", 3, random));
    assertEquals("2005", NumberVariator.vary("2008", "from", -3, random));
  }

  @Test
  void aDayAfterAMonthStaysADay() {
    for (int i = 0; i < 200; i++) {
      int day = Integer.parseInt(NumberVariator.vary("23", "March", 0, random));
      assertTrue(day >= 1 && day <= 28, "day " + day);
    }
  }

  @Test
  void otherNumbersKeepTheirDigitsAndOrdinalsTheirSuffix() {
    for (int i = 0; i < 200; i++) {
      String number = NumberVariator.vary("69", "of", 0, random);
      assertEquals(2, number.length(), number);
      String ordinal = NumberVariator.vary("49th", "the", 0, random);
      int value = Integer.parseInt(ordinal.substring(0, 2));
      String expected =
          value % 100 >= 11 && value % 100 <= 13
              ? "th"
              : switch (value % 10) {
                case 1 -> "st";
                case 2 -> "nd";
                case 3 -> "rd";
                default -> "th";
              };
      assertEquals(expected, ordinal.substring(2), ordinal);
    }
  }
}
