package org.refrain.corpus.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.refrain.corpus.LetterKind;
import org.refrain.corpus.Span;
import org.refrain.corpus.signatory.SignatoryKind;
import org.refrain.corpus.signatory.SignatoryMention;

class ClaimCheckerTest {

  private final ClaimChecker checker = new ClaimChecker();

  private static SignatoryMention m(SignatoryKind kind, String country) {
    return new SignatoryMention("x", "x", kind, null, country, null, null, Span.of(0, 1));
  }

  @Test
  void listedCountsKindsAndDistinctCountries() {
    Counts c =
        checker.listed(
            List.of(
                m(SignatoryKind.ORGANIZATION, "Japan"),
                m(SignatoryKind.ORGANIZATION, "Japan"),
                m(SignatoryKind.ORGANIZATION, null),
                m(SignatoryKind.PERSON, "Peru")));
    assertEquals(new Counts(3, 1, 4, 2), c);
  }

  @Test
  void consistentWhenEveryStatedFieldAgrees() {
    ClaimCheck c =
        checker.check(
            LetterKind.LETTER, new Counts(28, 4, null, 6), new Counts(28, 4, 32, 6), false);
    assertEquals(ClaimCheck.Status.CONSISTENT, c.status());
    assertEquals(
        "organizations 28 = 28 listed; individuals 4 = 4 listed; countries 6 = 6 listed",
        c.detail());
  }

  @Test
  void fewerCountriesNamedThanClaimedIsNoContradictionWhenSomeNameNone() {
    ClaimCheck c =
        checker.check(
            LetterKind.LETTER, new Counts(null, null, 37, 7), new Counts(33, 4, 37, 5), false);
    assertEquals(ClaimCheck.Status.CONSISTENT, c.status());
    ClaimCheck all =
        checker.check(
            LetterKind.LETTER, new Counts(null, null, 37, 7), new Counts(33, 4, 37, 5), true);
    assertEquals(ClaimCheck.Status.INCONSISTENT, all.status());
  }

  @Test
  void inconsistentCounts() {
    ClaimCheck c =
        checker.check(
            LetterKind.LETTER, new Counts(69, 7, null, null), new Counts(68, 7, 75, 20), false);
    assertEquals(ClaimCheck.Status.INCONSISTENT, c.status());
    assertEquals("organizations 69 ≠ 68 listed; individuals 7 = 7 listed", c.detail());
  }

  @Test
  void notCheckable() {
    assertEquals(
        ClaimCheck.Status.NOT_CHECKABLE,
        checker.check(LetterKind.LETTER, Counts.NONE, new Counts(3, 0, 3, 1), false).status());
    assertEquals(
        ClaimCheck.Status.NOT_CHECKABLE,
        checker
            .check(
                LetterKind.PRESS_RELEASE,
                new Counts(69, 7, null, null),
                new Counts(41, 6, 47, 9),
                false)
            .status());
    assertEquals(
        ClaimCheck.Status.NOT_CHECKABLE,
        checker
            .check(
                LetterKind.LETTER, new Counts(5, null, null, null), new Counts(0, 0, 0, 0), false)
            .status());
  }

  @Test
  void aLowerBoundHoldsWhenTheListHasAtLeastThatMany() {
    ClaimChecker checker = new ClaimChecker();
    Counts over = new Counts(100, null, null, null, true);
    ClaimCheck more =
        checker.check(
            org.refrain.corpus.LetterKind.LETTER, over, new Counts(120, 0, 120, 3), false);
    org.junit.jupiter.api.Assertions.assertEquals(ClaimCheck.Status.CONSISTENT, more.status());
    org.junit.jupiter.api.Assertions.assertEquals(
        "organizations at least 100 ≤ 120 listed", more.detail());
    ClaimCheck fewer =
        checker.check(org.refrain.corpus.LetterKind.LETTER, over, new Counts(90, 0, 90, 3), false);
    org.junit.jupiter.api.Assertions.assertEquals(ClaimCheck.Status.INCONSISTENT, fewer.status());
  }
}
