package org.refrain.analysis.coalition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.refrain.analysis.HandLetters;
import org.refrain.analysis.SampleLetters;
import org.refrain.analysis.sequence.ChangeScope;
import org.refrain.analysis.signatory.SignatoryEntity;
import org.refrain.analysis.signatory.SignatoryResolution;
import org.refrain.analysis.signatory.SignatoryResolver;
import org.refrain.corpus.Letter;

/**
 * Coalition tables on a hand corpus whose figures are worked out below, and on the sample corpus.
 *
 * <pre>
 *   none  2020-12-01  (no list)             to President Moon Jae-in                       HRC
 *   l1    2021-01-01  A B C                 to President Moon Jae-in                       HRC 46
 *   l2    2021-02-01  B C D                 to UN General Assembly                         UNGA 76
 *   l3    2021-03-01  A D E A               to Moon Jae-in, President of the Republic ...  HRC 47
 *   l4    2021-04-01  C F                   to United Nations General Assembly             unga 77
 * </pre>
 *
 * A Alpha Watch (South Korea in l1 only), B Beta Network (Japan in l2 only), C Gamma Coalition
 * (United States in l4 only), D Delta Group (South Korea in l2), E the person Jane Roe, F Zeta
 * Trust; no country otherwise.
 */
class CoalitionTest {

  static List<Letter> hand() {
    return List.of(
        HandLetters.letter("l3#1")
            .date("2021-03-01")
            .addressee("Moon Jae-in, President of the Republic of Korea")
            .venue("HRC", 47)
            .org("Alpha Watch")
            .org("Delta Group")
            .person("Jane Roe")
            .org("ALPHA WATCH")
            .build(),
        HandLetters.letter("l1#1")
            .date("2021-01-01")
            .addressee("President Moon Jae-in")
            .venue("HRC", 46)
            .org("Alpha Watch", null, "South Korea")
            .org("Beta Network")
            .org("Gamma Coalition")
            .build(),
        HandLetters.letter("none#1")
            .date("2020-12-01")
            .addressee("President Moon Jae-in")
            .venue("HRC", 45)
            .build(),
        HandLetters.letter("l4#1")
            .date("2021-04-01")
            .addressee("United Nations General Assembly")
            .venue("unga", 77)
            .org("Gamma Coalition", null, "United States")
            .org("Zeta Trust")
            .build(),
        HandLetters.letter("l2#1")
            .date("2021-02-01")
            .addressee("UN General Assembly")
            .venue("UNGA", 76)
            .org("Beta Network", null, "Japan")
            .org("Gamma Coalition")
            .org("Delta Group", null, "South Korea")
            .build());
  }

  static Coalition handCoalition() {
    return Coalition.of(SignatoryResolver.create().resolve(hand()));
  }

  static Coalition sampleCoalition() {
    return Coalition.of(SignatoryResolver.create().resolve(SampleLetters.letters()));
  }

  /** The names of {@code entities}, as the letters list them: A, B, ... by their first letter. */
  static List<String> codes(java.util.Collection<SignatoryEntity> entities) {
    return entities.stream()
        .map(e -> e.name().equals("Jane Roe") ? "E" : e.name().equals("Zeta Trust") ? "F" : code(e))
        .toList();
  }

  private static String code(SignatoryEntity e) {
    return switch (e.name().split(" ")[0].toLowerCase(java.util.Locale.ROOT)) {
      case "alpha" -> "A";
      case "beta" -> "B";
      case "gamma" -> "C";
      case "delta" -> "D";
      default -> throw new AssertionError(e.name());
    };
  }

