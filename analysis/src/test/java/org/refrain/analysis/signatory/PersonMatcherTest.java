package org.refrain.analysis.signatory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refrain.analysis.signatory.Variants.doesNotMerge;
import static org.refrain.analysis.signatory.Variants.merges;
import static org.refrain.analysis.signatory.Variants.person;
import static org.refrain.analysis.signatory.Variants.persons;

import org.junit.jupiter.api.Test;

/** One positive example and one near miss for each person rule. */
class PersonMatcherTest {

  private static final String COI = "Former UN Special Rapporteur on human rights in the DPRK";

  @Test
  void sameNameIgnoresHonorificsAndCountries() {
    Match m =
        persons(
            person("Dr. Marzuki Darusman", null, null, "Indonesia"),
            person("Marzuki Darusman", null, null, "Japan"));
    assertEquals(MatchRule.SAME_NAME, m.rule());
    assertEquals(1.0, m.score());
  }

  @Test
  void partsInAnotherOrderOrHyphenated() {
    Match m = persons(person("Lee Yang-Hee"), person("Yanghee Lee"));
    merges(m, MatchRule.NAME_ORDER);
    assertEquals(PersonMatcher.NAME_ORDER, m.score());
  }

  @Test
  void twoPartsMayBeJoined() {
    merges(persons(person("Kim Kyu Li"), person("Kyuli Kim")), MatchRule.NAME_ORDER);
  }

  @Test
  void aHyphenatedGivenNameMatchesItsPartsWritten() {
    merges(persons(person("Kim Kyu-li"), person("Kim Kyu Li")), MatchRule.NAME_ORDER);
  }

  @Test
  void sharingOnlyAFamilyNameIsNoMatch() {
    Match m = persons(person("Kim Kyu Li"), person("Kim Hyuk"));
    assertEquals(MatchRule.NONE, m.rule());
    doesNotMerge(m);
    assertTrue(m.score() < SignatoryResolver.REVIEW_FROM, m.toString());
  }

  @Test
  void koreanFamilyNamesInAnotherRomanisationWithTheSameAffiliation() {
    Match m =
        persons(person("Yi Jung-hoon", COI, null, null), person("Lee Jung-hoon", COI, null, null));
    merges(m, MatchRule.ROMANISATION);
    assertEquals(PersonMatcher.SUPPORTED, m.score());
  }

  @Test
  void aRomanisationAloneIsOnlyForReview() {
    // "Robert Lee" and "Robert Yi" are as likely two people.
    Match m = persons(person("Robert Lee"), person("Robert Yi"));
    assertEquals(MatchRule.ROMANISATION, m.rule());
    doesNotMerge(m);
    assertEquals(PersonMatcher.UNSUPPORTED, m.score());
  }

  @Test
  void givenNameVowelsReadAlikeBesideAKoreanFamilyName() {
    merges(
        persons(
            person("Ahn Myeong-chul", COI, null, null), person("Myung-chul Ahn", COI, null, null)),
        MatchRule.ROMANISATION);
  }

  @Test
  void vowelsAreNotReadAlikeWithoutAKoreanFamilyName() {
    Match m = persons(person("Smith Myeong"), person("Smith Myung"));
    assertNotEquals(MatchRule.ROMANISATION, m.rule());
    doesNotMerge(m);
  }

  @Test
  void aPeersTitleFormWithTheSameAffiliation() {
    Match m =
        persons(
            person("Lord Alton of Liverpool", "Member of the House of Lords", null, null),
            person("David Alton", "Member, House of Lords", null, null));
    merges(m, MatchRule.PEER);
    assertEquals(PersonMatcher.SUPPORTED, m.score());
  }

  @Test
  void aPeersTitleFormBothWrittenAsPeers() {
    Match m = persons(person("Lord Alton of Liverpool"), person("David Alton", "Lord", null, null));
    merges(m, MatchRule.PEER);
  }

  @Test
  void aPeersTitleFormWithoutSupportStaysBelowTheLine() {
    Match m =
        persons(
            person("Lord Alton of Liverpool"),
            person("David Alton", "Professor of Economics", "University of Toronto", null));
    assertEquals(MatchRule.PEER, m.rule());
    assertEquals(PersonMatcher.UNSUPPORTED, m.score());
    doesNotMerge(m);
  }

