package org.refrain.analysis.coalition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.refrain.analysis.SampleLetters;
import org.refrain.analysis.signatory.SignatoryEntity;
import org.refrain.corpus.signatory.SignatoryKind;

/** Compositions of the hand corpus in {@link CoalitionTest} and of the sample corpus. */
class LetterCompositionTest {

  private static Map<String, Integer> countries(LetterComposition row) {
    Map<String, Integer> out = new LinkedHashMap<>();
    row.countries().forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  private static void row(
      LetterComposition row,
      String id,
      int organizations,
      int persons,
      Map<String, Integer> countries,
      int noCountry,
      int fromOtherLetters,
      int firstTime) {
    assertEquals(id, row.letter().id());
    assertEquals(organizations, row.organizations(), id + " organisations");
    assertEquals(persons, row.persons(), id + " persons");
    assertEquals(List.copyOf(countries.entrySet()), List.copyOf(countries(row).entrySet()), id);
    assertEquals(noCountry, row.noCountry(), id + " no country");
    assertEquals(fromOtherLetters, row.countryFromOtherLetters(), id + " from other letters");
    assertEquals(firstTime, row.firstTime(), id + " first time");
  }

  @Test
  void handCompositions() {
    List<LetterComposition> rows = LetterComposition.of(CoalitionTest.handCoalition());
    assertEquals(4, rows.size());
    // l1: A South Korea (own), B Japan (from l2), C United States (from l4); all first time.
    row(
        rows.get(0),
        "l1#1",
        3,
        0,
        ordered("Japan", 1, "South Korea", 1, "United States", 1),
        0,
        2,
        3);
    // l2: B Japan (own), C United States (from l4), D South Korea (own); D first time.
    row(
        rows.get(1),
        "l2#1",
        3,
        0,
        ordered("Japan", 1, "South Korea", 1, "United States", 1),
        0,
        1,
        1);
    // l3: A and D South Korea (from other letters), E no country; A listed twice counts once.
    row(rows.get(2), "l3#1", 2, 1, ordered("South Korea", 2), 1, 2, 1);
    // l4: C United States (own), F no country; F first time.
    row(rows.get(3), "l4#1", 2, 0, ordered("United States", 1), 1, 0, 1);
    assertEquals(3, rows.get(0).signers());
    assertEquals(1.0, rows.get(0).firstTimeShare());
    assertEquals(1 / 3.0, rows.get(1).firstTimeShare(), 1e-12);
    assertEquals(1 / 2.0, rows.get(3).firstTimeShare(), 1e-12);
  }

  private static Map<String, Integer> ordered(Object... pairs) {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      out.put((String) pairs[i], (Integer) pairs[i + 1]);
    }
    return out;
  }

  @Test
  void aLetterWithoutSignersSharesNothing() {
    LetterComposition empty =
        new LetterComposition(CoalitionTest.hand().get(2), 0, 0, List.of(), 0, 0, 0);
    assertEquals(0, empty.signers());
    assertEquals(0.0, empty.firstTimeShare());
  }

  @Test
  void sampleCompositionsAddUp() {
    Coalition c = CoalitionTest.sampleCoalition();
    List<LetterComposition> rows = LetterComposition.of(c);
    assertEquals(c.letters(), rows.stream().map(LetterComposition::letter).toList());
    int firstTimes = 0;
    for (LetterComposition row : rows) {
      Set<SignatoryEntity> signers = c.signers(row.letter());
      assertEquals(signers.size(), row.signers(), row.letter().id());
      assertEquals(
          signers.stream().filter(e -> e.kind() == SignatoryKind.PERSON).count(), row.persons());
      int counted = row.countries().stream().mapToInt(Map.Entry::getValue).sum();
      assertEquals(row.signers(), counted + row.noCountry(), row.letter().id());
      for (int i = 1; i < row.countries().size(); i++) {
        Map.Entry<String, Integer> a = row.countries().get(i - 1);
        Map.Entry<String, Integer> b = row.countries().get(i);
        assertEquals(
            true,
            a.getValue() > b.getValue()
                || (a.getValue().equals(b.getValue()) && a.getKey().compareTo(b.getKey()) < 0),
            row.letter().id() + " " + row.countries());
      }
      firstTimes += row.firstTime();
    }
    // Every entity signs for the first time exactly once.
    assertEquals(c.resolution().entities().size(), firstTimes);
    assertEquals(rows.get(0).signers(), rows.get(0).firstTime());
    LetterComposition eu =
        rows.stream()
            .filter(r -> r.letter().id().equals(SampleLetters.EU_2020))
            .findFirst()
            .orElseThrow();
    assertEquals(0, eu.firstTime());
  }

  @Test
  void aSampleSignerWithoutACountryHereTakesItsCountryFromOtherLetters() {
    Coalition c = CoalitionTest.sampleCoalition();
    for (LetterComposition row : LetterComposition.of(c)) {
      int inferred = 0;
      int unknown = 0;
      for (SignatoryEntity e : c.signers(row.letter())) {
        boolean own =
            e.mentions().stream()
                .anyMatch(
                    m ->
                        m.letter().id().equals(row.letter().id()) && m.mention().country() != null);
        if (!own) {
          if (e.country() != null) {
            inferred++;
          } else {
            unknown++;
          }
        }
      }
      assertEquals(inferred, row.countryFromOtherLetters(), row.letter().id());
      assertEquals(unknown, row.noCountry(), row.letter().id());
    }
  }
}
