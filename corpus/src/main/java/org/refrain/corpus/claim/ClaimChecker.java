package org.refrain.corpus.claim;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.refrain.corpus.LetterKind;
import org.refrain.corpus.signatory.SignatoryKind;
import org.refrain.corpus.signatory.SignatoryMention;

/**
 * Counts a letter's list and compares it with its claim, field by field. A country count can only
 * be contradicted when every signatory has a known country: fewer countries listed than claimed is
 * otherwise expected. A press release's claim describes the letter it reports, not the coalition it
 * lists, so it is not checked.
 */
public final class ClaimChecker {

  /** The counts of a list: organisations, persons, their sum, distinct known countries. */
  public Counts listed(List<SignatoryMention> mentions) {
    int orgs = 0;
    int people = 0;
    Set<String> countries = new HashSet<>();
    for (SignatoryMention m : mentions) {
      if (m.kind() == SignatoryKind.ORGANIZATION) {
        orgs++;
      } else {
        people++;
      }
      if (m.country() != null) {
        countries.add(m.country());
      }
    }
    return new Counts(orgs, people, orgs + people, countries.size());
  }

  public ClaimCheck check(LetterKind kind, Counts claimed, Counts listed, boolean allHaveCountry) {
    if (claimed.isEmpty()) {
      return new ClaimCheck(ClaimCheck.Status.NOT_CHECKABLE, "no count claimed");
    }
    if (kind == LetterKind.PRESS_RELEASE) {
      return new ClaimCheck(
          ClaimCheck.Status.NOT_CHECKABLE,
          "the claim is about the letter the release reports, not the list it gives");
    }
    if (listed.total() == null || listed.total() == 0) {
      return new ClaimCheck(ClaimCheck.Status.NOT_CHECKABLE, "no signatory list");
    }
    List<String> details = new ArrayList<>();
    int agree = 0;
    int disagree = 0;
    String[] names = {"organizations", "individuals", "total"};
    Integer[] c = {claimed.organizations(), claimed.individuals(), claimed.total()};
    Integer[] l = {listed.organizations(), listed.individuals(), listed.total()};
    for (int i = 0; i < names.length; i++) {
      if (c[i] == null) {
        continue;
      }
      // A lower bound ("over 300 groups") holds when the list has at least that many.
      boolean same = claimed.atLeast() ? l[i] >= c[i] : c[i].equals(l[i]);
      String relation = claimed.atLeast() ? (same ? " ≤ " : " > ") : (same ? " = " : " ≠ ");
      String stated = (claimed.atLeast() ? "at least " : "") + c[i];
      details.add(names[i] + " " + stated + relation + l[i] + " listed");
      agree += same ? 1 : 0;
      disagree += same ? 0 : 1;
    }
    if (claimed.countries() != null) {
      int claimedCountries = claimed.countries();
      int listedCountries = listed.countries();
      if (claimedCountries == listedCountries
          || (claimed.atLeast() && listedCountries > claimedCountries)) {
        details.add("countries " + claimedCountries + " = " + listedCountries + " listed");
        agree++;
      } else if (listedCountries < claimedCountries && !allHaveCountry) {
        details.add(
            "countries "
                + claimedCountries
                + " claimed, "
                + listedCountries
                + " named in the list (some signatories name none)");
      } else {
        details.add("countries " + claimedCountries + " ≠ " + listedCountries + " listed");
        disagree++;
      }
    }
    ClaimCheck.Status status =
        disagree > 0
            ? ClaimCheck.Status.INCONSISTENT
            : agree > 0 ? ClaimCheck.Status.CONSISTENT : ClaimCheck.Status.NOT_CHECKABLE;
    return new ClaimCheck(status, String.join("; ", details));
  }
}
