package org.refrain.corpus.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.refrain.corpus.LetterKind;

class MetadataExtractorTest {

  private final MetadataExtractor extractor = new MetadataExtractor();

  private static LetterSections sections(
      List<String> page,
      List<String> header,
      List<String> preamble,
      String salutation,
      List<String> body) {
    return new LetterSections(page, header, preamble, salutation, body, List.of());
  }

  @Test
  void aYearlessDateIsInferredAfterTheLatestDateCited() {
    LetterMetadata m =
        extractor.extract(
            sections(
                List.of(),
                List.of(),
                List.of(
                    "On March 24, our group signed a letter urging support at the 49th session of the Human Rights Council."),
                "Dear President Moon Jae-in,",
                List.of(
                    "Dear President Moon Jae-in,",
                    "In its resolution 76/177 of December 16, 2021, the Assembly spoke.")));
    assertEquals(LocalDate.of(2022, 3, 24), m.date().value());
    assertEquals(LetterDate.Source.INFERRED, m.date().source());
    assertEquals("President Moon Jae-in", m.addressee());
    assertEquals("HRC 49", m.venue().label());
  }

  @Test
  void theLettersOwnDateWinsOverThePostingDate() {
    LetterMetadata m =
        extractor.extract(
            sections(
                List.of(),
                List.of(
                    "Date : March 3, 2020",
                    "Open Letter on Policies",
                    "February 21, 2020",
                    "Moon Jae-in",
                    "President of the Republic of Korea",
                    "1 Cheongwadae-ro, Jongno-gu, Seoul",
                    "Re:  Open Letter on Human Rights"),
                List.of(),
                "President Moon Jae-in,",
                List.of("President Moon Jae-in,", "We write to you.")));
    assertEquals("2020-02-21", m.date().iso());
    assertEquals(LetterDate.Source.STATED, m.date().source());
    assertEquals(LocalDate.of(2020, 3, 3), m.published());
    assertEquals("Moon Jae-in, President of the Republic of Korea", m.addressee());
    assertEquals("Open Letter on Human Rights", m.title());
  }

  @Test
  void onlyAPostingDateIsUsedAsSuch() {
    LetterMetadata m =
        extractor.extract(
            sections(
                List.of("Posted on 5 December 2019"),
                List.of("Joint letter to the Human Rights Council"),
                List.of(),
                "Excellencies,",
                List.of("Excellencies,", "We write.")));
    assertEquals(LetterDate.Source.PUBLISHED, m.date().source());
    assertEquals(LocalDate.of(2019, 12, 5), m.date().value());
    assertNull(m.published());
    assertEquals("Human Rights Council", m.addressee());
  }

  @Test
  void pressReleaseByDateline() {
    LetterMetadata m =
        extractor.extract(
            sections(
                List.of(),
                List.of("Date : March 3, 2020", "South Korea: Stand With Victims"),
                List.of(),
                null,
                List.of(
                    "(Seoul, March 3, 2020) – The government should act, said a coalition today.")));
    assertEquals(LetterKind.PRESS_RELEASE, m.kind());
    assertEquals("South Korea: Stand With Victims", m.title());
    assertEquals(LetterDate.Source.STATED, m.date().source());
    assertNull(m.addressee());
  }

  @Test
  void statementWithoutSalutation() {
    LetterMetadata m =
        extractor.extract(
            sections(
                List.of(),
                List.of("Joint statement on Eritrea"),
                List.of(),
                null,
                List.of("We, the undersigned organisations, call on the Council to act.")));
    assertEquals(LetterKind.STATEMENT, m.kind());
  }

  @Test
  void aToLineNamesTheAddresseeAndAHeadlineIsNoAddressBlock() {
    LetterMetadata to =
        extractor.extract(
            sections(
                List.of(),
                List.of(
                    "Geneva, 3rd March 2021",
                    "To: Michelle Bachelet, UN High Commissioner for Human Rights"),
                List.of(),
                "Dear High Commissioner,",
                List.of("Dear High Commissioner,", "We write.")));
    assertEquals("Michelle Bachelet, UN High Commissioner for Human Rights", to.addressee());
    LetterMetadata headline =
        extractor.extract(
            sections(
                List.of(),
                List.of("2021-03-03", "NGOs urge Council to act on Belarus"),
                List.of(),
                "Dear Permanent Representatives,",
                List.of("Dear Permanent Representatives,", "We write.")));
    assertEquals("Permanent Representatives", headline.addressee());
    assertEquals("NGOs urge Council to act on Belarus", headline.title());
  }

  @Test
  void theAddressBlockIsNeverTheTitle() {
    LetterMetadata m =
        extractor.extract(
            sections(
                List.of(),
                List.of(
                    "3rd March 2021",
                    "H.E. Ms Nazhat Shameem Khan",
                    "President of the Human Rights Council",
                    "Palais des Nations, 1211 Geneva 10"),
                List.of(),
                "Dear Madam President,",
                List.of(
                    "Dear Madam President,", "We ask the Council to act at its 47th session.")));
    assertEquals(
        "H.E. Ms Nazhat Shameem Khan, President of the Human Rights Council", m.addressee());
    assertNull(m.title());
    assertEquals("HRC 47", m.venue().label());
  }

  @Test
  void datelineInParentheses() {
    LetterMetadata m =
        extractor.extract(
            sections(
                List.of(),
                List.of("Council must act"),
                List.of(),
                null,
                List.of(
                    "GENEVA (3 March 2021) — Twelve organisations today called on the Council to act.")));
    assertEquals(LetterKind.PRESS_RELEASE, m.kind());
    assertEquals(LocalDate.of(2021, 3, 3), m.date().value());
  }

  @Test
  void theSessionsYearNeverPutsAnInferredDateBeforeWhatTheLetterCites() {
    // The letter names a session of 2022 but cites a report of 2023: "On March 24" is 2024.
    LetterMetadata m =
        extractor.extract(
            sections(
                List.of(),
                List.of(),
                List.of("On March 24, our group wrote to the Council's members once more."),
                "Excellencies,",
                List.of(
                    "Excellencies,",
                    "Since the 49th session of the Human Rights Council, the report of May 2, 2023"
                        + " has shown that abuses continue.")));
    assertEquals(LocalDate.of(2024, 3, 24), m.date().value(), m.date().evidence());
    assertEquals(LetterDate.Source.INFERRED, m.date().source());
  }
}