  static Letter letter(Coalition coalition, String id) {
    return coalition.resolution().letters().stream()
        .filter(l -> l.id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void onlyLettersWithAListInDateOrder() {
    Coalition c = handCoalition();
    assertEquals(
        List.of("l1#1", "l2#1", "l3#1", "l4#1"), c.letters().stream().map(Letter::id).toList());
    assertEquals(Set.of(), c.signers(letter(c, "none#1")));
  }

  @Test
  void signersInListOrderEachOnce() {
    Coalition c = handCoalition();
    assertEquals(List.of("A", "B", "C"), codes(c.signers(letter(c, "l1#1"))));
    assertEquals(List.of("B", "C", "D"), codes(c.signers(letter(c, "l2#1"))));
    assertEquals(List.of("A", "D", "E"), codes(c.signers(letter(c, "l3#1"))));
    assertEquals(List.of("C", "F"), codes(c.signers(letter(c, "l4#1"))));
    SignatoryEntity alpha = c.resolution().entityOf("l3#1", 3);
    assertTrue(c.signed(alpha, letter(c, "l3#1")));
    assertFalse(c.signed(alpha, letter(c, "l2#1")));
    assertEquals(2, alpha.letterCount());
    assertEquals(3, alpha.mentions().size());
  }

  /** The long form (each entity's letters) is the wide matrix read along its rows. */
  private static void assertLongIsWide(Coalition c) {
    for (SignatoryEntity e : c.resolution().entities()) {
      List<Letter> wide = c.letters().stream().filter(l -> c.signed(e, l)).toList();
      assertEquals(wide, c.letters(e), e.id());
      assertEquals(e.letterCount(), c.letters(e).size(), e.id());
    }
  }

  @Test
  void eachEntitysLettersInDateOrderAreTheLettersItSigned() {
    Coalition c = handCoalition();
    SignatoryEntity alpha = c.resolution().entityOf("l3#1", 3);
    assertEquals(List.of("l1#1", "l3#1"), c.letters(alpha).stream().map(Letter::id).toList());
    assertLongIsWide(c);
    assertLongIsWide(sampleCoalition());
  }

  @Test
  void changesBetweenConsecutiveLetters() {
    List<CoalitionChange> all = scope(CoalitionChanges.of(handCoalition()), ChangeScope.ALL);
    assertEquals(3, all.size());
    check(all.get(0), "l1#1", "l2#1", List.of("D"), List.of("A"), List.of("B", "C"), 2 / 4.0);
    check(all.get(1), "l2#1", "l3#1", List.of("A", "E"), List.of("B", "C"), List.of("D"), 1 / 5.0);
    check(all.get(2), "l3#1", "l4#1", List.of("C", "F"), List.of("A", "D", "E"), List.of(), 0.0);
  }

  @Test
  void changesToTheSameAddressee() {
    List<CoalitionChange> to = scope(CoalitionChanges.of(handCoalition()), ChangeScope.ADDRESSEE);
    assertEquals(2, to.size());
    check(to.get(0), "l1#1", "l3#1", List.of("D", "E"), List.of("B", "C"), List.of("A"), 1 / 5.0);
    check(to.get(1), "l2#1", "l4#1", List.of("F"), List.of("B", "D"), List.of("C"), 1 / 4.0);
  }

  @Test
  void changesAtTheSameVenueWhateverTheSessionOrCase() {
    List<CoalitionChange> at = scope(CoalitionChanges.of(handCoalition()), ChangeScope.VENUE);
    assertEquals(2, at.size());
    check(at.get(0), "l1#1", "l3#1", List.of("D", "E"), List.of("B", "C"), List.of("A"), 1 / 5.0);
    check(at.get(1), "l2#1", "l4#1", List.of("F"), List.of("B", "D"), List.of("C"), 1 / 4.0);
  }

  @Test
  void changesComeScopeByScope() {
    List<ChangeScope> scopes =
        CoalitionChanges.of(handCoalition()).stream().map(CoalitionChange::scope).toList();
    assertEquals(
        List.of(
            ChangeScope.ALL,
            ChangeScope.ALL,
            ChangeScope.ALL,
            ChangeScope.ADDRESSEE,
            ChangeScope.ADDRESSEE,
            ChangeScope.VENUE,
            ChangeScope.VENUE),
        scopes);
  }

  @Test
  void jaccardOfEmptyAndEqualLists() {
    Letter a = HandLetters.letter("a#1").date("2020-01-01").org("X").build();
    Letter b = HandLetters.letter("b#1").date("2021-01-01").org("X").build();
    assertEquals(
        0.0, new CoalitionChange(ChangeScope.ALL, a, b, List.of(), List.of(), List.of()).jaccard());
    Coalition c = Coalition.of(SignatoryResolver.create().resolve(List.of(a, b)));
    CoalitionChange same = CoalitionChanges.of(c).get(0);
    assertEquals(1.0, same.jaccard());
    assertEquals(1, same.stayed().size());
  }

  @Test
  void undatedLettersAreNotCompared() {
    Letter a = HandLetters.letter("a#1").date("2020-01-01").org("X").build();
    Letter b = HandLetters.letter("b#1").org("X").build();
    Letter c = HandLetters.letter("c#1").org("Y").build();
    Coalition coalition = Coalition.of(SignatoryResolver.create().resolve(List.of(a, b, c)));
    assertEquals(3, coalition.letters().size());
    assertEquals(List.of(), CoalitionChanges.of(coalition));
  }

  private static List<CoalitionChange> scope(List<CoalitionChange> changes, ChangeScope scope) {
    return changes.stream().filter(c -> c.scope() == scope).toList();
  }

  private static void check(
      CoalitionChange change,
      String before,
      String after,
      List<String> joined,
      List<String> left,
      List<String> stayed,
      double jaccard) {
    assertEquals(before, change.before().id());
    assertEquals(after, change.after().id());
    assertEquals(joined, codes(change.joined()), "joined");
    assertEquals(left, codes(change.left()), "left");
    assertEquals(stayed, codes(change.stayed()), "stayed");
    assertEquals(jaccard, change.jaccard(), 1e-12);
  }

  // ------------------------------------------------------------------ the sample corpus

  @Test
  void sampleChangesAgreeWithTheSignersSets() {
    Coalition c = sampleCoalition();
    assertEquals(6, c.letters().size());
    for (CoalitionChange change : CoalitionChanges.of(c)) {
      Set<SignatoryEntity> before = c.signers(change.before());
      Set<SignatoryEntity> after = c.signers(change.after());
      Set<SignatoryEntity> both = new HashSet<>(before);
      both.retainAll(after);
      Set<SignatoryEntity> either = new HashSet<>(before);
      either.addAll(after);
      assertEquals(both, Set.copyOf(change.stayed()));
      assertEquals(Set.copyOf(after), union(change.joined(), change.stayed()));
      assertEquals(Set.copyOf(before), union(change.left(), change.stayed()));
      assertEquals(after.size(), change.joined().size() + change.stayed().size());
      assertEquals((double) both.size() / either.size(), change.jaccard(), 1e-12);
      assertTrue(
          Letter.CHRONOLOGICAL.compare(change.before(), change.after()) < 0, change.toString());
    }
  }

  @Test
  void samplePairsPerScope() {
    Coalition c = sampleCoalition();
    List<CoalitionChange> changes = CoalitionChanges.of(c);
    assertEquals(
        List.of(
            SampleLetters.MOON_2020 + ">" + SampleLetters.PRESS_2020,
            SampleLetters.PRESS_2020 + ">" + SampleLetters.UNGA_2020,
            SampleLetters.UNGA_2020 + ">" + SampleLetters.EU_2020,
            SampleLetters.EU_2020 + ">" + SampleLetters.MOON_2022,
            SampleLetters.MOON_2022 + ">" + SampleLetters.REPS_2024),
        pairs(changes, ChangeScope.ALL));
    assertEquals(
        List.of(SampleLetters.MOON_2020 + ">" + SampleLetters.MOON_2022),
        pairs(changes, ChangeScope.ADDRESSEE));
    assertEquals(
        Set.of(
            SampleLetters.MOON_2020 + ">" + SampleLetters.PRESS_2020,
            SampleLetters.UNGA_2020 + ">" + SampleLetters.EU_2020,
            SampleLetters.PRESS_2020 + ">" + SampleLetters.MOON_2022,
            SampleLetters.MOON_2022 + ">" + SampleLetters.REPS_2024),
        Set.copyOf(pairs(changes, ChangeScope.VENUE)));
  }

  @Test
  void theTwoJointLettersOfOneDayHaveOneList() {
    CoalitionChange joint =
        CoalitionChanges.of(sampleCoalition()).stream()
            .filter(ch -> ch.after().id().equals(SampleLetters.EU_2020))
            .filter(ch -> ch.scope() == ChangeScope.ALL)
            .findFirst()
            .orElseThrow();
    assertEquals(1.0, joint.jaccard());
    assertEquals(List.of(), joint.joined());
    assertEquals(List.of(), joint.left());
    assertEquals(37, joint.stayed().size());
  }

  @Test
  void christianSolidarityWorldwideStaysThroughout() {
    Coalition c = sampleCoalition();
    SignatoryEntity csw = c.resolution().entity("christian-solidarity-worldwide");
    assertEquals(c.letters().size(), csw.letterCount());
    for (CoalitionChange change : CoalitionChanges.of(c)) {
      assertTrue(change.stayed().contains(csw), change.before().id() + " > " + change.after().id());
    }
  }

  private static Set<SignatoryEntity> union(List<SignatoryEntity> a, List<SignatoryEntity> b) {
    Set<SignatoryEntity> all = new HashSet<>(a);
    all.addAll(b);
    assertEquals(a.size() + b.size(), all.size(), "overlap");
    return all;
  }

  private static List<String> pairs(List<CoalitionChange> changes, ChangeScope scope) {
    return changes.stream()
        .filter(c -> c.scope() == scope)
        .map(c -> c.before().id() + ">" + c.after().id())
        .toList();
  }

  @Test
  void aResolutionOfNoLettersHasNoCoalition() {
    SignatoryResolution none = SignatoryResolver.create().resolve(List.of());
    Coalition c = Coalition.of(none);
    assertEquals(List.of(), c.letters());
    assertEquals(List.of(), CoalitionChanges.of(c));
    assertEquals(List.of(), LetterComposition.of(c));
    assertThrows(IllegalArgumentException.class, () -> CoreCoalition.of(c, 0));
  }
}
