package org.refrain.analysis.demand;

import java.util.Objects;
import org.refrain.analysis.sequence.ChangeScope;
import org.refrain.corpus.Letter;

/**
 * One demand's change between two letters.
 *
 * @param scope how the two letters were paired
 * @param from the earlier letter
 * @param to the later letter
 * @param demand the demand
 * @param kind what changed
 * @param evidence the sentence that shows it: in {@code to} for an added, strengthened or weakened
 *     demand (its ask, or its mention), in {@code from} for a dropped one
 */
public record DemandChange(
    ChangeScope scope, Letter from, Letter to, Demand demand, ChangeKind kind, Evidence evidence) {

  public DemandChange {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(demand, "demand");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(evidence, "evidence");
  }

  /** The letter {@link #evidence()} is in. */
  public Letter evidenceLetter() {
    return kind == ChangeKind.DROPPED ? from : to;
  }
}
