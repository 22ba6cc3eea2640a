package org.refrain.analysis.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.refrain.analysis.reuse.DiffSegment.Changed;
import org.refrain.analysis.reuse.DiffSegment.Deleted;
import org.refrain.analysis.reuse.DiffSegment.Inserted;
import org.refrain.analysis.reuse.DiffSegment.Same;

class WordDiffTest {

  private static List<DiffSegment> diff(String older, String newer) {
    ReuseText a = ReuseFixtures.text("a", "2020-01-01", older);
    ReuseText b = ReuseFixtures.text("b", "2021-01-01", newer);
    return WordDiff.between(a.tokens(), a.letter().text(), b.tokens(), b.letter().text());
  }

  @Test
  void equalTextsAreOneSameSegmentWithTheirPunctuation() {
    assertEquals(
        List.of(new Same("Thank you for your consideration.")),
        diff("Thank you for your consideration.", "Thank you for your consideration."));
  }

  @Test
  void aSubstitutionIsOneChangedSegment() {
    assertEquals(
        List.of(
            new Same("the"),
            new Changed("UN General Assembly", "European Union"),
            new Same("and its members")),
        diff("the UN General Assembly and its members", "the European Union and its members"));
  }

  @Test
  void insertionsAndDeletionsKeepTheirPunctuation() {
    assertEquals(
        List.of(new Same("We are writing"), new Inserted("today"), new Same("to urge")),
        diff("We are writing to urge", "We are writing today to urge"));
    assertEquals(
        List.of(
            new Same("organizations,"), new Deleted("coalitions,"), new Same("and individuals.")),
        diff("organizations, coalitions, and individuals.", "organizations, and individuals."));
  }

  @Test
  void aCaseOnlyRespellingIsShownAsAChange() {
    assertEquals(
        List.of(new Same("its"), new Changed("member states", "Member States"), new Same("to")),
        diff("its member states to", "its Member States to"));
  }

  @Test
  void sameWordsAreShownAsTheNewerWritesThem() {
    assertEquals(
        List.of(new Same("the People's Republic")),
        diff("the People\u2019s Republic", "the People's Republic"));
    assertEquals(
        List.of(new Same("on\u2013going work")), diff("on-going work", "on\u2013going work"));
  }

  @Test
  void changedCountsAreShown() {
    assertEquals(
        List.of(new Same("on behalf of"), new Changed("69", "37"), new Same("organizations")),
        diff("on behalf of 69 organizations", "on behalf of 37 organizations"));
  }

  @Test
  void theWordDiffNotationIsGitStyle() {
    assertEquals(
        "We [-are-]{+were+} writing {+today+} to [-urge-]",
        DiffSegment.wordDiff(diff("We are writing to urge", "We were writing today to")));
  }

  @Test
  void sharedWordsCountsTheNewerWordsTheDiffMatches() {
    ReuseText a = ReuseFixtures.text("a", "2020-01-01", "one two three four five");
    ReuseText b = ReuseFixtures.text("b", "2020-01-01", "one TWO six four five seven");
    assertEquals(4, WordDiff.sharedWords(a.tokens(), b.tokens()));
    assertEquals(5, WordDiff.sharedWords(a.tokens(), a.tokens()));
  }
}
