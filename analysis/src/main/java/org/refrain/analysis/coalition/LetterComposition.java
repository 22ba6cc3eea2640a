package org.refrain.analysis.coalition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.refrain.analysis.signatory.SignatoryEntity;
import org.refrain.corpus.Letter;
import org.refrain.corpus.signatory.SignatoryKind;

/**
 * Who signed one letter: organisations and persons, the countries they come from, and how many
 * signed for the first time. A signer's country is the one this letter gives, else the entity's
 * country from other letters ({@code countryFromOtherLetters} counts those), else unknown.
 *
 * @param letter the letter
 * @param organizations organisation entities signing it
 * @param persons person entities signing it
 * @param countries signers per country, most first (ties by name)
 * @param noCountry signers with no known country
 * @param countryFromOtherLetters signers whose country this letter does not give
 * @param firstTime signers whose first letter (by date) this is
 */
public record LetterComposition(
    Letter letter,
    int organizations,
    int persons,
    List<Map.Entry<String, Integer>> countries,
    int noCountry,
    int countryFromOtherLetters,
    int firstTime) {

  public LetterComposition {
    Objects.requireNonNull(letter, "letter");
    countries = List.copyOf(countries);
  }

  public int signers() {
    return organizations + persons;
  }

  /** Share of signers signing for the first time. */
  public double firstTimeShare() {
    return signers() == 0 ? 0 : (double) firstTime / signers();
  }

  /** The composition of every letter of {@code coalition} with a list, in date order. */
  public static List<LetterComposition> of(Coalition coalition) {
    List<LetterComposition> rows = new ArrayList<>();
    for (Letter letter : coalition.letters()) {
      rows.add(of(coalition, letter));
    }
    return rows;
  }

  static LetterComposition of(Coalition coalition, Letter letter) {
    // The country this letter gives each signer, read from its own list once.
    Map<SignatoryEntity, String> own = new HashMap<>();
    for (int i = 0; i < letter.signatories().size(); i++) {
      String country = letter.signatories().get(i).country();
      if (country != null) {
        own.putIfAbsent(coalition.resolution().entityOf(letter.id(), i), country);
      }
    }
    int organizations = 0;
    int persons = 0;
    int unknown = 0;
    int inferred = 0;
    int first = 0;
    Map<String, Integer> countries = new TreeMap<>();
    for (SignatoryEntity entity : coalition.signers(letter)) {
      if (entity.kind() == SignatoryKind.PERSON) {
        persons++;
      } else {
        organizations++;
      }
      if (entity.first().id().equals(letter.id())) {
        first++;
      }
      String given = own.get(entity);
      String country = given != null ? given : entity.country();
      if (country == null) {
        unknown++;
      } else {
        inferred += given == null ? 1 : 0;
        countries.merge(country, 1, Integer::sum);
      }
    }
    List<Map.Entry<String, Integer>> sorted = new ArrayList<>(countries.entrySet());
    sorted.sort(
        Comparator.comparingInt((Map.Entry<String, Integer> e) -> -e.getValue())
            .thenComparing(Map.Entry::getKey));
    return new LetterComposition(
        letter,
        organizations,
        persons,
        sorted.stream().map(e -> Map.entry(e.getKey(), e.getValue())).toList(),
        unknown,
        inferred,
        first);
  }
}
