package org.refrain.analysis.demand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.refrain.analysis.HandLetters;
import org.refrain.analysis.annotate.AnnotatedLetter;
import org.refrain.analysis.annotate.OpenNlpAnnotator;
import org.refrain.corpus.Letter;

/**
 * Year shares and first and last appearances over four letters: 2019 mentions the camps, 2020 asks
 * to close them and mentions food, a second 2020 letter holds nothing, and an undated letter asks
 * to close the camps and abolish the death penalty.
 */
class DemandTimelineTest {

  private static final String CLOSE_CAMPS = "Close all political prison camps.";

  private static AnnotatedLetter letter(String id, String date, String... paragraphs) {
    HandLetters.Builder b = HandLetters.letter(id).paragraphs(paragraphs);
    if (date != null) {
      b.date(date);
    }
    return OpenNlpAnnotator.shared().annotate(b.build());
  }

  private static final class Sample {
    static final DemandResult RESULT =
        DemandTagger.of(Taxonomy.bundled())
            .tag(
                List.of(
                    letter("d#1", null, CLOSE_CAMPS, "Abolish the death penalty."),
                    letter("b#1", "2020-02-01", CLOSE_CAMPS, "Food is scarce."),
                    letter("c#1", "2020-09-01", "We thank the council for its work."),
                    letter("a#1", "2019-05-01", "Political prison camps still exist.")));
  }

  private static DemandTimeline.YearShare share(int year, String demand) {
    return DemandTimeline.byYear(Sample.RESULT).stream()
        .filter(s -> s.year() == year && s.demand().id().equals(demand))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no share " + year + " " + demand));
  }

  private static DemandTimeline.Appearance appearance(String demand) {
    return DemandTimeline.appearances(Sample.RESULT).stream()
        .filter(a -> a.demand().id().equals(demand))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no appearance " + demand));
  }

  private static String id(Letter letter) {
    return letter == null ? null : letter.id();
  }

  @Test
  void everyDatedYearHoldsEveryDemandInTaxonomyOrder() {
    List<DemandTimeline.YearShare> shares = DemandTimeline.byYear(Sample.RESULT);
    List<String> ids = Taxonomy.bundled().ids();
    assertEquals(2 * ids.size(), shares.size(), "two dated years; the undated letter has none");
    for (int i = 0; i < shares.size(); i++) {
      assertEquals(i < ids.size() ? 2019 : 2020, shares.get(i).year(), "share " + i);
      assertEquals(ids.get(i % ids.size()), shares.get(i).demand().id(), "share " + i);
    }
  }

  @Test
  void aYearsShareCountsItsLettersThatHoldTheDemand() {
    DemandTimeline.YearShare camps2019 = share(2019, "political-prisons");
    assertEquals(
        List.of(1, 1, 0), List.of(camps2019.letters(), camps2019.tagged(), camps2019.asked()));
    assertEquals(1.0, camps2019.share());
    DemandTimeline.YearShare camps2020 = share(2020, "political-prisons");
    assertEquals(
        List.of(2, 1, 1), List.of(camps2020.letters(), camps2020.tagged(), camps2020.asked()));
    assertEquals(0.5, camps2020.share());
    DemandTimeline.YearShare food2020 = share(2020, "right-to-food");
    assertEquals(
        List.of(2, 1, 0), List.of(food2020.letters(), food2020.tagged(), food2020.asked()));
    // Only the undated letter holds the death penalty: no dated year counts it.
    assertEquals(0, share(2019, "death-penalty").tagged());
    assertEquals(0, share(2020, "death-penalty").tagged());
    assertEquals(0.0, share(2020, "death-penalty").share());
  }

  @Test
  void appearancesSayWhenADemandFirstAndLastAppearsAndIsFirstAskedFor() {
    DemandTimeline.Appearance camps = appearance("political-prisons");
    assertEquals(3, camps.letters(), "the undated letter counts");
    assertEquals(2, camps.asks());
    assertEquals("a#1", id(camps.first()));
    assertEquals("b#1", id(camps.last()), "the undated letter is not the last");
    assertEquals("b#1", id(camps.firstAsk()));
  }

  @Test
  void aDemandOnlyUndatedLettersHoldHasNoFirstOrLast() {
    DemandTimeline.Appearance death = appearance("death-penalty");
    assertEquals(1, death.letters());
    assertEquals(1, death.asks());
    assertNull(death.first());
    assertNull(death.last());
    assertNull(death.firstAsk());
  }

  @Test
  void everyDemandHasAnAppearanceHeldOrNot() {
    DemandTimeline.Appearance food = appearance("right-to-food");
    assertEquals(List.of("b#1", "b#1"), List.of(id(food.first()), id(food.last())));
    assertNull(food.firstAsk());
    DemandTimeline.Appearance weapons = appearance("weapons-nexus");
    assertEquals(0, weapons.letters());
    assertNull(weapons.first());
    assertEquals(
        Taxonomy.bundled().ids(),
        DemandTimeline.appearances(Sample.RESULT).stream().map(a -> a.demand().id()).toList());
  }

  @Test
  void aYearShareRefusesImpossibleCounts() {
    Demand demand = Taxonomy.bundled().demands().get(0);
    assertThrows(
        IllegalArgumentException.class, () -> new DemandTimeline.YearShare(2020, demand, 1, 2, 0));
    assertThrows(
        IllegalArgumentException.class, () -> new DemandTimeline.YearShare(2020, demand, 2, 1, 2));
    assertEquals(0.0, new DemandTimeline.YearShare(2020, demand, 0, 0, 0).share());
  }
}
