package org.refrain.analysis.demand;

import java.util.List;
import java.util.Objects;
import org.refrain.corpus.Letter;

/**
 * A demand found in a letter, with every sentence that holds it.
 *
 * @param letter the letter
 * @param demand the demand
 * @param evidence the sentences, in text order (at least one)
 */
public record DemandTag(Letter letter, Demand demand, List<Evidence> evidence) {

  public DemandTag {
    Objects.requireNonNull(letter, "letter");
    Objects.requireNonNull(demand, "demand");
    evidence = List.copyOf(evidence);
    if (evidence.isEmpty()) {
      throw new IllegalArgumentException("a tag needs evidence");
    }
  }

  /** Ask when any of its sentences asks, else mention. */
  public Strength strength() {
    for (Evidence e : evidence) {
      if (e.strength() == Strength.ASK) {
        return Strength.ASK;
      }
    }
    return Strength.MENTION;
  }
}
