package org.refrain.reports.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.refrain.corpus.Letter;
import org.refrain.corpus.LetterKind;
import org.refrain.corpus.metadata.LetterDate;
import org.refrain.corpus.metadata.Venue;
import org.refrain.reports.TestLetters;

class LetterLabelsTest {

  private static LetterDate day(String iso) {
    return new LetterDate(
        LocalDate.parse(iso), LetterDate.Precision.DAY, LetterDate.Source.STATED, iso);
  }

  @Test
  void anAddresseeIsCutAtItsCommaWithoutTitles() {
    assertEquals("Moon Jae-in", LetterLabels.addressee("H.E. Moon Jae-in, President of Korea"));
    assertEquals("Moon Jae-in", LetterLabels.addressee("President Moon Jae-in"));
    assertEquals("UN General Assembly", LetterLabels.addressee("UN General Assembly"));
    assertEquals(
        "Permanent Representatives of…",
        LetterLabels.addressee("Permanent Representatives of Member and Observer States"));
    assertEquals("", LetterLabels.addressee(null));
    assertEquals("", LetterLabels.addressee("  "));
    assertEquals("President", LetterLabels.addressee("President"));
  }

  @Test
  void aLabelIsDateAddresseeAndVenue() {
    Letter letter =
        TestLetters.builder("a.txt", 1)
            .date(day("2022-03-24"))
            .addressee("President Moon Jae-in")
            .venue(new Venue("HRC", 49, false, "49th session"))
            .build();
    assertEquals("2022-03-24 · Moon Jae-in · HRC 49", LetterLabels.label(letter));
    Letter release = TestLetters.builder("b.txt", 1).kind(LetterKind.PRESS_RELEASE).build();
    assertEquals("undated · press release", LetterLabels.label(release));
  }

  @Test
  void labelsAreUniqueAndAnchorsFollowDateOrder() {
    Letter later =
        TestLetters.builder("b.txt", 1).kind(LetterKind.LETTER).date(day("2021-01-02")).build();
    Letter first =
        TestLetters.builder("a.txt", 1).kind(LetterKind.LETTER).date(day("2021-01-02")).build();
    Letter earliest =
        TestLetters.builder("c.txt", 1).kind(LetterKind.LETTER).date(day("2020-05-01")).build();
    LetterLabels labels = LetterLabels.of(List.of(later, first, earliest));
    assertEquals("2021-01-02", labels.of(first));
    assertEquals("2021-01-02 (2)", labels.of(later));
    assertEquals("letter-1", labels.anchor(earliest.id()));
    assertEquals("letter-3", labels.anchor(later.id()));
    assertEquals("no-such-letter", labels.of("no-such-letter"));
  }
}