  @Test
  void aPeersNameMustBeTheFamilyName() {
    Match m = persons(person("Lord Alton of Liverpool"), person("Alton Brown", "Lord", null, null));
    assertNotEquals(MatchRule.PEER, m.rule());
    doesNotMerge(m);
  }

  @Test
  void anInitialWithTheSameAffiliation() {
    Match m = persons(person("D. Alton", COI, null, null), person("David Alton", COI, null, null));
    merges(m, MatchRule.INITIAL);
    assertEquals(PersonMatcher.SUPPORTED, m.score());
  }

  @Test
  void aShortGivenNameWithoutSupportStaysBelowTheLine() {
    Match m = persons(person("Greg Scarlatoiu"), person("Gregory Scarlatoiu"));
    assertEquals(MatchRule.INITIAL, m.rule());
    assertEquals(PersonMatcher.UNSUPPORTED, m.score());
    doesNotMerge(m);
  }

  @Test
  void twoLettersAreNeitherInitialNorShortForm() {
    Match m =
        persons(
            person("Gr Scarlatoiu", COI, null, null),
            person("Gregory Scarlatoiu", COI, null, null));
    assertNotEquals(MatchRule.INITIAL, m.rule());
    doesNotMerge(m);
  }

  @Test
  void aSlipInALongPartMergesAloneAShortOneOnlyWithSupport() {
    Match longPart = persons(person("Marzuki Darusman"), person("Marzuki Darusmen"));
    merges(longPart, MatchRule.TYPO);
    assertEquals(PersonMatcher.LONG_SLIP, longPart.score());
    Match shortPart = persons(person("Daniel Levine"), person("Daniel Lavine"));
    assertEquals(MatchRule.TYPO, shortPart.rule());
    doesNotMerge(shortPart);
    Match supported =
        persons(person("Daniel Levine", COI, null, null), person("Daniel Lavine", COI, null, null));
    merges(supported, MatchRule.TYPO);
    assertEquals(PersonMatcher.SUPPORTED, supported.score());
  }

  @Test
  void aSlipThatIsAlsoAShortFormTakesTheBetterReading() {
    merges(persons(person("Jonathan Fitzgerald"), person("Jonathan Fitzgeral")), MatchRule.TYPO);
  }

  @Test
  void givenNamesOfTheOtherSexAreNotSlips() {
    doesNotMerge(persons(person("Louis Martin"), person("Louise Martin")));
    doesNotMerge(persons(person("Daniel Levin"), person("Daniel Lewin")));
  }

  @Test
  void peersOfDifferentDesignationsOrSexAreDifferentPeople() {
    Match designations =
        persons(person("Lord Kennedy of Southwark"), person("Baroness Kennedy of The Shaws"));
    assertEquals(MatchRule.NONE, designations.rule());
    doesNotMerge(designations);
    doesNotMerge(persons(person("Lord Kennedy of Southwark"), person("Baroness Helena Kennedy")));
  }

  @Test
  void aFamilyNameAloneUnderDifferentTitlesIsForReview() {
    Match m = persons(person("Dr. Kim"), person("Mr. Kim"));
    assertEquals(MatchRule.NONE, m.rule());
    doesNotMerge(m);
  }

  @Test
  void aSlipInAShortPartIsNoTypo() {
    Match m = persons(person("Kim Hyuk"), person("Kim Hyun"));
    assertNotEquals(MatchRule.TYPO, m.rule());
    doesNotMerge(m);
  }

  @Test
  void slipsInTwoPartsAreNoTypo() {
    Match m = persons(person("Marzuki Darusman"), person("Marzuka Darusmen"));
    assertNotEquals(MatchRule.TYPO, m.rule());
    doesNotMerge(m);
  }

  @Test
  void aCountryConflictLowersTheScoreBelowTheLine() {
    Match m =
        persons(
            person("Lee Yang-Hee", null, null, "South Korea"),
            person("Yanghee Lee", null, null, "Myanmar"));
    assertEquals(MatchRule.NAME_ORDER, m.rule());
    assertEquals(PersonMatcher.NAME_ORDER - 0.1, m.score(), 1e-9);
    doesNotMerge(m);
  }
}
