package org.refrain.analysis.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refrain.analysis.language.LanguageFixtures.ANNOTATOR;
import static org.refrain.analysis.language.LanguageFixtures.annotate;
import static org.refrain.analysis.language.LanguageFixtures.letter;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.refrain.analysis.annotate.AnnotatedLetter;
import org.refrain.analysis.demand.Voice;

/** Each rhetoric category, the directive voice, and named people, on sentences built by hand. */
class RhetoricProfilerTest {

  private static final RhetoricProfiler PROFILER = RhetoricProfiler.create();

  private static RhetoricProfile profile(String... paragraphs) {
    return PROFILER.profile(List.of(annotate("rhetoric", paragraphs))).get(0);
  }

  /** The directive sentences of {@code profile}: text to voice. */
  private static Map<String, String> voices(RhetoricProfile profile) {
    Map<String, String> voices = new LinkedHashMap<>();
    for (Directive d : profile.directives()) {
      voices.put(d.text(), d.voice().label());
    }
    return voices;
  }

  @Test
  void aDirectiveNeedsAVerbNotTheNoun() {
    // "request" is a NOUN here: no ask is made.
    RhetoricProfile profile = profile("We make an urgent request to the council.");
    assertEquals(0, profile.count(RhetoricCategory.DIRECTIVE));
    assertTrue(profile.directives().isEmpty());
    assertEquals(1, profile.count(RhetoricCategory.WE));
  }

  @Test
  void weBeforeTheDirectiveIsTheCoalitionAsking() {
    List<Directive> directives = profile("We urge the government to act.").directives();
    assertEquals(1, directives.size());
    Directive urge = directives.get(0);
    assertEquals(List.of("urge"), urge.verbs());
    assertEquals(Voice.WE, urge.voice());
    assertEquals("We urge the government to act.", urge.text());
    assertEquals(0, urge.sentence());
  }

  @Test
  void aDirectiveTheLetterReportsIsThirdPerson() {
    assertEquals(
        Map.of(
            "The resolution also calls for accountability.", "third-person",
            "The coalition urged the government to act.", "third-person"),
        voices(
            profile(
                "The resolution also calls for accountability.",
                "The coalition urged the government to act.")));
  }

  @Test
  void aDirectiveInARelativeClauseAfterWeIsNotOurs() {
    // Sample 2024: "We believe ... this resolution, which calls for an update": the resolution
    // asks.
    assertEquals(
        Map.of(
            "We support this resolution, which calls for an update.", "third-person",
            "We, the undersigned groups, urge you to act.", "we"),
        voices(
            profile(
                "We support this resolution, which calls for an update.",
                "We, the undersigned groups, urge you to act.")));
  }

  @Test
  void aDirectiveOpeningTheSentenceIsImperative() {
    RhetoricProfile profile =
        profile("Ask the government to release them.", "Call on China to stop.");
    assertEquals(
        Map.of(
            "Ask the government to release them.", "imperative",
            "Call on China to stop.", "imperative"),
        voices(profile));
    assertEquals(Map.of("ask", 1, "call on", 1), profile.labels(RhetoricCategory.DIRECTIVE));
  }

  @Test
  void aLongerMechanismNameIsCountedOnce() {
    RhetoricProfile profile =
        profile(
            "The Office of the High Commissioner reported in May 2020 that abuses may continue.");
    // Not also "High Commissioner for Human Rights" for the words "High Commissioner" inside.
    assertEquals(Map.of("OHCHR", 1), profile.labels(RhetoricCategory.MECHANISM));
    RhetoricMatch ohchr = profile.matches(RhetoricCategory.MECHANISM).get(0);
    assertEquals(
        "Office of the High Commissioner", ohchr.span().in(profile.letter().letter().text()));
  }

  @Test
  void theMonthMayIsNotAHedge() {
    RhetoricProfile profile =
        profile(
            "The Office of the High Commissioner reported in May 2020 that abuses may continue.");
    // Only the auxiliary "may continue" hedges.
    assertEquals(Map.of("may", 1), profile.labels(RhetoricCategory.HEDGE));
    String text = profile.letter().letter().text();
    RhetoricMatch may = profile.matches(RhetoricCategory.HEDGE).get(0);
    assertEquals(text.indexOf("may continue"), may.span().start());
  }

