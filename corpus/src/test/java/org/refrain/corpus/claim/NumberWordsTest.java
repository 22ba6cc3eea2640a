package org.refrain.corpus.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberWordsTest {

  @ParameterizedTest
  @CsvSource({
    "28, 28",
    "'1,200', 1200",
    "four, 4",
    "Seven, 7",
    "sixty-eight, 68",
    "twenty one, 21",
    "one hundred, 100",
    "two hundred and five, 205",
    "nineteen, 19"
  })
  void reads(String text, int value) {
    assertEquals(value, NumberWords.parse(text).orElseThrow());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "many", "sixty-ten", "hundred", "-", "one hundred -"})
  void rejects(String text) {
    assertTrue(NumberWords.parse(text).isEmpty());
  }
}
