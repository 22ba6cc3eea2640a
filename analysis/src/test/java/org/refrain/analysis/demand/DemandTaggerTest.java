package org.refrain.analysis.demand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refrain.analysis.HandLetters;
import org.refrain.analysis.annotate.AnnotatedLetter;
import org.refrain.analysis.annotate.OpenNlpAnnotator;
import org.refrain.analysis.annotate.Sentence;

/**
 * Tagging letters with the bundled taxonomy: evidence and match spans, taxonomy and date order,
 * signatory lines, exclusions, line breaks, and a user's taxonomy.
 */
class DemandTaggerTest {

  private static final DemandTagger TAGGER = DemandTagger.of(Taxonomy.bundled());

  @TempDir Path dir;

  private static AnnotatedLetter annotate(HandLetters.Builder letter) {
    return OpenNlpAnnotator.shared().annotate(letter.build());
  }

  private static LetterDemands tag(String... paragraphs) {
    return TAGGER.tag(annotate(HandLetters.letter("tagged#1").paragraphs(paragraphs)));
  }

  private static List<String> ids(LetterDemands tagged) {
    return tagged.tags().stream().map(t -> t.demand().id()).toList();
  }

  @Test
  void everySpanIsInTheLetterAndEveryMatchInItsSentence() {
    AnnotatedLetter annotated =
        annotate(
            HandLetters.letter("spans#1")
                .paragraphs(
                    "We urge the government to close all political prison camps.",
                    "The COI documented rape. Respect the principle of non-refoulement.",
                    "1. Abolish the death penalty and end the shoot-to-kill order."));
    String text = annotated.letter().text();
    LetterDemands tagged = TAGGER.tag(annotated);
    assertEquals(
        List.of(
            "political-prisons",
            "non-refoulement",
            "covid-measures",
            "death-penalty",
            "sexual-violence"),
        ids(tagged));
    for (DemandTag tag : tagged.tags()) {
      for (Evidence e : tag.evidence()) {
        Sentence sentence = annotated.sentences().get(e.sentence());
        assertEquals(sentence.span(), e.span(), tag.demand().id());
        assertTrue(e.span().end() <= text.length(), tag.demand().id());
        assertEquals(e.span().in(text), e.text());
        for (DemandHit hit : e.hits()) {
          assertTrue(e.span().contains(hit.span()), tag.demand().id() + " " + hit);
          assertFalse(hit.span().in(text).isBlank(), tag.demand().id() + " " + hit);
        }
      }
    }
    assertEquals(
        "non-refoulement",
        tagged.tag("non-refoulement").orElseThrow().evidence().get(0).hits().get(0).span().in(text),
        "a match on part of a word shows the whole word");
  }

  @Test
  void tagsComeInTaxonomyOrderWhateverTheTextOrder() {
    LetterDemands tagged =
        tag(
            "The Security Council debated it.",
            "Food is scarce.",
            "Political prison camps still exist.");
    assertEquals(List.of("political-prisons", "right-to-food", "security-council"), ids(tagged));
  }

  @Test
  void aDemandIsAnAskWhenOneOfItsSentencesAsks() {
    LetterDemands tagged =
        tag(
            "Political prison camps still exist.",
            "We urge the government to close all political prison camps.",
            "Food is scarce.");
    DemandTag prisons = tagged.tag("political-prisons").orElseThrow();
    assertEquals(List.of(0, 1), prisons.evidence().stream().map(Evidence::sentence).toList());
    assertEquals(Strength.MENTION, prisons.evidence().get(0).strength());
    assertEquals(Strength.ASK, prisons.strength());
    assertEquals(Strength.MENTION, tagged.strength("right-to-food"));
    assertEquals(null, tagged.strength("death-penalty"));
  }

