package org.refrain.analysis.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Keyness arithmetic against values worked out by hand, its thresholds and its order. */
class KeynessTest {

  private static final double EPS = 1e-9;

  @Test
  void g2MatchesTheHandComputedLogLikelihood() {
    // a=10 in n=1000, b=2 in m=1000: E_a = E_b = 1000 * 12 / 2000 = 6.
    // G2 = 2 (10 ln(10/6) + 2 ln(2/6)) = 2 (10 * 0.5108256 - 2 * 1.0986123) = 5.8220633
    assertEquals(5.822063320647374, Keyness.g2(10, 1000, 2, 1000), EPS);
    // a=4, b=0 (equal sizes): E_a = 2, the zero cell adds nothing: G2 = 2 * 4 ln 2 = 5.5451774
    assertEquals(8 * Math.log(2), Keyness.g2(4, 1000, 0, 1000), EPS);
    // a=30 in 2000, b=10 in 1000: E_a = 2000 * 40 / 3000 = 26.667, E_b = 13.333.
    // G2 = 2 (30 ln(30/26.667) + 10 ln(10/13.333)) = 2 (3.5334 - 2.8768) = 1.3133407
    assertEquals(1.31334069034739, Keyness.g2(30, 2000, 10, 1000), 1e-9);
    // The same relative frequency on both sides: no evidence at all.
    assertEquals(0, Keyness.g2(5, 1000, 10, 2000), EPS);
    // An empty side: nothing to compare.
    assertEquals(0, Keyness.g2(5, 1000, 0, 0), EPS);
  }

  @Test
  void g2IsSymmetricInItsTwoSides() {
    assertEquals(Keyness.g2(10, 1000, 2, 3000), Keyness.g2(2, 3000, 10, 1000), EPS);
  }

  @Test
  void logRatioIsLog2OfTheRatioOfRelativeFrequencies() {
    // (10/1000) / (2/1000) = 5: log2 5 = 2.3219281
    assertEquals(2.321928094887362, Keyness.logRatio(10, 1000, 2, 1000), EPS);
    // Twice as frequent in A once sizes are accounted for: (10/1000) / (10/2000) = 2 -> +1.
    assertEquals(1.0, Keyness.logRatio(10, 1000, 10, 2000), EPS);
    assertEquals(-1.0, Keyness.logRatio(10, 2000, 10, 1000), EPS);
    // Zero counts are taken as 0.5: log2(4 / 0.5) = 3, log2(0.5 / 4) = -3.
    assertEquals(3.0, Keyness.logRatio(4, 1000, 0, 1000), EPS);
    assertEquals(-3.0, Keyness.logRatio(0, 1000, 4, 1000), EPS);
  }

  @Test
  void pOfG2AtTheTextbookCriticalValuesIsOneAndFivePercent() {
    // 34 vs 16 in 1,000 words each: G2 = 6.6278 (the 1% critical value is 6.63).
    KeyTerm one = only(Keyness.of(1, 1).compare(Map.of("t", 34), 1000, Map.of("t", 16), 1000));
    assertEquals(6.6278, one.g2(), 1e-4);
    assertEquals(0.01, one.p(), 1e-4);
    // 151 vs 187 in 1,000 words each: G2 = 3.8416 (the 5% critical value is 3.84).
    KeyTerm five = only(Keyness.of(1, 1).compare(Map.of("t", 151), 1000, Map.of("t", 187), 1000));
    assertEquals(3.8416, five.g2(), 1e-4);
    assertEquals(0.05, five.p(), 1e-4);
    // And p is the chi-squared (1 df) tail: erfc(sqrt(G2 / 2)), here checked at 6.6278.
    assertEquals(0.010040075252937982, one.p(), 1e-9);
  }

  @Test
  void theDefaultLevelSitsJustAboveTheOnePercentCriticalValue() {
    // G2 = 6.6278 gives p = 0.01004 > 0.01: not key at the default level; 35 vs 16 is.
    assertTrue(Keyness.defaults().compare(Map.of("t", 34), 1000, Map.of("t", 16), 1000).isEmpty());
    assertEquals(
        1, Keyness.defaults().compare(Map.of("t", 35), 1000, Map.of("t", 16), 1000).size());
    assertEquals(0.01, Keyness.defaults().maxP());
    assertEquals(3, Keyness.defaults().minCount());
  }

