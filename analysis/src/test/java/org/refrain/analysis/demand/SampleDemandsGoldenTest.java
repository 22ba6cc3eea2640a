package org.refrain.analysis.demand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refrain.analysis.SampleLetters.EU_2020;
import static org.refrain.analysis.SampleLetters.MOON_2020;
import static org.refrain.analysis.SampleLetters.MOON_2022;
import static org.refrain.analysis.SampleLetters.PRESS_2020;
import static org.refrain.analysis.SampleLetters.REPS_2024;
import static org.refrain.analysis.SampleLetters.UNGA_2020;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.refrain.analysis.SampleLetters;
import org.refrain.analysis.annotate.AnnotatedLetter;

/**
 * The demands of the bundled sample corpus, as issue 5 states them: for each letter, what it must
 * ask, what it must at least mention, and what must not be tagged at all.
 */
class SampleDemandsGoldenTest {

  private static final DemandResult RESULT =
      DemandTagger.of(Taxonomy.bundled()).tag(SampleLetters.annotated());

  @Test
  void theHrc49LetterAsksForTheResolutionAndAccountabilityAndMentionsAbductions() {
    expect(
        MOON_2022,
        List.of("un-resolutions", "accountability"),
        List.of("abductions"),
        List.of("political-prisons", "non-refoulement", "covid-measures", "death-penalty"));
    // The prisoners of war and the abductees are both evidence.
    String evidence = evidence(MOON_2022, "abductions");
    assertTrue(evidence.contains("prisoners of war") && evidence.contains("abductees"), evidence);
  }

  @Test
  void theUngaAndEuTwinsAskForElevenDemandsAndMentionTheSecurityCouncil() {
    for (String id : List.of(UNGA_2020, EU_2020)) {
      expect(
          id,
          List.of(
              "political-prisons",
              "death-penalty",
              "sexual-violence",
              "right-to-food",
              "freedom-of-movement",
              "non-refoulement",
              "abductions",
              "covid-measures",
              "accountability",
              "un-mechanisms",
              "un-resolutions"),
          List.of("security-council"),
          List.of("weapons-nexus"));
    }
  }

  @Test
  void theHrc55LetterAsksForTheResolutionMechanismsWeaponsNexusAndAccountability() {
    expect(
        REPS_2024,
        List.of("un-resolutions", "un-mechanisms", "weapons-nexus", "accountability"),
        List.of("forced-labour", "covid-measures", "information-freedom", "freedom-of-movement"),
        List.of("political-prisons", "non-refoulement", "abductions", "death-penalty"));
  }

  @Test
  void theFebruary2020LetterMentionsTheDeportedFishermenAndThePrisonCamps() {
    expect(
        MOON_2020,
        List.of("un-resolutions", "un-mechanisms"),
        List.of("non-refoulement", "political-prisons", "forced-labour", "security-council"),
        List.of("covid-measures", "abductions"));
    assertTrue(
        evidence(MOON_2020, "non-refoulement").contains("deport two North Korean fishermen"));
    assertTrue(evidence(MOON_2020, "political-prisons").contains("prison camps"));
  }

  @Test
  void thePressReleaseReportsTheLettersAsksAndMentionsTheGulags() {
    expect(
        PRESS_2020,
        List.of("un-resolutions", "accountability"),
        List.of("non-refoulement", "political-prisons"),
        List.of("covid-measures", "abductions", "death-penalty"));
    assertTrue(evidence(PRESS_2020, "political-prisons").contains("gulags"));
    // Its asks are reported ones: "The coalition specifically urged the South Korean government
    // to co-sponsor ...".
    assertTrue(
        tag(PRESS_2020, "un-resolutions").evidence().stream()
            .anyMatch(e -> e.cue() != null && e.cue().reason() == AskReason.REPORTED));
  }

  @Test
  void theSignatoryWhoWasRepatriatedByChinaDoesNotTagTheLetter() {
    AnnotatedLetter reps = SampleLetters.annotated(REPS_2024);
    assertTrue(
        reps.letter().signatories().stream()
            .anyMatch(m -> m.span().in(reps.letter().text()).contains("repatriated by China")));
    assertNull(RESULT.letter(REPS_2024).orElseThrow().strength("non-refoulement"));
  }

  @Test
  void everyTagIsBackedByItsSentencesWithTheirOffsets() {
    for (LetterDemands letter : RESULT.letters()) {
      String text = letter.letter().text();
      for (DemandTag tag : letter.tags()) {
        for (Evidence e : tag.evidence()) {
          assertEquals(e.text(), e.span().in(text));
          for (DemandHit hit : e.hits()) {
            assertTrue(e.span().contains(hit.span()), hit + " in " + e.span());
          }
          if (e.cue() != null) {
            assertEquals(e.cue().words(), e.cue().span().in(text));
          }
        }
      }
    }
  }

  @Test
  void theResultDoesNotDependOnTheOrderTheLettersAreGivenIn() {
    List<AnnotatedLetter> shuffled = new ArrayList<>(SampleLetters.annotated());
    Collections.reverse(shuffled);
    DemandResult again = DemandTagger.of(Taxonomy.bundled()).tag(shuffled);
    assertEquals(RESULT, again);
  }

  @Test
  void lettersComeInDateOrder() {
    assertEquals(
        List.of(MOON_2020, PRESS_2020, UNGA_2020, EU_2020, MOON_2022, REPS_2024),
        RESULT.letters().stream().map(l -> l.letter().id()).toList());
  }

  private static void expect(
      String letter, List<String> asks, List<String> mentions, List<String> absent) {
    LetterDemands demands = RESULT.letter(letter).orElseThrow();
    for (String id : asks) {
      assertEquals(Strength.ASK, demands.strength(id), letter + " should ask " + id);
    }
    for (String id : mentions) {
      assertEquals(Strength.MENTION, demands.strength(id), letter + " should mention " + id);
    }
    for (String id : absent) {
      assertNull(
          demands.strength(id),
          letter + " should not be tagged " + id + ": " + evidence(letter, id));
    }
  }

  private static DemandTag tag(String letter, String demand) {
    return RESULT.letter(letter).orElseThrow().tag(demand).orElseThrow();
  }

  private static String evidence(String letter, String demand) {
    return RESULT
        .letter(letter)
        .flatMap(l -> l.tag(demand))
        .map(t -> String.join(" | ", t.evidence().stream().map(Evidence::text).toList()))
        .orElse("");
  }
}
