package org.refrain.analysis.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReuseSettingsTest {

  @Test
  void defaultsAreTheDocumentedOnes() {
    ReuseSettings d = ReuseSettings.defaults();
    assertEquals(8, d.minTokens());
    assertEquals(0.6, d.minSimilarity());
    assertEquals(4, d.shingle());
    assertEquals(12, d.maxGap());
    assertTrue(d.caseFold());
    assertFalse(d.numbersAsClass());
    assertEquals(64, d.maxPostings());
  }

  @Test
  void withersChangeOneSettingAndTheNormalizerFollows() {
    ReuseSettings s = ReuseSettings.defaults().withCaseFold(false).withNumbersAsClass(true);
    assertEquals(new WordNormalizer(false, true), s.normalizer());
    assertEquals(0.8, ReuseSettings.defaults().withMinSimilarity(0.8).minSimilarity());
    assertEquals(3, ReuseSettings.defaults().withMaxPostings(3).maxPostings());
    // a minimum shorter than the shingle shrinks the shingle with it
    assertEquals(3, ReuseSettings.defaults().withMinTokens(3).shingle());
    assertEquals(4, ReuseSettings.defaults().withMinTokens(20).shingle());
  }

  @Test
  void badValuesAreRejected() {
    ReuseSettings d = ReuseSettings.defaults();
    assertThrows(IllegalArgumentException.class, () -> d.withMinTokens(1));
    assertThrows(IllegalArgumentException.class, () -> d.withMinSimilarity(0));
    assertThrows(IllegalArgumentException.class, () -> d.withMinSimilarity(-0.1));
    assertThrows(IllegalArgumentException.class, () -> d.withMinSimilarity(1.01));
    assertThrows(IllegalArgumentException.class, () -> d.withMinSimilarity(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> d.withMaxPostings(0));
    assertThrows(
        IllegalArgumentException.class, () -> new ReuseSettings(8, 0.6, 1, 12, true, false, 64));
    assertThrows(
        IllegalArgumentException.class, () -> new ReuseSettings(8, 0.6, 17, 12, true, false, 64));
    assertThrows(
        IllegalArgumentException.class, () -> new ReuseSettings(3, 0.6, 4, 12, true, false, 64));
    assertThrows(
        IllegalArgumentException.class, () -> new ReuseSettings(8, 0.6, 4, -1, true, false, 64));
    assertEquals(1.0, d.withMinSimilarity(1).minSimilarity());
  }
}
