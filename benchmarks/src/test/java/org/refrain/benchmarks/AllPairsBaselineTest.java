package org.refrain.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.refrain.analysis.reuse.ReuseSettings;
import org.refrain.analysis.reuse.ReuseText;
import org.refrain.benchmarks.synthetic.LetterVersions;

class AllPairsBaselineTest {

  private static final ReuseTexts TOKENIZER = new ReuseTexts(ReuseSettings.defaults().normalizer());

  @Test
  void identicalLettersShareOnePassageOfAllTheirWords() {
    ReuseText text = TOKENIZER.texts(LetterVersions.of(1, 1, 200, 0)).get(0);
    int n = text.size();
    List<int[]> passages = new AllPairsBaseline(List.of(text, text)).passages(0, 1);
    assertEquals(1, passages.size());
    assertArrayEquals(new int[] {0, n, 0, n}, passages.get(0));
  }

  @Test
  void smallEditsAreJoinedOver() {
    List<ReuseText> texts = TOKENIZER.texts(LetterVersions.of(1, 2, 200, 0.02));
    List<int[]> passages = new AllPairsBaseline(texts).passages(0, 1);
    int covered = passages.stream().mapToInt(p -> p[1] - p[0]).sum();
    assertTrue(covered * 10 >= texts.get(0).size() * 9, "covered " + covered);
  }
}
