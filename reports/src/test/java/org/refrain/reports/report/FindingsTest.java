package org.refrain.reports.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class FindingsTest {

  private static Finding f(Finding.Kind kind, double weight, String sentence) {
    return new Finding(kind, weight, sentence, "chart-x");
  }

  @Test
  void theLargestOfEachKindComeFirstThenTheLargestOfTheRest() {
    List<Finding> all =
        List.of(
            f(Finding.Kind.DEMANDS, 0.9, "d1"),
            f(Finding.Kind.DEMANDS, 0.8, "d2"),
            f(Finding.Kind.DEMANDS, 0.7, "d3"),
            f(Finding.Kind.DEMANDS, 0.6, "d4"),
            f(Finding.Kind.WORDING, 0.2, "w1"),
            f(Finding.Kind.COALITION, 0.1, "c1"),
            f(Finding.Kind.COALITION, 0.05, "c2"));
    assertEquals(
        List.of("d1", "w1", "c1", "d2", "c2"),
        Findings.pick(all).stream().map(Finding::sentence).toList());
  }

  @Test
  void aKindPastItsShareFillsWhatTheOthersLeave() {
    List<Finding> all =
        List.of(
            f(Finding.Kind.WORDING, 0.97, "w1"),
            f(Finding.Kind.WORDING, 0.96, "w2"),
            f(Finding.Kind.WORDING, 0.95, "w3"),
            f(Finding.Kind.WORDING, 0.94, "w4"),
            f(Finding.Kind.COALITION, 0.3, "c1"),
            f(Finding.Kind.COALITION, 0.2, "c2"));
    assertEquals(
        List.of("w1", "c1", "w2", "c2", "w3"),
        Findings.pick(all).stream().map(Finding::sentence).toList());
  }

  @Test
  void aKindWithoutFindingsLeavesItsPlaceToTheRest() {
    List<Finding> all =
        List.of(
            f(Finding.Kind.WORDING, 0.4, "w1"),
            f(Finding.Kind.WORDING, 0.9, "w2"),
            f(Finding.Kind.DEMANDS, 0.3, "d1"));
    assertEquals(
        List.of("d1", "w2", "w1"), Findings.pick(all).stream().map(Finding::sentence).toList());
  }

  @Test
  void tiesAreBrokenByKindThenSentenceSoTheChoiceIsStable() {
    List<Finding> all =
        List.of(
            f(Finding.Kind.DEMANDS, 0.5, "b"),
            f(Finding.Kind.DEMANDS, 0.5, "a"),
            f(Finding.Kind.DEMANDS, 0.5, "c"));
    assertEquals(
        List.of("a", "b", "c"), Findings.pick(all).stream().map(Finding::sentence).toList());
    assertEquals(List.of(), Findings.pick(List.of()));
  }

  @Test
  void aWeightIsAShare() {
    assertThrows(IllegalArgumentException.class, () -> f(Finding.Kind.DEMANDS, 1.5, "x"));
    assertThrows(IllegalArgumentException.class, () -> f(Finding.Kind.DEMANDS, Double.NaN, "x"));
  }
}
