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

class VenueFinderTest {

  private final VenueFinder finder = new VenueFinder();

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "to be adopted at the 49th session of the Human Rights Council.; HRC 49",
        "the annual resolution on the matter at the 49th UN Human Rights Council.; HRC 49",
        "during the 75th session of the General Assembly:; UNGA 75",
        "urge the UN General Assembly to act in the annual resolution at its 75th session.; UNGA 75",
        "ahead of HRC55 in Geneva; HRC 55",
        "at the 76th session of the United Nations General Assembly; UNGA 76"
      })
  void writtenSessions(String text, String label) {
    Venue v = finder.find(List.of(text), null, null);
    assertEquals(label, v.label());
    assertFalse(v.inferred());
  }

  @Test
  void aTimeCueInfersTheSessionFromTheDate() {
    Venue v =
        finder.find(
            List.of(
                "in the context of next month’s consideration of North Korea in the UN Human Rights Council (HRC)"),
            null,
            LocalDate.of(2020, 2, 21));
    assertEquals("HRC", v.body());
    assertEquals(43, v.session());
    assertTrue(v.inferred());
  }

  @Test
  void theAddresseeGivesTheBodyWhenTheTextDoesNot() {
    Venue v =
        finder.find(
            List.of("We urge you to act."), "UN General Assembly", LocalDate.of(2020, 10, 14));
    assertEquals("UNGA 75 (inferred)", v.label());
  }

  @Test
  void noBodyNoVenue() {
    assertNull(
        finder.find(
            List.of("We urge you to act."), "President Moon Jae-in", LocalDate.of(2020, 1, 1)));
  }

  @ParameterizedTest
  @CsvSource({
    "2020-02-21, 43",
    "2020-06-15, 44",
    "2020-09-14, 45",
    "2020-12-01, 46",
    "2022-03-24, 49",
    "2024-03-18, 55"
  })
  void councilCalendar(String date, int session) {
    assertEquals(session, UnBody.Calendar.HRC.sessionAt(LocalDate.parse(date)));
  }

  @ParameterizedTest
  @CsvSource({"2020-10-14, 75", "2021-03-01, 75", "2021-09-20, 76"})
  void assemblyCalendar(String date, int session) {
    assertEquals(session, UnBody.Calendar.UNGA.sessionAt(LocalDate.parse(date)));
  }

  @Test
  void sessionOpenings() {
    assertEquals(LocalDate.of(2022, 3, 1), finder.openingOf(new Venue("HRC", 49, false, "x")));
    assertEquals(LocalDate.of(2020, 9, 1), finder.openingOf(new Venue("UNGA", 75, false, "x")));
  }

  @Test
  void itsSessionBelongsToTheBodyTheAddresseeNames() {
    Venue v =
        finder.find(
            List.of("We ask the Council to renew the mandate at its 47th session."),
            "H.E. Ms Nazhat Shameem Khan, President of the Human Rights Council",
            LocalDate.of(2021, 3, 3));
    assertEquals("HRC 47", v.label());
    assertFalse(v.inferred());
  }

  @Test
  void noSessionBeforeTheCalendarBegins() {
    Venue v =
        finder.find(
            List.of("the upcoming session of the Human Rights Council"),
            null,
            LocalDate.of(1999, 1, 12));
    assertEquals("HRC", v.body());
    assertNull(v.session());
    assertNull(finder.find(List.of("ahead of HRC 00"), null, null));
  }

  /** A venue stated only in a re: line, a page address or an "ahead of the Nth session" phrase. */
  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "Re: 58th Session of the Human Rights Council; HRC 58",
        "RE: Human Rights Council, 58th session; HRC 58",
        "Subject: HRC 58th regular session; HRC 58",
        "https://example.org/news/2025/02/hrc-58-joint-letter-on-myanmar; HRC 58",
        "example.org/statements/unga79-third-committee-letter; UNGA 79",
        "Ahead of the 58th session, we urge the Human Rights Council to renew the mandate.; HRC 58",
        "We urge the Human Rights Council, ahead of its 58th Session, to act.; HRC 58"
      })
  void sessionsStatedInPageWords(String text, String label) {
    Venue v = finder.find(List.of(text), null, null);
    assertEquals(label, v == null ? null : v.label(), text);
  }

  @Test
  void aSessionAloneBelongsToTheBodyTheLetterAddresses() {
    Venue v =
        finder.find(
            List.of("Joint letter", "We write ahead of the 58th session to urge you to act."),
            "Members of the Human Rights Council",
            null);
    assertEquals("HRC 58", v.label());
  }

  @Test
  void lettersToSecurityCouncilMembersAreAboutTheCouncil() {
    Venue v =
        finder.find(
            List.of(
                "Letter on accountability",
                "The Human Rights Council's commission reported in March that crimes continue."),
            "UN Security Council Members",
            LocalDate.of(2024, 2, 1));
    assertEquals("UNSC", v.label());
  }
}
