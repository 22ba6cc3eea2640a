package org.refrain.corpus.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClaimExtractorTest {

  private final ClaimExtractor extractor = new ClaimExtractor();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "We are writing on behalf of 28 non-governmental organizations and coalitions, and four individuals from 6 different countries to urge your government|28|4|-|6",
        "We are writing on behalf of 37 non-governmental organizations, coalitions, and concerned individuals from 7 different countries worldwide to urge the UN|-|-|37|7",
        "We are writing on behalf of 69 non-governmental organizations and seven concerned individuals from 23 different countries worldwide to urge you|69|7|-|23",
        "The coalition (ICNK), joined by 68 other groups and 7 concerned individuals, sent a joint open letter.|69|7|-|-",
        "We, the undersigned twelve civil society organisations and three individuals from nine countries, write|12|3|-|9",
        "This letter is signed by sixty-eight NGOs.|68|-|-|-",
        "Our 14 organisations call on the Council to act.|14|-|-|-",
        "on behalf of 5 organisations and 2 individuals to ask the Council to renew the mandate of 1 rapporteur|5|2|-|-"
      })
  void claims(String text, Integer orgs, Integer people, Integer total, Integer countries) {
    Counts c = extractor.extract(List.of(text)).orElseThrow().counts();
    assertEquals(new Counts(orgs, people, total, countries), c);
  }

  @Test
  void theLettersOwnWordsComeBeforeThePreamble() {
    Claim c =
        extractor
            .extract(List.of("We write on behalf of 5 organizations.", "signed by 9 organizations"))
            .orElseThrow();
    assertEquals(5, c.counts().organizations());
    assertEquals("on behalf of 5 organizations.", c.evidence());
  }

  @Test
  void approximateCountsAreNotStatedCounts() {
    Claim c =
        extractor
            .extract(
                List.of(
                    "on behalf of more than 3 organisations and 2 individuals from over 2 countries."))
            .orElseThrow();
    assertEquals(new Counts(null, 2, null, null), c.counts());
  }

  @Test
  void countsWithoutATriggerAreNotClaims() {
    assertTrue(
        extractor
            .extract(List.of("Representing over 300 human rights groups, the letter urged."))
            .isEmpty());
    assertTrue(extractor.extract(List.of("On behalf of the families, we ask.")).isEmpty());
  }

  /** Counts stated in the forms web pages use and the samples do not (issue 15). */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "We are 45 civil society organisations from across the region, and we write to you|45|-|-|false",
        "We are twelve human rights groups working on detention.|12|-|-|false",
        "Joint letter signed by 30 NGOs|30|-|-|false",
        "Joint statement – 57 organisations call for an inquiry|57|-|-|false",
        "Joint statement — 57 organisations call for an inquiry|57|-|-|false",
        "An urgent appeal… 23 organisations and 4 individuals ask the Council to act|23|4|-|false",
        "An urgent appeal... 23 organisations and 4 individuals ask the Council to act|23|4|-|false",
        "This letter is signed by 120+ organisations.|120|-|-|true",
        "The letter is endorsed by over 300 groups worldwide.|300|-|-|true",
        "We, 50+ organisations from 20 countries, urge you|50|-|-|true",
        "We write on behalf of more than 80 organisations and individuals.|-|-|80|true"
      })
  void countsInOtherForms(
      String text, Integer orgs, Integer people, Integer total, boolean atLeast) {
    Counts c =
        extractor.extract(List.of(text)).orElseThrow(() -> new AssertionError(text)).counts();
    assertEquals(orgs, c.organizations(), text);
    assertEquals(people, c.individuals(), text);
    assertEquals(total, c.total(), text);
    assertEquals(atLeast, c.atLeast(), text);
  }

  @Test
  void aDateRangeIsNoCount() {
    assertTrue(
        extractor.extract(List.of("Between 2019–2020 organisations documented abuses.")).isEmpty());
  }

  /** A count as the subject of a signing verb, with no opener before it (issue 15). */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "Over 100 groups have signed this letter.|100|-|-|true",
        "More than 40 organisations signed the appeal to the Council.|40|-|-|true",
        "At least 25 NGOs have co-signed the statement.|25|-|-|true",
        "45 civil society organisations support this call.|45|-|-|false",
        "Thirty human rights groups and 12 individuals have endorsed the letter.|30|12|-|false",
        "We write to you today. 62 organisations from the region have joined the call.|62|-|-|false",
        "To date, more than 200 organisations and individuals have signed on.|-|-|200|true",
        "Over 50 groups have already co-signed this appeal.|50|-|-|true"
      })
  void aCountAsTheSubjectOfASigningVerb(
      String text, Integer orgs, Integer people, Integer total, boolean atLeast) {
    Claim c = extractor.extract(List.of(text)).orElseThrow(() -> new AssertionError(text));
    assertEquals(orgs, c.counts().organizations(), text);
    assertEquals(people, c.counts().individuals(), text);
    assertEquals(total, c.counts().total(), text);
    assertEquals(atLeast, c.counts().atLeast(), text);
  }

  /**
   * "Some", "nearly", "almost": an approximate count is read as the subject but, as after an opener
   * ({@link #approximateCountsAreNotStatedCounts}), states no count a list can be checked against.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Some 60 NGOs have endorsed the call.",
        "Nearly 90 organisations signed the letter.",
        "Almost 30 groups have joined the appeal."
      })
  void anApproximateSubjectIsNoStatedCount(String text) {
    assertTrue(extractor.extract(List.of(text)).isEmpty(), text);
  }

  /** Numbers that are no signatories: no signing verb, no signatory noun, or not a subject. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Over 100 people were executed last year.",
        "More than 40 camps have been destroyed since the coup.",
        "More than 40 camps signed agreements with the authorities.",
        "Over 100 groups have joined the protests in the capital.",
        "More than 40 organisations support survivors of torture in the region.",
        "The authorities detained 300 activists who signed the petition.",
        "In 2023 the government signed a deal with 12 companies."
      })
  void numbersThatAreNoSigningSubject(String text) {
    assertTrue(extractor.extract(List.of(text)).isEmpty(), text);
  }

  @Test
  void theEarliestClaimInATextWins() {
    Claim c =
        extractor
            .extract(
                List.of(
                    "Over 100 groups have signed this letter. It is supported by 3 networks of"
                        + " organisations."))
            .orElseThrow();
    assertEquals(100, c.counts().organizations());
    assertEquals("Over 100 groups have signed this letter.", c.evidence());
  }
}