  @Test
  void lettersComeInDateOrderWhateverTheInputOrder() {
    List<AnnotatedLetter> letters = new ArrayList<>();
    String[] dates = {"2021-05-01", "2019-01-15", null, "2020-07-30", "2019-01-15"};
    for (int i = 0; i < dates.length; i++) {
      HandLetters.Builder b =
          HandLetters.letter("l" + i + "#1").paragraphs("Food is scarce.", "Close all camps.");
      if (dates[i] != null) {
        b.date(dates[i]);
      }
      letters.add(annotate(b));
    }
    DemandResult result = TAGGER.tag(letters);
    List<String> expected = List.of("l1#1", "l4#1", "l3#1", "l0#1", "l2#1");
    assertEquals(expected, result.letters().stream().map(l -> l.letter().id()).toList());
    Random random = new Random(7);
    for (int round = 0; round < 5; round++) {
      List<AnnotatedLetter> shuffled = new ArrayList<>(letters);
      Collections.shuffle(shuffled, random);
      assertEquals(result, TAGGER.tag(shuffled), "round " + round);
    }
  }

  @Test
  void aSignatoryLineNeverTagsALetter() {
    String line = "Kim, repatriated by China in 2023";
    LetterDemands signed =
        TAGGER.tag(
            annotate(
                HandLetters.letter("signed#1").paragraphs("We write about food.").signedBy(line)));
    assertEquals(List.of("right-to-food"), ids(signed));
    // The same words in the body do tag it: the signatory list is what keeps them out.
    assertTrue(ids(tag("We write about food.", line + ".")).contains("non-refoulement"));
  }

  @Test
  void anExclusionDropsTheMatchesItOverlaps() {
    assertEquals(List.of(), ids(tag("A peaceful resolution of the conflict requires dialogue.")));
    assertEquals(List.of(), ids(tag("The execution of the plan was delayed.")));
    assertEquals(List.of("death-penalty"), ids(tag("The execution of the prisoner was delayed.")));
    // Only the overlapped match goes: another match in the sentence still counts.
    LetterDemands both =
        tag("A peaceful resolution of the conflict needs a UN resolution on rights.");
    DemandTag resolutions = both.tag("un-resolutions").orElseThrow();
    assertEquals(1, resolutions.evidence().get(0).hits().size());
  }

  @Test
  void aLineBreakInsideASentenceDoesNotStopAPattern() {
    AnnotatedLetter annotated =
        annotate(
            HandLetters.letter("wrapped#1")
                .paragraphs("We urge the government to close all political\nprison camps now."));
    String text = annotated.letter().text();
    assertEquals(1, annotated.sentences().size());
    DemandTag prisons = TAGGER.tag(annotated).tag("political-prisons").orElseThrow();
    List<DemandHit> hits = prisons.evidence().get(0).hits();
    assertEquals(1, hits.size(), "the shorter 'prison camp' match is inside the longer one");
    assertEquals("political prison camp", hits.get(0).pattern());
    assertEquals("political\nprison camps", hits.get(0).span().in(text));
    assertEquals(Strength.ASK, prisons.strength());
  }

  @Test
  void aRegexPatternFindsItsTextInTheSentence() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("regex.yaml"),
            "extends: bundled\ndemands:\n"
                + "  - id: kwanliso\n    label: Kwanliso\n    patterns: [{regex: \"kwan-?li-?so\"}]\n");
    DemandTagger tagger = DemandTagger.of(Taxonomy.load(file));
    AnnotatedLetter annotated =
        annotate(HandLetters.letter("r#1").paragraphs("Food is scarce.", "Kwan-li-so 15 is open."));
    DemandTag tag = tagger.tag(annotated).tag("kwanliso").orElseThrow();
    assertEquals(1, tag.evidence().get(0).sentence());
    assertEquals(
        "Kwan-li-so", tag.evidence().get(0).hits().get(0).span().in(annotated.letter().text()));
  }

  @Test
  void aUserTaxonomyTagsItsNewDemand() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("mine.yaml"),
            "extends: bundled\n"
                + "demands:\n"
                + "  - id: rice\n    label: Rice rations\n    patterns: [rice ration]\n");
    DemandTagger tagger = DemandTagger.of(Taxonomy.load(file));
    LetterDemands tagged =
        tagger.tag(
            annotate(
                HandLetters.letter("rice#1")
                    .paragraphs("Close all political prison camps.", "Restore the rice rations.")));
    assertEquals(List.of("political-prisons", "rice"), ids(tagged));
    DemandTag rice = tagged.tag("rice").orElseThrow();
    assertEquals(Strength.ASK, rice.strength());
    assertEquals("rice ration", rice.evidence().get(0).hits().get(0).pattern());
  }
}
