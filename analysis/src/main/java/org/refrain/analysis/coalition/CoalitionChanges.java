package org.refrain.analysis.coalition;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.refrain.analysis.sequence.ChangeScope;
import org.refrain.analysis.sequence.Predecessors;
import org.refrain.analysis.signatory.SignatoryEntity;
import org.refrain.corpus.Letter;

/**
 * Joined, left and stayed between each letter and its predecessor in each scope: the letter before
 * it, the latest earlier letter to the same addressee, the latest to the same UN body. One
 * predecessor per scope, so the work grows with the letters, not their pairs. Undated letters are
 * not compared.
 */
public final class CoalitionChanges {

  private CoalitionChanges() {}

  /** Every change: scope by scope, later letters in date order. */
  public static List<CoalitionChange> of(Coalition coalition) {
    List<CoalitionChange> changes = new ArrayList<>();
    List<Letter> letters = coalition.letters();
    for (ChangeScope scope : ChangeScope.values()) {
      for (int[] pair : Predecessors.pairs(letters, scope)) {
        Letter before = letters.get(pair[0]);
        Letter after = letters.get(pair[1]);
        // Undated letters sort last; "before" and "after" would mean nothing for them.
        if (before.date() != null && after.date() != null) {
          changes.add(change(coalition, scope, before, after));
        }
      }
    }
    return changes;
  }

  static CoalitionChange change(Coalition coalition, ChangeScope scope, Letter a, Letter b) {
    Set<SignatoryEntity> before = coalition.signers(a);
    Set<SignatoryEntity> after = coalition.signers(b);
    List<SignatoryEntity> joined = new ArrayList<>();
    List<SignatoryEntity> stayed = new ArrayList<>();
    for (SignatoryEntity entity : after) {
      (before.contains(entity) ? stayed : joined).add(entity);
    }
    List<SignatoryEntity> left = new ArrayList<>();
    for (SignatoryEntity entity : before) {
      if (!after.contains(entity)) {
        left.add(entity);
      }
    }
    return new CoalitionChange(scope, a, b, joined, left, stayed);
  }
}
