package org.refrain.analysis.coalition;

import java.util.List;
import java.util.Objects;
import org.refrain.analysis.sequence.ChangeScope;
import org.refrain.analysis.signatory.SignatoryEntity;
import org.refrain.corpus.Letter;

/**
 * How the signers changed from one letter to a later one.
 *
 * @param scope why the two letters are compared (consecutive, same addressee, same venue)
 * @param before the earlier letter
 * @param after the later letter
 * @param joined entities signing {@code after} only, in its list order
 * @param left entities signing {@code before} only, in its list order
 * @param stayed entities signing both, in {@code after}'s list order
 */
public record CoalitionChange(
    ChangeScope scope,
    Letter before,
    Letter after,
    List<SignatoryEntity> joined,
    List<SignatoryEntity> left,
    List<SignatoryEntity> stayed) {

  public CoalitionChange {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    joined = List.copyOf(joined);
    left = List.copyOf(left);
    stayed = List.copyOf(stayed);
  }

  /** Entities in both over entities in either: 1 for the same list, 0 for disjoint lists. */
  public double jaccard() {
    int union = joined.size() + left.size() + stayed.size();
    return union == 0 ? 0 : (double) stayed.size() / union;
  }
}