  // n = m = 1000. Hand values (G2, p, log ratio):
  //   alpha 20 vs 2:  17.094, 3.6e-5, +3.32      beta, gamma 12 vs 1: 10.971, 9.3e-4, +3.58
  //   delta 1 vs 15:  14.699, 1.3e-4, -3.91      eps 0 vs 10: 13.863, 2.0e-4, -4.32
  //   rare 2 vs 0:     2.773, 0.096,  +2.00      mild 6 vs 3:  1.019, 0.313, +1.00
  private static final Map<String, Integer> A =
      Map.of("alpha", 20, "beta", 12, "gamma", 12, "delta", 1, "rare", 2, "mild", 6);
  private static final Map<String, Integer> B =
      Map.of("alpha", 2, "beta", 1, "gamma", 1, "delta", 15, "eps", 10, "mild", 3);

  @Test
  void termsOverusedInAComeFirstThenThoseOfBEachByG2ThenTerm() {
    List<KeyTerm> key = Keyness.of(0.05, 3).compare(A, 1000, B, 1000);
    assertEquals(
        List.of("alpha", "beta", "gamma", "delta", "eps"),
        key.stream().map(KeyTerm::term).toList());
    assertEquals(List.of("A", "A", "A", "B", "B"), key.stream().map(KeyTerm::overusedIn).toList());
    KeyTerm delta = key.get(3);
    assertEquals(1, delta.countA());
    assertEquals(15, delta.countB());
    assertEquals(14.69937669931155, delta.g2(), 1e-9);
    assertEquals(Math.log(1.0 / 15) / Math.log(2), delta.logRatio(), 1e-9);
    KeyTerm eps = key.get(4);
    // 0 vs 10: G2 = 2 * 10 ln(10/5) = 13.8629; log ratio log2(0.5/10) = -4.3219.
    assertEquals(20 * Math.log(2), eps.g2(), 1e-9);
    assertEquals(Math.log(0.05) / Math.log(2), eps.logRatio(), 1e-9);
    assertEquals(20.0, key.get(0).perThousandA(), 1e-9);
    assertEquals(2.0, key.get(0).perThousandB(), 1e-9);
  }

  @Test
  void minCountDropsRareTermsWhateverTheirP() {
    // rare (2 + 0 = 2) passes maxP = 1 but not minCount = 3; at minCount = 2 it is kept.
    List<String> three =
        Keyness.of(1, 3).compare(A, 1000, B, 1000).stream().map(KeyTerm::term).toList();
    assertTrue(three.contains("mild"), three.toString());
    assertTrue(!three.contains("rare"), three.toString());
    List<String> two =
        Keyness.of(1, 2).compare(A, 1000, B, 1000).stream().map(KeyTerm::term).toList();
    assertTrue(two.contains("rare"), two.toString());
  }

  @Test
  void maxPDropsTermsWhoseDifferenceMayBeChance() {
    // At 0.05 mild (p 0.31) and rare (p 0.096) go; at 0.1 rare (minCount 1) comes back.
    List<String> strict =
        Keyness.of(0.05, 1).compare(A, 1000, B, 1000).stream().map(KeyTerm::term).toList();
    assertEquals(List.of("alpha", "beta", "gamma", "delta", "eps"), strict);
    List<String> loose =
        Keyness.of(0.1, 1).compare(A, 1000, B, 1000).stream().map(KeyTerm::term).toList();
    assertEquals(List.of("alpha", "beta", "gamma", "rare", "delta", "eps"), loose);
    for (KeyTerm term : Keyness.of(0.001, 1).compare(A, 1000, B, 1000)) {
      assertTrue(term.p() <= 0.001, term.toString());
    }
  }

  @Test
  void badParametersAreRefusedByName() {
    IllegalArgumentException p =
        assertThrows(IllegalArgumentException.class, () -> Keyness.of(0, 3));
    assertTrue(p.getMessage().contains("maxP"), p.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Keyness.of(1.5, 3));
    assertThrows(IllegalArgumentException.class, () -> Keyness.of(Double.NaN, 3));
    IllegalArgumentException min =
        assertThrows(IllegalArgumentException.class, () -> Keyness.of(0.05, 0));
    assertTrue(min.getMessage().contains("minCount"), min.getMessage());
  }

  private static KeyTerm only(List<KeyTerm> terms) {
    assertEquals(1, terms.size(), terms.toString());
    return terms.get(0);
  }

  @Test
  void aTermAbsentFromAIsNeverOverusedInA() {
    // 0 in 100 words against 4 in 1000: the log ratio with 0.5 for zero is +0.32, but A has none.
    KeyTerm absent =
        new KeyTerm("abductee", 0, 4, 100, 1000, 1.0, 0.3, Keyness.logRatio(0, 100, 4, 1000));
    assertTrue(absent.logRatio() > 0);
    assertEquals("B", absent.overusedIn());
  }
}
