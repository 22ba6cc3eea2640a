package org.refrain.analysis.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refrain.analysis.language.LanguageFixtures.PRESS_2020;
import static org.refrain.analysis.language.LanguageFixtures.REPS_2024;
import static org.refrain.analysis.language.LanguageFixtures.grep;
import static org.refrain.analysis.language.LanguageFixtures.ids;
import static org.refrain.analysis.language.LanguageFixtures.sample;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.refrain.analysis.demand.Voice;

/**
 * The rhetoric profile of the sample corpus, checked against the letters' text (file lines of
 * corpus/letters/2024-03-18_hrc55_letter-to-permanent-representatives.txt in the comments).
 */
class SampleRhetoricGoldenTest {

  private static final List<RhetoricProfile> PROFILES = RhetoricProfiler.create().profile(sample());

  private static RhetoricProfile profile(String id) {
    return PROFILES.stream()
        .filter(p -> p.letter().letter().id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void oneProfilePerLetterInCorpusOrder() {
    assertEquals(ids(sample()), PROFILES.stream().map(p -> p.letter().letter().id()).toList());
  }

  @Test
  void the2024LetterAsksInItsOwnVoice() {
    // Line 17: "We urge you to adopt the resolution on North Korea and utilize the 10th anniversary
    // ..."; line 9: "We, the undersigned civil society groups urge your government to support ...".
    List<Directive> directives = profile(REPS_2024).directives();
    Directive adopt =
        directives.stream()
            .filter(d -> d.text().startsWith("We urge you to adopt the resolution"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(directives.toString()));
    assertEquals(Voice.WE, adopt.voice());
    assertEquals(List.of("urge"), adopt.verbs());
    Directive support =
        directives.stream()
            .filter(d -> d.text().startsWith("We, the undersigned civil society groups urge"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(directives.toString()));
    assertEquals(Voice.WE, support.voice());
    // Line 15: "Additionally, we recommend that the Human Rights Council ... take further action".
    assertTrue(
        directives.stream().anyMatch(d -> d.verbs().contains("recommend") && d.voice() == Voice.WE),
        directives.toString());
  }

  @Test
  void mechanismsNamedIn2024() {
    Map<String, Integer> mechanisms = profile(REPS_2024).labels(RhetoricCategory.MECHANISM);
    // "Special Rapporteur": line 9 ("United Nations Special Rapporteur on the human rights
    // situation") and line 13 ("While the Special Rapporteur plays"): 2.
    assertEquals(2, mechanisms.get("Special Rapporteur"));
    assertTrue(mechanisms.containsKey("Commission of Inquiry"), mechanisms.toString());
    // "Human Rights Council": line 9 ("55th session of the Human Rights Council") and line 15: 2.
    assertEquals(2, mechanisms.get("Human Rights Council"));
    // "General Assembly": line 15, "United Nations General Assembly resolution": 1.
    assertEquals(1, mechanisms.get("General Assembly"));
  }

  @Test
  void everyMentionOfTheCommissionOfInquiryIn2024IsCounted() {
    // Line 9 "Commission of Inquiry’s (“COI”)", line 11 "the COI published", line 13 "the COI
    // report’s", line 17 "the COI report": 1 + 4. "Inquiry’s" must lose its "’s" to match.
    assertEquals(5, grep(profile(REPS_2024).letter().letter(), "\\bCOI\\b|Commission of Inquiry"));
    assertEquals(
        5, profile(REPS_2024).labels(RhetoricCategory.MECHANISM).get("Commission of Inquiry"));
  }

  @Test
  void thePressReleaseReportsTheCoalitionsAsksInTheThirdPerson() {
    // The press release tells of the letter ("the letter urged", "The coalition specifically
    // urged"); it never speaks as "we".
    RhetoricProfile press = profile(PRESS_2020);
    assertEquals(0, press.count(RhetoricCategory.WE));
    List<Directive> directives = press.directives();
    assertEquals(3, directives.size());
    assertTrue(directives.stream().allMatch(d -> d.voice() == Voice.THIRD_PERSON));
  }

  @Test
  void personsAreLearntAcrossTheCorpus() {
    // "Kim Jong Un" is titled ("North Korean leader Kim Jong Un") only in 2020 letters; the 2024
    // letter names him once, untitled (line 13: "after Kim Jong Un assumed leadership").
    assertEquals(Map.of("Kim Jong Un", 1), profile(REPS_2024).labels(RhetoricCategory.PERSON));
  }
}
