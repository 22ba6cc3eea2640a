package org.refrain.analysis.signatory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refrain.analysis.signatory.SignatoryResolver.MERGE_AT;
import static org.refrain.analysis.signatory.SignatoryResolver.REVIEW_FROM;
import static org.refrain.analysis.signatory.Variants.doesNotMerge;
import static org.refrain.analysis.signatory.Variants.merges;
import static org.refrain.analysis.signatory.Variants.org;
import static org.refrain.analysis.signatory.Variants.orgs;

import org.junit.jupiter.api.Test;

/** One positive example and one near miss for each organisation rule. */
class OrgMatcherTest {

  // --- SAME_NAME

  @Test
  void sameNameAfterFolding() {
    Match m = orgs(org("The Citizens' Alliance, Inc."), org("citizens’ alliance"));
    assertEquals(MatchRule.SAME_NAME, m.rule());
    assertEquals(1.0, m.score());
  }

  @Test
  void sameNameIsNotLoweredByCountryOrAcronymConflicts() {
    Match m =
        orgs(
            org("Stepping Stones", "SS", "United Kingdom"),
            org("Stepping Stones Inc.", "STS", "Canada"));
    assertEquals(MatchRule.SAME_NAME, m.rule());
    assertEquals(1.0, m.score());
  }

  // --- SPACING

  @Test
  void spacingJoinsHanVoice() {
    Match m = orgs(org("Han Voice"), org("HanVoice"));
    assertEquals(MatchRule.SPACING, m.rule());
    assertEquals(0.99, m.score());
  }

  @Test
  void spacingIsNotPenalisedForCountries() {
    Match m = orgs(org("Han Voice", null, "Canada"), org("HanVoice", null, "United States"));
    assertEquals(MatchRule.SPACING, m.rule());
    assertEquals(0.99, m.score());
  }

  @Test
  void differentLettersAreNotSpacing() {
    Match m = orgs(org("Han Voice"), org("Hand Voice"));
    assertNotEquals(MatchRule.SPACING, m.rule());
    doesNotMerge(m);
  }

  // --- ACRONYM

  @Test
  void aNameThatIsTheOthersAcronym() {
    Match m =
        orgs(
            org("CADAL"),
            org("Centro para la Apertura y el Desarrollo de América Latina", "CADAL", null));
    merges(m, MatchRule.ACRONYM);
    assertEquals(OrgMatcher.ACRONYM, m.score());
  }

  @Test
  void anAcronymOfAnotherBodyIsNoMatch() {
    Match m =
        orgs(
            org("CADAL"),
            org("Centro para la Apertura y el Desarrollo de América Latina", "CEPAL", null));
    doesNotMerge(m);
  }

  // --- DESCRIBED

  @Test
  void anAcronymDescribedByTheOthersFullName() {
    Variant comjan =
        Variants.of(
            b ->
                b.described(
                    "COMJAN",
                    "Investigation Commission on Missing Japanese Probably Related to North Korea"));
    Variant full =
        org("The Investigation Commission on Missing Japanese Probably Related to North Korea");
    merges(orgs(comjan, full), MatchRule.DESCRIBED);
    assertEquals(OrgMatcher.DESCRIBED, orgs(comjan, full).score());
  }

  @Test
  void aDescriptionOfAnotherBodyIsNoMatch() {
    Variant comjan =
        Variants.of(b -> b.described("COMJAN", "Investigation Commission on Missing Japanese"));
    doesNotMerge(orgs(comjan, org("Association of Families of Missing Japanese")));
  }

  // --- SHARED_ACRONYM

  @Test
  void theSameCoinedAcronym() {
    Match m =
        orgs(org("People for Human Rights", "SARAM", null), org("Saram Center", "SARAM", null));
    merges(m, MatchRule.SHARED_ACRONYM);
    assertEquals(OrgMatcher.SHARED_ACRONYM, m.score());
  }

  @Test
  void twoDifferentCoinedAcronymsLowerASlipBelowTheLine() {
    Variant a = org("Citizens Network for Democracy", "CINED", null);
    Variant b = org("Citizen Network for Democracy", "CNETD", null);
    Match withAcronyms = orgs(a, b);
    Match without =
        orgs(org("Citizens Network for Democracy"), org("Citizen Network for Democracy"));
    assertEquals(MatchRule.TYPO, without.rule());
    assertTrue(without.score() >= MERGE_AT, without.toString());
    assertEquals(MatchRule.TYPO, withAcronyms.rule());
    assertEquals(without.score() - 0.15, withAcronyms.score(), 1e-9);
    doesNotMerge(withAcronyms);
    assertTrue(withAcronyms.detail().contains("acronyms differ"), withAcronyms.detail());
  }

  // --- SHARED_INITIALS

  @Test
  void theSameInitialsOnlyAreForReviewNeverMerged() {
    Match m =
        orgs(
            org("International Christian Concern", "ICC", "United States"),
            org("International Criminal Court", "ICC", "United States"));
    assertEquals(MatchRule.SHARED_INITIALS, m.rule());
    assertEquals(OrgMatcher.SHARED_INITIALS, m.score());
    assertTrue(m.score() >= REVIEW_FROM && m.score() < MERGE_AT, m.toString());
  }

  // --- INITIALISM

  @Test
  void anAcronymSpellingOutInitialsInTheSameCountry() {
    Match m =
        orgs(
            org("TJWG", null, "South Korea"),
            org("Transitional Justice Working Group", null, "South Korea"));
    merges(m, MatchRule.INITIALISM);
    assertEquals(OrgMatcher.INITIALISM, m.score());
  }

