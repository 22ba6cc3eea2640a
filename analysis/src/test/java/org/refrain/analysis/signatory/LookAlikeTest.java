package org.refrain.analysis.signatory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.refrain.analysis.HandLetters;
import org.refrain.corpus.Letter;

/**
 * Look-alikes a review of the resolver found merged, each now kept apart (and the true variants
 * still merged): places one letter apart, a short name fitting two organisations, peers and family
 * names alone, and given names of the other sex.
 */
class LookAlikeTest {

  private static SignatoryResolution resolve(Letter... letters) {
    return SignatoryResolver.create().resolve(List.of(letters));
  }

  private static void apart(SignatoryResolution r, String a, String b) {
    assertNotEquals(r.entityOf(a, 0), r.entityOf(b, 0), a + " / " + b);
  }

  @Test
  void anotherPlaceOneLetterApartIsAnotherOrganisation() {
    SignatoryResolution r =
        resolve(
            HandLetters.letter("a#1")
                .date("2020-01-01")
                .org("Association for Human Rights in Iran")
                .build(),
            HandLetters.letter("b#1")
                .date("2021-01-01")
                .org("Association for Human Rights in Iraq")
                .build(),
            HandLetters.letter("c#1")
                .date("2022-01-01")
                .org("Coalition for Justice in Gambia")
                .build(),
            HandLetters.letter("d#1")
                .date("2023-01-01")
                .org("Coalition for Justice in Zambia")
                .build());
    apart(r, "a#1", "b#1");
    apart(r, "c#1", "d#1");
    assertTrue(
        r.review().stream().anyMatch(p -> p.a().endsWith("Iran") && p.b().endsWith("Iraq")),
        r.review().toString());
  }

  @Test
  void aShortNameFittingTwoOrganisationsJoinsNeither() {
    SignatoryResolution r =
        resolve(
            HandLetters.letter("a#1")
                .date("2020-01-01")
                .org("Christian Solidarity Worldwide")
                .build(),
            HandLetters.letter("b#1")
                .date("2021-01-01")
                .org("Christian Solidarity International")
                .build(),
            HandLetters.letter("c#1").date("2022-01-01").org("Christian Solidarity").build());
    apart(r, "a#1", "b#1");
    apart(r, "a#1", "c#1");
    apart(r, "b#1", "c#1");
    assertTrue(
        r.review().stream().anyMatch(p -> p.match().detail().contains("ambiguous")),
        r.review().toString());
  }

  @Test
  void aShortNameWithPlaceTailsStillJoinsThemAll() {
    SignatoryResolution r =
        resolve(
            HandLetters.letter("a#1").date("2020-01-01").org("No Chain for North Korea").build(),
            HandLetters.letter("b#1").date("2021-01-01").org("No Chain for NK").build(),
            HandLetters.letter("c#1").date("2022-01-01").org("No Chain").build());
    assertEquals(r.entityOf("a#1", 0), r.entityOf("c#1", 0));
    assertEquals(r.entityOf("b#1", 0), r.entityOf("c#1", 0));
  }

  @Test
  void peersOfOneFamilyNameAndFamilyNamesAloneStayApart() {
    SignatoryResolution r =
        resolve(
            HandLetters.letter("a#1")
                .date("2020-01-01")
                .person("Lord Kennedy of Southwark")
                .person("Baroness Kennedy of The Shaws")
                .person("Dr. Kim")
                .person("Mr. Kim")
                .build());
    assertEquals(4, r.entities().size(), r.entities().toString());
  }

  @Test
  void givenNamesOfTheOtherSexStayApart() {
    SignatoryResolution r =
        resolve(
            HandLetters.letter("a#1").date("2020-01-01").person("Louis Martin").build(),
            HandLetters.letter("b#1").date("2021-01-01").person("Louise Martin").build(),
            HandLetters.letter("c#1").date("2022-01-01").person("Robert Lee").build(),
            HandLetters.letter("d#1").date("2023-01-01").person("Robert Yi").build());
    apart(r, "a#1", "b#1");
    apart(r, "c#1", "d#1");
  }

  @Test
  void reviewDetailsListSetsInOrder() {
    // Sets of two or more, sorted: Set.copyOf would iterate in an order that changes per JVM.
    SignatoryResolution r =
        resolve(
            HandLetters.letter("a#1")
                .date("2020-01-01")
                .org("Asia Justice Network", null, "Japan")
                .build(),
            HandLetters.letter("b#1")
                .date("2020-06-01")
                .org("Asia Justice Network", null, "Germany")
                .build(),
            HandLetters.letter("c#1")
                .date("2021-01-01")
                .org("Asia Justice Networks", null, "Spain")
                .build(),
            HandLetters.letter("d#1")
                .date("2021-06-01")
                .org("Asia Justice Networks", null, "France")
                .build());
    String detail = r.review().get(0).match().detail();
    assertTrue(detail.contains("countries differ: [Germany, Japan] / [France, Spain]"), detail);
  }
}
