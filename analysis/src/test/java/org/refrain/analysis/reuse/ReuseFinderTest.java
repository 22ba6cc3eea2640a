package org.refrain.analysis.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refrain.analysis.reuse.ReuseFixtures.filler;
import static org.refrain.analysis.reuse.ReuseFixtures.text;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.refrain.analysis.HandLetters;

/** Reuse found in hand-made letters, one rule at a time. */
class ReuseFinderTest {

  private static final ReuseFinder FINDER = ReuseFinder.of(ReuseSettings.defaults());

  private static final String EIGHT = "the coalition calls for an immediate independent inquiry";
  private static final String FORMULA =
      "We would be pleased to discuss these matters further with your staff.";

  private static List<String> texts(ReuseFamily family) {
    return family.members().stream().map(ReusePassage::text).toList();
  }

  @Test
  void anExactEightWordPassageIsFoundAtDifferentPlaces() {
    ReuseText a = text("a", "2020-01-01", filler("x", 20) + " " + EIGHT + " " + filler("y", 10));
    ReuseText b =
        text(
            "b",
            "2021-01-01",
            filler("z", 3),
            filler("u", 5) + " " + EIGHT + ". " + filler("v", 30));
    ReuseResult result = FINDER.find(List.of(a, b));
    assertEquals(1, result.families().size());
    ReuseFamily family = result.families().get(0);
    assertEquals(List.of(EIGHT, EIGHT), texts(family));
    assertEquals(List.of("a#1", "b#1"), family.letters());
    assertEquals("a#1", family.source().letter().id());
    assertEquals(EIGHT, family.text());
  }

  @Test
  void aPassageWithOneSubstitutedWordIsFoundWhole() {
    String older =
        "we urge the council to adopt a resolution that renews the mandate of the special"
            + " rapporteur";
    String newer = older.replace("renews", "extends");
    ReuseText a = text("a", "2020-01-01", filler("x", 12) + ". " + older + ". " + filler("y", 12));
    ReuseText b = text("b", "2021-01-01", filler("z", 7) + ". " + newer + ". " + filler("w", 9));
    ReuseResult result = FINDER.find(List.of(a, b));
    assertEquals(1, result.families().size());
    assertEquals(List.of(older, newer), texts(result.families().get(0)));
    List<DiffSegment> changes =
        VariantView.of(result.families().get(0)).variants().get(1).changes();
    assertTrue(changes.contains(new DiffSegment.Changed("renews", "extends")), "" + changes);
  }

  @Test
  void aFiveWordCommonPhraseIsNotReuse() {
    String phrase = "in the light of recent";
    ReuseText a = text("a", "2020-01-01", filler("x", 10) + " " + phrase + " " + filler("y", 10));
    ReuseText b = text("b", "2021-01-01", filler("z", 4) + " " + phrase + " " + filler("w", 4));
    assertEquals(List.of(), FINDER.find(List.of(a, b)).families());
    // with a minimum of 5 words the same phrase counts
    ReuseResult five =
        ReuseFinder.of(ReuseSettings.defaults().withMinTokens(5)).find(List.of(a, b));
    assertEquals(1, five.families().size());
    assertEquals(List.of(phrase, phrase), texts(five.families().get(0)));
  }

  @Test
  void aMovedParagraphIsFoundAsACopy() {
    String[] p = {
      "North Korean troops held and executed a South Korean official who drifted into their waters",
      "the commission concluded that crimes against humanity were committed in political prison"
          + " camps",
      "we call on states to observe the principle of non refoulement for those who flee the"
          + " country"
    };
    ReuseText a = text("a", "2020-01-01", p[0], p[1], p[2]);
    ReuseText b = text("b", "2021-01-01", p[2], filler("q", 6), p[0], p[1]);
    ReuseResult result = FINDER.find(List.of(a, b));
    ReuseCoverage coverage = ReuseCoverage.of(result);
    assertEquals(1.0, coverage.share("a#1", "b#1"));
    assertTrue(
        result.families().stream().anyMatch(f -> texts(f).equals(List.of(p[2], p[2]))),
        "" + result.families().stream().map(ReuseFinderTest::texts).toList());
  }

  @Test
  void aFormulaInFourLettersIsOneFamilyOfFourCopies() {
    List<ReuseText> letters =
        List.of(
            text("d", "2023-05-01", filler("d", 15), FORMULA, "Sincerely, " + filler("dd", 3)),
            text("a", "2020-01-01", filler("a", 9), FORMULA),
            text("c", "2022-03-01", filler("c", 30), "Thank you. " + FORMULA),
            text("b", "2021-02-01", FORMULA, filler("b", 11)));
    ReuseResult result = FINDER.find(letters);
    assertEquals(1, result.families().size(), "" + result.families());
    ReuseFamily family = result.families().get(0);
    assertEquals(List.of("a#1", "b#1", "c#1", "d#1"), family.letters());
    assertEquals(4, family.members().size());
    String words = FORMULA.substring(0, FORMULA.length() - 1);
    assertEquals(List.of(words, words, words, words), texts(family));
    assertEquals("a#1", family.source().letter().id());
    assertEquals(List.of(), family.tiedSources());
    assertEquals("2020-01-01", family.first().orElseThrow().toString());
    assertEquals("2023-05-01", family.last().orElseThrow().toString());
    assertEquals(ReuseLabel.BOILERPLATE, family.label());
    assertEquals(letters, result.texts());
  }

