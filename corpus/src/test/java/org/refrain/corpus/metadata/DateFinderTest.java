package org.refrain.corpus.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateFinderTest {

  private final DateFinder finder = new DateFinder();

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "October 14, 2020; 2020-10-14",
        "Oct 14, 2020 | News; 2020-10-14",
        "21 November 2017; 2017-11-21",
        "the 21st of November, 2017; 2017-11-21",
        "Sept. 3 2019; 2019-09-03",
        "dated 2024-03-18 in Geneva; 2024-03-18",
        "in March 2020; 2020-03-01",
        "Geneva, 22/09/2022; 2022-09-22",
        "on 9/30/2021 in New York; 2021-09-30",
        "3rd March 2021; 2021-03-03"
      })
  void datesWithYears(String text, String iso) {
    List<DateMention> found = finder.find(text);
    assertEquals(1, found.size(), text);
    assertEquals(LocalDate.parse(iso), found.get(0).toLocalDate());
  }

  @Test
  void aDayWithoutYearKeepsNoYear() {
    DateMention d = finder.find("On March 24, NKDB signed a letter").get(0);
    assertNull(d.year());
    assertEquals(3, d.month());
    assertEquals(24, d.day());
    assertEquals("March 24", "On March 24, NKDB".substring(d.span().start(), d.span().end()));
  }

  @Test
  void impossibleDatesAreIgnored() {
    assertTrue(finder.find("February 30, 2021").isEmpty());
    assertTrue(finder.find("resolution 46/17 and 76/177").isEmpty());
    assertTrue(finder.find("on 03/04/2021, day or month unknown").isEmpty());
  }

  @Test
  void datesInOrder() {
    List<DateMention> found =
        finder.find("resolution 46/17 of March 23, 2021, and 76/177 of December 16, 2021");
    assertEquals(LocalDate.of(2021, 3, 23), found.get(0).toLocalDate());
    assertEquals(LocalDate.of(2021, 12, 16), found.get(1).toLocalDate());
  }

  @Test
  void dateLines() {
    assertTrue(finder.isDateLine("October 14, 2020"));
    assertTrue(finder.isDateLine("Seoul, 21 November 2017"));
    assertTrue(finder.isDateLine("Date : March 3, 2020"));
    assertFalse(finder.isDateLine("Oct 14, 2020 | News"));
    assertFalse(finder.isDateLine("On March 24, NKDB signed a letter"));
    assertFalse(finder.isDateLine("March 24"));
  }
}
