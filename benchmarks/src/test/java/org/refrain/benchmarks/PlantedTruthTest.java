package org.refrain.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;
import org.refrain.analysis.reuse.ReuseFamily;
import org.refrain.analysis.reuse.ReuseLabel;
import org.refrain.analysis.reuse.ReusePassage;
import org.refrain.analysis.reuse.ReuseSettings;
import org.refrain.analysis.reuse.ReuseText;
import org.refrain.benchmarks.synthetic.PlantedCorpus;
import org.refrain.benchmarks.synthetic.PlantingOptions;
import org.refrain.benchmarks.synthetic.Target;

class PlantedTruthTest {

  private static final PlantedCorpus CORPUS =
      PlantedCorpus.fromBundled(
          PlantedCorpus.background(11, Target.letters(40)), PlantingOptions.defaults());
  private static final List<ReuseText> TEXTS =
      new ReuseTexts(ReuseSettings.defaults().normalizer()).texts(CORPUS.letters());
  private static final PlantedTruth TRUTH = new PlantedTruth(CORPUS, TEXTS);

  @Test
  void copiesAreTheWordsInsideTheirSpans() {
    assertEquals(CORPUS.copies().size(), TRUTH.copies().size());
    for (int i = 0; i < TRUTH.copies().size(); i++) {
      PlantedTruth.Copy copy = TRUTH.copies().get(i);
      ReuseText text = TEXTS.get(copy.text());
      assertEquals(CORPUS.copies().get(i).letter(), text.id());
      assertTrue(copy.size() >= 1, copy.toString());
      assertTrue(CORPUS.copies().get(i).span().contains(text.span(copy.from(), copy.to())));
    }
  }

  @Test
  void familiesOfThePlantedCopiesFindEveryReusableCopyAndNothingElse() {
    PlantedTruth.Score score = TRUTH.score(families(size -> size));
    assertTrue(score.reusable() > 20, "reusable " + score.reusable());
    assertEquals(score.reusable(), score.found());
    assertEquals(1.0, score.recall());
    assertEquals(1.0, score.precision());
  }

  @Test
  void aMemberMustCoverHalfACopy() {
    assertEquals(0, TRUTH.score(families(size -> (size - 1) / 2)).found());
    assertEquals(TRUTH.reusableCount(), TRUTH.score(families(size -> (size + 1) / 2)).found());
    assertEquals(0, TRUTH.score(List.of()).found());
  }

  @Test
  void pairRecallCountsCopyPairsOfOneFormula() {
    long[] pairs = new long[TEXTS.size() * (TEXTS.size() - 1) / 2];
    int k = 0;
    for (int a = 0; a < TEXTS.size(); a++) {
      for (int b = a + 1; b < TEXTS.size(); b++) {
        pairs[k++] = (long) a << 32 | b;
      }
    }
    long[] all = TRUTH.pairRecall(TRUTH.cover(families(size -> size)), pairs);
    assertTrue(all[1] > 0);
    assertEquals(all[1], all[0]);
    assertEquals(0, TRUTH.pairRecall(TRUTH.cover(families(size -> (size - 1) / 2)), pairs)[0]);
  }

  /**
   * One family per formula in two letters or more, its members the first {@code words.apply(n)}
   * words of each copy of n words.
   */
  private static List<ReuseFamily> families(IntUnaryOperator words) {
    Map<Integer, List<ReusePassage>> byFormula = new HashMap<>();
    for (PlantedTruth.Copy copy : TRUTH.copies()) {
      if (TRUTH.reusable(copy)) {
        int to = copy.from() + words.applyAsInt(copy.size());
        if (to > copy.from()) {
          byFormula
              .computeIfAbsent(copy.formula(), f -> new ArrayList<>())
              .add(ReusePassage.of(TEXTS.get(copy.text()), copy.from(), to));
        }
      }
    }
    List<ReuseFamily> families = new ArrayList<>();
    for (List<ReusePassage> members : byFormula.values()) {
      if (members.stream().map(m -> m.letter().id()).distinct().count() >= 2) {
        families.add(
            new ReuseFamily(
                "F" + families.size(), members, members.get(0), ReuseLabel.SUBSTANTIVE, List.of()));
      }
    }
    return families;
  }
}
