package org.refrain.analysis.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refrain.analysis.SampleLetters.EU_2020;
import static org.refrain.analysis.SampleLetters.MOON_2020;
import static org.refrain.analysis.SampleLetters.MOON_2022;
import static org.refrain.analysis.SampleLetters.PRESS_2020;
import static org.refrain.analysis.SampleLetters.UNGA_2020;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.refrain.analysis.SampleLetters;
import org.refrain.analysis.annotate.AnnotatedLetter;

/**
 * Reuse on the sample corpus, as issue #4 says it must show: the October 2020 twins (seed 001)
 * share most of their text, the opener and the closing formula run through 000, 001 and 003, the
 * press release (004) carries passages of the February 2020 letter (003), and the duplicate inside
 * seed 000 is one letter. Texts quoted here are read off corpus/letters.
 */
class SampleReuseGoldenTest {

  private static final class Sample {
    static final ReuseResult RESULT =
        CorpusReuse.of(ReuseSettings.defaults()).find(SampleLetters.annotated());
  }

  private static ReuseResult result() {
    return Sample.RESULT;
  }

  /** The families whose every copy contains {@code phrase}. */
  private static List<ReuseFamily> familiesWith(String phrase) {
    return result().families().stream()
        .filter(f -> f.members().stream().allMatch(m -> flat(m.text()).contains(phrase)))
        .toList();
  }

  private static ReuseFamily onlyFamilyWith(String phrase) {
    List<ReuseFamily> found = familiesWith(phrase);
    assertEquals(1, found.size(), "families with \"" + phrase + "\": " + found);
    return found.get(0);
  }

  private static String flat(String text) {
    return text.replaceAll("\\s+", " ");
  }

  private static Set<String> letters(ReuseFamily family) {
    return new TreeSet<>(family.letters());
  }

  private static List<DiffSegment> changes(LetterComparison comparison) {
    List<DiffSegment> all = new ArrayList<>();
    comparison.rows().forEach(r -> all.addAll(r.diff()));
    return all;
  }

  @Test
  void theEuLetterIsMostlyInPassagesSharedWithTheUngaLetter() {
    ReuseCoverage coverage = ReuseCoverage.of(result());
    assertTrue(coverage.share(EU_2020, UNGA_2020) >= 0.70, "" + coverage.share(EU_2020, UNGA_2020));
    assertTrue(coverage.share(UNGA_2020, EU_2020) >= 0.70, "" + coverage.share(UNGA_2020, EU_2020));
  }

  @Test
  void comparingTheTwinsShowsTheSubstitutedAddresseeAndTheRespeltMemberStates() {
    CorpusReuse reuse = CorpusReuse.of(ReuseSettings.defaults());
    List<ReuseText> texts =
        reuse.texts(List.of(SampleLetters.annotated(UNGA_2020), SampleLetters.annotated(EU_2020)));
    LetterComparison comparison =
        LetterComparer.of(ReuseSettings.defaults()).compare(texts.get(0), texts.get(1));
    List<DiffSegment> changes = changes(comparison);
    assertTrue(
        changes.contains(new DiffSegment.Changed("UN General Assembly", "European Union")),
        DiffSegment.wordDiff(changes));
    // case only: aligned, but shown as a change so the respelling stays visible
    assertTrue(
        changes.contains(new DiffSegment.Changed("member states", "Member States")),
        DiffSegment.wordDiff(changes));
    assertTrue(comparison.shareB() >= 0.70, "" + comparison.shareB());
  }

  @Test
  void theOpenerIsOneBoilerplateFamilyFromTheFebruary2020LetterWithItsCountsAsVariants() {
    ReuseFamily opener = onlyFamilyWith("We are writing on behalf of");
    assertEquals(Set.of(MOON_2020, UNGA_2020, EU_2020, MOON_2022), letters(opener));
    assertEquals(4, opener.members().size());
    assertEquals(ReuseLabel.BOILERPLATE, opener.label());
    assertEquals(MOON_2020, opener.source().letter().id());
    assertTrue(opener.tiedSources().isEmpty());
    // CollateX style, one line per version: what changed from the version before it
    List<String> lines =
        VariantView.of(opener).variants().stream()
            .map(
                v ->
                    v.passage().letter().id().replaceAll("_.*#", "#")
                        + ": "
                        + flat(DiffSegment.wordDiff(v.changes())))
            .toList();
    assertEquals(
        List.of(
            "2020-02-21#1: ",
            "2020-10-14#1: We are writing on behalf of [-69-]{+37+} non-governmental organizations,"
                + " {+coalitions,+} and [-seven-] concerned individuals from [-23-]{+7+} different"
                + " countries worldwide to urge",
            "2020-10-14#2: We are writing on behalf of 37 non-governmental organizations,"
                + " coalitions, and concerned individuals from 7 different countries worldwide to"
                + " urge",
            "2022-03-24#1: We are writing on behalf of [-37-]{+28+} non-governmental organizations"
                + " {+and+} coalitions, and [-concerned-]{+four+} individuals from [-7-]{+6+}"
                + " different countries [-worldwide to urge-]"),
        lines);
    List<DiffSegment> all = new ArrayList<>();
    VariantView.of(opener).variants().forEach(v -> all.addAll(v.changes()));
    assertTrue(all.contains(new DiffSegment.Changed("69", "37")));
    assertTrue(all.contains(new DiffSegment.Changed("37", "28")));
    assertTrue(VariantView.of(opener).variants().get(2).unchanged());
  }