  @Test
  void modalsAndFirstPersonPluralButNotTheUs() {
    RhetoricProfile profile = profile("The US must act, and our partners should help us.");
    assertEquals(Map.of("must", 1, "should", 1), profile.labels(RhetoricCategory.MODAL));
    // "our" and "us" are the coalition; "US" (PROPN) is a country.
    assertEquals(2, profile.count(RhetoricCategory.WE));
    assertEquals(1000.0 * 2 / profile.words(), profile.perThousand(RhetoricCategory.WE), 1e-9);
  }

  @Test
  void mechanismsByCanonicalName() {
    RhetoricProfile profile =
        profile(
            "The COI and the Commission of Inquiry agree.",
            "The Special Rapporteur briefed the UNSC and the Security Council.");
    assertEquals(
        Map.of("Commission of Inquiry", 2, "Special Rapporteur", 1, "Security Council", 2),
        profile.labels(RhetoricCategory.MECHANISM));
  }

  @Test
  void titledNamesAreLearntAndFoundAgainWithoutTheTitleAndAccents() {
    AnnotatedLetter first =
        annotate(
            "names-1",
            "Leader Kim Jong Un met President Moon Jae-in.",
            "Special Rapporteur Tomás Ojea Quintana visited Seoul.");
    AnnotatedLetter second =
        annotate(
            "names-2",
            "Kim Jong Un and Moon Jae-in spoke.",
            "Tomas Ojea-Quintana wrote to us again.");
    List<RhetoricProfile> profiles = PROFILER.profile(List.of(first, second));
    assertEquals(
        Map.of("Kim Jong Un", 1, "Moon Jae-in", 1, "Tomás Ojea Quintana", 1),
        profiles.get(0).labels(RhetoricCategory.PERSON));
    // Learnt in the first letter, found in the second, however written.
    assertEquals(
        Map.of("Kim Jong Un", 1, "Moon Jae-in", 1, "Tomas Ojea-Quintana", 1),
        profiles.get(1).labels(RhetoricCategory.PERSON));
  }

  @Test
  void signatoryPersonsAreNamesToo() {
    AnnotatedLetter signed =
        ANNOTATOR.annotate(
            letter("signed#1")
                .paragraphs("We write to you today.")
                .signedBy("Sonja Biserko")
                .signedBy("Madonna")
                .build());
    AnnotatedLetter mentions = annotate("mentions", "Sonja Biserko spoke first.", "Madonna sang.");
    RhetoricProfile profile = PROFILER.profile(List.of(signed, mentions)).get(1);
    // A one-word signatory is too ambiguous to learn.
    assertEquals(Map.of("Sonja Biserko", 1), profile.labels(RhetoricCategory.PERSON));
  }

  @Test
  void anUntitledUnlistedNameIsNotAPerson() {
    assertEquals(
        0, profile("Phil Robertson said the camps must close.").count(RhetoricCategory.PERSON));
  }

  @Test
  void matchesPointAtTheirSentence() {
    RhetoricProfile profile = profile("Thank you.", "We urge you to act.");
    RhetoricMatch urge = profile.matches(RhetoricCategory.DIRECTIVE).get(0);
    assertEquals(1, urge.sentence());
    assertEquals("urge", urge.span().in(profile.letter().letter().text()));
  }

  @Test
  void directivesAreTheRequestVerbsNotTheLexicons() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> RhetoricLexicon.parse(List.of("directive\turge\turge/VERB")));
    assertEquals(
        "rhetoric.tsv:1: directives are the request verbs, one list for every stage:"
            + " request-verbs.tsv",
        e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> RhetoricLexicon.parse(List.of("hedge\tmaybe\tmaybe", "rhythm\tx\tx")));
    assertTrue(e.getMessage().startsWith("rhetoric.tsv:2: 'rhythm' is not a category"));
  }

  @Test
  void aLexiconLineNeedsThreeFields() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> RhetoricLexicon.parse(List.of("hedge\tmay")));
    assertTrue(e.getMessage().contains("3 tab-separated fields"), e.getMessage());
  }

  @Test
  void aPatternTagMustMatch() {
    PhrasePattern urge = PhrasePattern.parse("urge/VERB");
    assertTrue(urge.matchesAt(ANNOTATOR.tokens("We urge you"), 1));
    assertTrue(!urge.matchesAt(ANNOTATOR.tokens("I have an urge to run"), 3));
    assertEquals(2, PhrasePattern.parse("call/VERB on|upon").length());
  }
}