  @Test
  void initialsWithoutASharedCountryStayBelowTheLine() {
    Match m = orgs(org("TJWG"), org("Transitional Justice Working Group", null, "South Korea"));
    assertEquals(MatchRule.INITIALISM, m.rule());
    assertEquals(OrgMatcher.INITIALISM_NO_COUNTRY, m.score());
    doesNotMerge(m);
  }

  @Test
  void initialsInDifferentCountriesArePenalisedToo() {
    Match m =
        orgs(
            org("TJWG", null, "Japan"),
            org("Transitional Justice Working Group", null, "South Korea"));
    assertEquals(MatchRule.INITIALISM, m.rule());
    assertEquals(OrgMatcher.INITIALISM_NO_COUNTRY - 0.1, m.score(), 1e-9);
  }

  @Test
  void aNameWrittenInCapitalsIsNotAnInitialism() {
    // "Hv" has one capital: not written as an acronym, so the initials rule cannot fire.
    Match m = orgs(org("Hv", null, "Canada"), org("Han Voice", null, "Canada"));
    assertNotEquals(MatchRule.INITIALISM, m.rule());
    doesNotMerge(m);
  }

  // --- EXTENSION

  @Test
  void aScopeTailExtendsAName() {
    Match m = orgs(org("No Chain"), org("No Chain for North Korea"));
    merges(m, MatchRule.EXTENSION);
    assertEquals(OrgMatcher.EXTENSION, m.score());
    merges(
        orgs(
            org("Human Rights Without Frontiers"),
            org("Human Rights Without Frontiers International")),
        MatchRule.EXTENSION);
  }

  @Test
  void aCountryTailIsANationalSectionNotAnExtension() {
    Match m = orgs(org("Amnesty International"), org("Amnesty International Japan"));
    assertNotEquals(MatchRule.EXTENSION, m.rule());
    doesNotMerge(m);
  }

  @Test
  void aTailOfOneTypeWordScoresLower() {
    Match m = orgs(org("Walk Free"), org("Walk Free Foundation"));
    merges(m, MatchRule.EXTENSION);
    assertEquals(OrgMatcher.TYPE_EXTENSION, m.score());
  }

  @Test
  void twoTypeWordsAreNoExtension() {
    doesNotMerge(orgs(org("Walk Free"), org("Walk Free Foundation Network")));
  }

  @Test
  void anExtensionNeedsADistinctiveWord() {
    // "Human Rights" holds no distinctive word: "Human Rights International" is any body.
    Match m = orgs(org("Human Rights"), org("Human Rights International"));
    assertNotEquals(MatchRule.EXTENSION, m.rule());
    doesNotMerge(m);
  }

  @Test
  void anExtensionInAnotherCountryFallsBelowTheLine() {
    Match m =
        orgs(
            org("No Chain", null, "United States"), org("No Chain for North Korea", null, "Japan"));
    assertEquals(MatchRule.EXTENSION, m.rule());
    assertEquals(OrgMatcher.EXTENSION - 0.1, m.score(), 1e-9);
    doesNotMerge(m);
  }

  // --- TYPO

  @Test
  void aSlipInALongNameMerges() {
    Match m = orgs(org("Cristian Solidarity Worldwide"), org("Christian Solidarity Worldwide"));
    merges(m, MatchRule.TYPO);
    assertEquals(1 - 1.0 / 28, m.score(), 0.001);
  }

  @Test
  void aSlipInATwoWordNameStaysBelowTheLine() {
    Match m = orgs(org("No Chain"), org("No Chair"));
    assertEquals(MatchRule.TYPO, m.rule());
    assertEquals(1 - 1.0 / 7, m.score(), 0.001);
    doesNotMerge(m);
  }

  @Test
  void aCountryConflictLowersASlipBelowTheLine() {
    Match m =
        orgs(
            org("Cristian Solidarity Worldwide", null, "United Kingdom"),
            org("Christian Solidarity Worldwide", null, "United States"));
    assertEquals(MatchRule.TYPO, m.rule());
    assertEquals(1 - 1.0 / 28 - 0.1, m.score(), 0.001);
    doesNotMerge(m);
    assertTrue(m.detail().contains("countries differ"), m.detail());
  }

  @Test
  void aSharedCountryKeepsTheSlip() {
    Match m =
        orgs(
            org("Cristian Solidarity Worldwide", null, "United Kingdom"),
            org("Christian Solidarity Worldwide", null, "United Kingdom"));
    merges(m, MatchRule.TYPO);
  }

  @Test
  void aChangedNumberIsNoSlip() {
    Match m = orgs(org("The 88 Project"), org("The 89 Project"));
    assertNotEquals(MatchRule.TYPO, m.rule());
    doesNotMerge(m);
  }

  @Test
  void committeeAndCouncilNeverMerge() {
    Match m =
        orgs(
            org("Committee for Human Rights in North Korea"),
            org("Council for Human Rights in North Korea"));
    assertEquals(MatchRule.NONE, m.rule());
    doesNotMerge(m);
  }

  @Test
  void similarNamesWithoutARuleScoreTheirSimilarityOnly() {
    Match m =
        orgs(
            org("Coalition for Justice & Accountability"),
            org("Center for Justice and Accountability"));
    assertEquals(MatchRule.NONE, m.rule());
    assertEquals(
        Similarity.ratio(
            "coalitionforjusticeandaccountability", "centerforjusticeandaccountability"),
        m.score(),
        0.001);
    doesNotMerge(m);
  }

  @Test
  void unrelatedNamesScoreZero() {
    Match m = orgs(org("Human Rights Watch"), org("Stepping Stones"));
    assertEquals(MatchRule.NONE, m.rule());
    assertEquals(0.0, m.score());
  }
}