  @Test
  void theClosingFormulaRunsThroughTheSameFourLetters() {
    ReuseFamily closing =
        onlyFamilyWith("would be pleased to discuss these matters further with your staff");
    assertEquals(Set.of(MOON_2020, UNGA_2020, EU_2020, MOON_2022), letters(closing));
    assertEquals(MOON_2020, closing.source().letter().id());
    assertEquals(ReuseLabel.BOILERPLATE, closing.label());
  }

  @Test
  void thePressReleaseCarriesTheCoSponsoringAndFishermenPassagesOfTheFebruaryLetter() {
    for (String phrase :
        List.of("withdraw from co-sponsoring", "deport two North Korean fishermen")) {
      ReuseFamily family = onlyFamilyWith(phrase);
      assertEquals(Set.of(MOON_2020, PRESS_2020), letters(family), phrase);
      assertEquals(MOON_2020, family.source().letter().id(), phrase);
    }
  }

  @Test
  void theDuplicateInSeed000IsOneLetterAndNoFamilyLivesInOneLetter() {
    long moon2022 =
        SampleLetters.annotated().stream()
            .filter(a -> a.letter().source().equals(MOON_2022.replaceAll("#.*", "") + ".txt"))
            .count();
    assertEquals(1, moon2022);
    for (ReuseFamily family : result().families()) {
      assertTrue(family.letters().size() >= 2, family.id());
      List<ReusePassage> members = family.members();
      for (int i = 0; i < members.size(); i++) {
        for (int j = i + 1; j < members.size(); j++) {
          assertFalse(members.get(i).overlaps(members.get(j)), family.id() + " overlaps");
        }
      }
    }
  }

  @Test
  void onlyFamiliesFirstCopiedByBothTwinsHaveTiedSources() {
    int tied = 0;
    int untied = 0;
    for (ReuseFamily family : result().families()) {
      ReusePassage source = family.source();
      List<ReusePassage> sameDay =
          family.members().stream()
              .filter(m -> !m.letter().id().equals(source.letter().id()))
              .filter(m -> Objects.equals(ReuseFamily.date(m), ReuseFamily.date(source)))
              .toList();
      assertEquals(sameDay, family.tiedSources(), family.id());
      if (family.tiedSources().isEmpty()) {
        untied++;
      } else {
        tied++;
        assertEquals(UNGA_2020, source.letter().id(), family.id());
        assertTrue(
            family.tiedSources().stream().allMatch(m -> m.letter().id().equals(EU_2020)),
            family.id());
      }
    }
    assertTrue(tied > 0 && untied > 0, tied + " tied, " + untied + " untied");
  }

  @Test
  void familiesAreLargestFirstAndNumberedInOrder() {
    List<ReuseFamily> families = result().families();
    assertFalse(families.isEmpty());
    for (int i = 0; i < families.size(); i++) {
      assertEquals("R" + (i + 1), families.get(i).id());
      if (i > 0) {
        assertTrue(families.get(i - 1).letters().size() >= families.get(i).letters().size());
      }
    }
  }

  /** Each family as its id, label and copies, for comparing runs. */
  private static List<String> signature(ReuseResult result) {
    return result.families().stream()
        .map(f -> f.id() + " " + f.label() + " " + ReuseFixtures.copies(f))
        .toList();
  }

  /** The families as sets of copies, ignoring ids and member order. */
  private static Set<Set<String>> copySets(ReuseResult result) {
    Set<Set<String>> out = new HashSet<>();
    result.families().forEach(f -> out.add(new TreeSet<>(ReuseFixtures.copies(f))));
    return out;
  }

  @Test
  void findingTwiceGivesTheSameFamilies() {
    ReuseResult again = CorpusReuse.of(ReuseSettings.defaults()).find(SampleLetters.annotated());
    assertEquals(signature(result()), signature(again));
  }

  @Test
  void shufflingLettersOfDifferentDaysDoesNotChangeTheResult() {
    // the twins share a day, so they keep their corpus order (the documented tie-break)
    List<AnnotatedLetter> shuffled = new ArrayList<>(SampleLetters.annotated());
    Collections.reverse(shuffled);
    Collections.swap(
        shuffled,
        shuffled.indexOf(SampleLetters.annotated(UNGA_2020)),
        shuffled.indexOf(SampleLetters.annotated(EU_2020)));
    assertTrue(
        shuffled.indexOf(SampleLetters.annotated(UNGA_2020))
            < shuffled.indexOf(SampleLetters.annotated(EU_2020)));
    ReuseResult again = CorpusReuse.of(ReuseSettings.defaults()).find(shuffled);
    assertEquals(signature(result()), signature(again));
  }

  @Test
  void theOrderOfTheLettersGivenDoesNotChangeTheFamilies() {
    List<AnnotatedLetter> reversed = new ArrayList<>(SampleLetters.annotated());
    Collections.reverse(reversed);
    ReuseResult backwards = CorpusReuse.of(ReuseSettings.defaults()).find(reversed);
    assertEquals(copySets(result()), copySets(backwards));
  }
}