  @Test
  void aViewOfTheFirstCopiesIsTheStartOfTheWholeView() {
    List<ReuseText> letters =
        List.of(
            text("a", "2020-01-01", filler("a", 9), FORMULA),
            text("b", "2021-02-01", FORMULA.replace("staff", "team"), filler("b", 11)),
            text("c", "2022-03-01", filler("c", 30), "Thank you. " + FORMULA));
    ReuseFamily family = FINDER.find(letters).families().get(0);
    List<VariantView.Variant> all = VariantView.of(family).variants();
    assertEquals(all.subList(0, 2), VariantView.of(family, 2).variants());
    assertEquals(all, VariantView.of(family, 100).variants());
    assertThrows(IllegalArgumentException.class, () -> VariantView.of(family, 0));
  }

  @Test
  void sameDayCopiesAreTiedSourcesAndUndatedLettersComeLast() {
    ReuseText undated =
        ReuseFixtures.text(HandLetters.letter("u#1").paragraphs(filler("u", 4), FORMULA).build());
    ReuseText first = text("f", "2020-01-01", FORMULA);
    ReuseText twin = text("t", "2020-01-01", filler("t", 5) + " " + FORMULA);
    ReuseFamily family = FINDER.find(List.of(undated, first, twin)).families().get(0);
    assertEquals(List.of("f#1", "t#1", "u#1"), family.letters());
    assertEquals(1, family.tiedSources().size());
    assertEquals("t#1", family.tiedSources().get(0).letter().id());
    assertEquals("2020-01-01", family.last().orElseThrow().toString());
  }

  @Test
  void lettersMustHaveDistinctIds() {
    ReuseText a = text("a", "2020-01-01", FORMULA);
    assertThrows(IllegalArgumentException.class, () -> FINDER.find(List.of(a, a)));
  }

  @Test
  void lettersSharingNothingHaveNoFamilies() {
    ReuseResult result =
        FINDER.find(List.of(text("a", "2020-01-01", filler("a", 40)), text("b", "2020-01-02", "")));
    assertEquals(List.of(), result.families());
    assertEquals(0, ReuseCoverage.of(result).share("b#1", "a#1"));
  }

  @Test
  void anAmbiguousFirstWordStaysInThePassage() {
    // A reviewer's pair of letters: Myers paired the passage's "The" with another "the" in the
    // window, and the passage lost its first word in both copies.
    String finding =
        "The commission found that detainees were subjected to torture, forced labour and"
            + " starvation, and that families of detainees were punished for the acts of their"
            + " relatives over three generations.";
    String opener =
        "We are writing on behalf of twelve organizations to urge your government to release all"
            + " political prisoners held in the northern camps without delay and without"
            + " conditions.";
    String closing =
        "Thank you for your consideration. We would be pleased to discuss these matters further"
            + " with your staff at your earliest convenience.";
    ReuseText a =
        text(
            "a",
            "2019-05-02",
            "Dear Minister,",
            opener,
            finding,
            "Our coalition also asks that independent monitors be allowed to visit every facility"
                + " in the country this year.",
            closing);
    ReuseText b =
        text(
            "b",
            "2020-06-14",
            "Dear Minister,",
            finding,
            opener.replace("twelve", "fifteen").replace("northern", "southern"),
            "A completely new paragraph about fisheries quotas and maritime boundaries that no"
                + " other letter mentions at all, here.",
            closing);
    ReuseFamily family =
        FINDER.find(List.of(a, b)).families().stream()
            .filter(f -> f.text().contains("commission"))
            .findFirst()
            .orElseThrow();
    for (ReusePassage copy : family.members()) {
      assertTrue(copy.text().startsWith("The commission"), copy.text());
    }
  }

  @Test
  void oneFormulaInManyEditedCopiesIsOneFamilyNotNestedPieces() {
    // 40 letters each edit the formula in two places: one family of 40 copies, not pairs. (The
    // nested-pieces regression shows at 100 words, 10% edits and 200 letters: see the reuse
    // benchmark's "members per planted copy".)
    String[] words = filler("f", 60).split(" ");
    List<ReuseText> texts = new java.util.ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String[] copy = words.clone();
      copy[(i * 7) % 60] = "edit" + i;
      copy[(i * 13 + 5) % 60] = "change" + i;
      texts.add(
          text(
              "l" + i,
              String.format(java.util.Locale.ROOT, "2020-01-%02d", 1 + i % 28),
              filler("a" + i, 10),
              String.join(" ", copy),
              filler("b" + i, 10)));
    }
    List<ReuseFamily> families = FINDER.find(texts).families();
    assertEquals(1, families.size(), "" + families.size());
    assertEquals(40, families.get(0).members().size());
  }
}
