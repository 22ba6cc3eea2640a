package org.refrain.analysis.demand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.refrain.analysis.SampleLetters;

/**
 * Scores the tagger against {@code gold.csv}, every letter of the sample corpus by every bundled
 * demand judged by hand, and prints the score: presence precision and recall, and ask vs mention
 * accuracy on the demands both find.
 */
class DemandGoldScoreTest {

  @Test
  void theSampleCorpusScoresAtLeastNinetyPercentOnEveryMeasure() {
    DemandResult result = DemandTagger.of(Taxonomy.bundled()).tag(SampleLetters.annotated());
    GoldScore score = GoldScore.of("gold.csv", result);
    System.out.println("Demand tagging, sample corpus: " + score);
    score.disagreements.forEach((k, v) -> System.out.println("  " + k + ": " + v));
    assertTrue(score.precision() >= 0.9, score.toString());
    assertTrue(score.recall() >= 0.9, score.toString());
    assertTrue(score.strengthAccuracy() >= 0.9, score.toString());
  }

  @Test
  void theGoldJudgesEveryLetterAgainstEveryBundledDemand() {
    Set<String> expected = new TreeSet<>();
    for (var letter : SampleLetters.annotated()) {
      for (String id : Taxonomy.bundled().ids()) {
        expected.add(letter.letter().id() + "," + id);
      }
    }
    assertEquals(expected, new TreeSet<>(GoldScore.read("gold.csv").keySet()));
  }
}
