package org.refrain.analysis.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refrain.analysis.language.LanguageFixtures.ANNOTATOR;
import static org.refrain.analysis.language.LanguageFixtures.letter;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.refrain.analysis.annotate.AnnotatedLetter;

/**
 * Frequency tables, display forms, group comparisons and distinctive terms on three hand-made
 * letters: 2021, 2020 (given in that order) and one undated.
 */
class TermFrequenciesTest {

  // Words: Torture, continues, torture, must, end = 5; "torture" 2, "continue" 1, "end" 1.
  private static final AnnotatedLetter Y2021 =
      ANNOTATOR.annotate(
          letter("b-2021#1")
              .date("2021-05-01")
              .paragraphs("Torture continues. Torture must end.")
              .build());
  // Words: Kwanliso, camps, hold, kwanliso, prisoners, and, torture, kwanliso, guards = 9.
  private static final AnnotatedLetter Y2020 =
      ANNOTATOR.annotate(
          letter("a-2020#1")
              .date("2020-01-10")
              .paragraphs("Kwanliso camps hold kwanliso prisoners. Torture and kwanliso guards.")
              .build());
  private static final AnnotatedLetter UNDATED =
      ANNOTATOR.annotate(letter("c-undated#1").paragraphs("Torture is torture.").build());

  private static final TermCounter COUNTER = TermCounter.upTo(2);
  private static final List<LetterTerms> TERMS =
      List.of(COUNTER.count(UNDATED), COUNTER.count(Y2021), COUNTER.count(Y2020));

  @Test
  void byGroupOrdersYearsAscendingWithUndatedLast() {
    List<TermFrequency> rows = TermFrequencies.byGroup(TERMS, TermFrequencies::year);
    List<String> groups = rows.stream().map(TermFrequency::group).distinct().toList();
    assertEquals(List.of("2020", "2021", TermFrequencies.UNDATED), groups);
    assertTrue(rows.stream().allMatch(r -> r.letter() == null));
  }

  @Test
  void byGroupSumsCountsAndWordsAndCountsLetters() {
    AnnotatedLetter other2020 =
        ANNOTATOR.annotate(letter("d-2020#1").date("2020-06-01").paragraphs("Torture.").build());
    List<LetterTerms> terms =
        List.of(COUNTER.count(Y2020), COUNTER.count(other2020), COUNTER.count(Y2021));
    TermFrequency torture2020 =
        row(TermFrequencies.byGroup(terms, TermFrequencies::year), "2020", "torture");
    assertEquals(2, torture2020.count()); // once in each 2020 letter
    assertEquals(Y2020.words() + 1, torture2020.words());
    assertEquals(2, torture2020.letters());
    TermFrequency kwanliso =
        row(TermFrequencies.byGroup(terms, TermFrequencies::year), "2020", "kwanliso");
    assertEquals(3, kwanliso.count());
    assertEquals(1, kwanliso.letters());
    assertEquals(1000.0 * 3 / (Y2020.words() + 1), kwanliso.perThousand(), 1e-9);
  }

  @Test
  void withinAGroupRowsGoByCountDescendingThenTerm() {
    List<TermFrequency> rows = TermFrequencies.byLetter(List.of(COUNTER.count(Y2020)));
    for (int i = 1; i < rows.size(); i++) {
      TermFrequency a = rows.get(i - 1);
      TermFrequency b = rows.get(i);
      assertTrue(
          a.count() > b.count() || (a.count() == b.count() && a.term().compareTo(b.term()) < 0),
          a + " before " + b);
    }
    assertEquals("kwanliso", rows.get(0).term());
    assertEquals(3, rows.get(0).count());
    assertEquals(1, rows.get(0).n());
  }

  @Test
  void byLetterWithATopKeepsEachLettersCommonestInOrder() {
    List<TermFrequency> all = TermFrequencies.byLetter(TERMS);
    for (int top : new int[] {1, 2, 1000}) {
      java.util.Map<String, Integer> seen = new java.util.HashMap<>();
      List<TermFrequency> expected =
          all.stream().filter(r -> seen.merge(r.group(), 1, Integer::sum) <= top).toList();
      assertEquals(expected, TermFrequencies.byLetter(TERMS, top), "top " + top);
    }
    assertEquals(all, TermFrequencies.byLetter(TERMS, 0));
  }

  @Test
  void byLetterKeepsTheGivenOrderAndLabelsRowsWithTheLetterId() {
    List<TermFrequency> rows = TermFrequencies.byLetter(TERMS);
    assertEquals(
        List.of("c-undated#1", "b-2021#1", "a-2020#1"),
        rows.stream().map(TermFrequency::group).distinct().toList());
    TermFrequency first = rows.get(0);
    assertSame(UNDATED.letter(), first.letter());
    assertEquals("torture", first.term());
    assertEquals(2, first.count());
    assertEquals(UNDATED.words(), first.words());
  }

  @Test
  void theYearOfAnUndatedLetterIsUndated() {
    assertEquals("undated", TermFrequencies.year(UNDATED.letter()));
    assertEquals("2021", TermFrequencies.year(Y2021.letter()));
  }

