package org.refrain.analysis.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WordNormalizerTest {

  private static final WordNormalizer FOLD = new WordNormalizer(true, false);
  private static final WordNormalizer KEEP_CASE = new WordNormalizer(false, false);
  private static final WordNormalizer NUMBERS = new WordNormalizer(true, true);

  @Test
  void curlyQuotesAndApostrophesAreMadeStraight() {
    assertEquals("people's", FOLD.normalize("People\u2019s"));
    assertEquals("'pure'", FOLD.normalize("\u2018pure\u2019"));
    assertEquals("\"pure\"", FOLD.normalize("\u201Cpure\u201D"));
    assertEquals(FOLD.normalize("Pyongyang's"), FOLD.normalize("Pyongyang\u2019s"));
  }

  @Test
  void everyDashIsAHyphen() {
    for (char dash :
        new char[] {'\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212'}) {
      assertEquals("on-going", FOLD.normalize("on" + dash + "going"), "U+" + (int) dash);
    }
  }

  @Test
  void aSoftHyphenIsDropped() {
    assertEquals("nongovernmental", FOLD.normalize("non\u00ADgovernmental"));
    assertEquals(FOLD.normalize("Kwanliso"), FOLD.normalize("kwan\u00ADliso"));
  }

  @Test
  void caseIsFoldedUnlessSwitchedOff() {
    assertEquals("member", FOLD.normalize("Member"));
    assertEquals("Member", KEEP_CASE.normalize("Member"));
    assertFalse(KEEP_CASE.normalize("States").equals(KEEP_CASE.normalize("states")));
    assertEquals("i", FOLD.normalize("İ"));
  }

  @Test
  void accentsAreFoldedWithCaseOrWithout() {
    assertEquals("tomas", FOLD.normalize("Tomás"));
    assertEquals("Soren", KEEP_CASE.normalize("Søren"));
    assertEquals("strasse", FOLD.normalize("Straße"));
  }

  @Test
  void numbersBecomeOneClassOnlyWhenAsked() {
    assertEquals("#", NUMBERS.normalize("69"));
    assertEquals("#", NUMBERS.normalize("1,000"));
    assertEquals("#", NUMBERS.normalize("2.5"));
    assertEquals("69", FOLD.normalize("69"));
    assertEquals("75th", NUMBERS.normalize("75th"));
    assertEquals("covid-19", NUMBERS.normalize("COVID-19"));
  }

  @Test
  void isNumberNeedsADigitAndOnlySeparatorsBesideIt() {
    assertTrue(WordNormalizer.isNumber("2020"));
    assertTrue(WordNormalizer.isNumber("1.000,5"));
    assertFalse(WordNormalizer.isNumber(","));
    assertFalse(WordNormalizer.isNumber("11a"));
    assertFalse(WordNormalizer.isNumber(""));
  }

  @Test
  void normalisingIsIdempotent() {
    for (String word :
        new String[] {"People\u2019s", "on\u2014going", "non\u00ADgovernmental", "69", "ÉTATS"}) {
      String once = NUMBERS.normalize(word);
      assertEquals(once, NUMBERS.normalize(once), word);
    }
  }
}
