package org.refrain.reports.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.refrain.analysis.language.KeynessPeriods;
import org.refrain.corpus.Letter;

/**
 * The report's two periods: those keyness compares ({@link KeynessPeriods#choose}), so the
 * summary's changes over time and the keyness section set the same letters against each other.
 */
final class PeriodChooser {

  private PeriodChooser() {}

  /** The periods of {@code letters}, or null when fewer than two are dated. */
  static Periods choose(List<Letter> letters) {
    Map<String, Letter> byId = new HashMap<>();
    letters.forEach(l -> byId.put(l.id(), l));
    return KeynessPeriods.choose(letters)
        .map(
            p ->
                new Periods(
                    p.earlier().label(),
                    p.earlier().letters().stream().map(byId::get).toList(),
                    p.later().label(),
                    p.later().letters().stream().map(byId::get).toList(),
                    p.rule()))
        .orElse(null);
  }
}