  @Test
  void aTermIsShownAsItsCommonestWrittenFormTiesAlphabetically() {
    AnnotatedLetter a =
        ANNOTATOR.annotate(
            letter("forms#1").paragraphs("Human rights matter. Human rights defenders.").build());
    AnnotatedLetter b =
        ANNOTATOR.annotate(letter("forms#2").paragraphs("A human right to food.").build());
    TermForms forms = TermForms.of(List.of(COUNTER.count(a), COUNTER.count(b)));
    assertEquals("human rights", forms.form("human right"));
    // An unknown term is shown as itself.
    assertEquals("no such term", forms.form("no such term"));
    // One "camps" and one "camp": the tie goes to the alphabetically first form.
    AnnotatedLetter tie =
        ANNOTATOR.annotate(letter("tie#1").paragraphs("The camps grew. One camp closed.").build());
    assertEquals("camp", TermForms.of(List.of(COUNTER.count(tie))).form("camp"));
  }

  @Test
  void aComparisonWithoutBComparesAWithTheRest() {
    KeynessComparison c =
        KeynessComparison.of(
            TERMS,
            LetterSelector.parse("year=2020"),
            "year=2020",
            null,
            "ignored",
            Keyness.of(1, 1));
    assertEquals("rest", c.labelB());
    assertEquals(List.of("a-2020#1"), ids(c.lettersA()));
    assertEquals(List.of("c-undated#1", "b-2021#1"), ids(c.lettersB()));
    assertEquals(Y2020.words(), c.wordsA());
    assertEquals(UNDATED.words() + Y2021.words(), c.wordsB());
    KeyTerm kwanliso =
        c.terms().stream().filter(t -> t.term().equals("kwanliso")).findFirst().orElseThrow();
    assertEquals(3, kwanliso.countA());
    assertEquals(0, kwanliso.countB());
    assertEquals(
        Keyness.g2(3, c.wordsA(), 0, c.wordsB()), kwanliso.g2(), 1e-12, "the hand formula");
  }

  @Test
  void aLetterInBothGroupsCountsInBoth() {
    KeynessComparison c =
        KeynessComparison.of(
            TERMS,
            LetterSelector.parse("year=2020,2021"),
            "year=2020,2021",
            LetterSelector.parse("year=2021,undated"),
            "year=2021,undated",
            Keyness.of(1, 1));
    assertEquals(List.of("b-2021#1", "a-2020#1"), ids(c.lettersA()));
    assertEquals(List.of("c-undated#1", "b-2021#1"), ids(c.lettersB()));
    assertEquals("year=2021,undated", c.labelB());
  }

  @Test
  void distinctiveTermsAreTheLettersOwnOverusedTermsRankedFromOne() {
    List<DistinctiveTerms.Distinctive> rows = DistinctiveTerms.of(TERMS, Keyness.of(0.2, 2), 3);
    assertTrue(rows.stream().allMatch(r -> r.term().overusedIn().equals("A")));
    assertTrue(rows.stream().allMatch(r -> r.term().p() <= 0.2));
    var byLetter =
        rows.stream()
            .collect(
                Collectors.groupingBy(
                    r -> r.letter().letter().letter().id(),
                    Collectors.mapping(r -> r.term().term(), Collectors.toList())));
    // kwanliso: 3 in the 2020 letter's 9 words, 0 in the other 8: G2 = 2 * 3 ln(17/9) = 3.816,
    // p = 0.051 > 0.05 but <= 0.2. It is the 2020 letter's most distinctive term.
    assertEquals("kwanliso", byLetter.get("a-2020#1").get(0));
    DistinctiveTerms.Distinctive top = rows.get(rowIndex(rows, "a-2020#1", 1));
    assertEquals(2 * 3 * Math.log(17.0 / 9), top.term().g2(), 1e-9);
    assertEquals(9, top.term().wordsA());
    assertEquals(8, top.term().wordsB());
    for (String id : byLetter.keySet()) {
      assertTrue(byLetter.get(id).size() <= 3, id);
    }
  }

  @Test
  void distinctiveTermsNeedAPositiveLimit() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> DistinctiveTerms.of(TERMS, Keyness.defaults(), 0));
    assertTrue(e.getMessage().contains("limit"), e.getMessage());
  }

  @Test
  void aLetterAloneHasNothingDistinctive() {
    assertTrue(DistinctiveTerms.of(List.of(COUNTER.count(Y2020)), Keyness.of(1, 1), 5).isEmpty());
  }

  private static int rowIndex(List<DistinctiveTerms.Distinctive> rows, String id, int rank) {
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).letter().letter().letter().id().equals(id) && rows.get(i).rank() == rank) {
        return i;
      }
    }
    throw new AssertionError("no rank " + rank + " for " + id);
  }

  private static TermFrequency row(List<TermFrequency> rows, String group, String term) {
    return rows.stream()
        .filter(r -> r.group().equals(group) && r.term().equals(term))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + group + " " + term + " in " + rows));
  }

  private static List<String> ids(List<LetterTerms> letters) {
    return letters.stream().map(t -> t.letter().letter().id()).toList();
  }
}
