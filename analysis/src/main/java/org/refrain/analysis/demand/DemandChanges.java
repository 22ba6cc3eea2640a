package org.refrain.analysis.demand;

import java.util.ArrayList;
import java.util.List;
import org.refrain.analysis.sequence.ChangeScope;
import org.refrain.analysis.sequence.Predecessors;
import org.refrain.corpus.Letter;

/**
 * Demands added, dropped, strengthened (mention to ask) and weakened (ask to mention) between
 * consecutive letters, in three scopes: every letter against the one before it; against the latest
 * earlier letter to the same addressee; against the latest earlier letter to the same UN body.
 *
 * <p>Each letter is compared with one predecessor per scope, so the work grows with the number of
 * letters, not its square; {@link Predecessors} finds the pairs.
 */
public final class DemandChanges {

  private DemandChanges() {}

  /** Every change in {@code result}: scope by scope, then letter by letter, in taxonomy order. */
  public static List<DemandChange> of(DemandResult result) {
    List<DemandChange> changes = new ArrayList<>();
    for (ChangeScope scope : ChangeScope.values()) {
      for (int[] pair : pairs(result.letters(), scope)) {
        compare(
            result, scope, result.letters().get(pair[0]), result.letters().get(pair[1]), changes);
      }
    }
    return changes;
  }

  /** The (earlier, later) index pairs compared in {@code scope}, later letters in order. */
  static List<int[]> pairs(List<LetterDemands> letters, ChangeScope scope) {
    return Predecessors.pairs(letters.stream().map(LetterDemands::letter).toList(), scope);
  }

  private static void compare(
      DemandResult result,
      ChangeScope scope,
      LetterDemands from,
      LetterDemands to,
      List<DemandChange> changes) {
    Letter a = from.letter();
    Letter b = to.letter();
    for (Demand demand : result.taxonomy().demands()) {
      DemandTag before = from.tag(demand.id()).orElse(null);
      DemandTag after = to.tag(demand.id()).orElse(null);
      ChangeKind kind = kind(before, after);
      if (kind != null) {
        DemandTag shown = kind == ChangeKind.DROPPED ? before : after;
        changes.add(new DemandChange(scope, a, b, demand, kind, strongest(shown)));
      }
    }
  }

  private static ChangeKind kind(DemandTag before, DemandTag after) {
    if (before == null) {
      return after == null ? null : ChangeKind.ADDED;
    }
    if (after == null) {
      return ChangeKind.DROPPED;
    }
    if (before.strength() == after.strength()) {
      return null;
    }
    return after.strength() == Strength.ASK ? ChangeKind.STRENGTHENED : ChangeKind.WEAKENED;
  }

  /** The tag's first ask sentence, or its first sentence when it only mentions the demand. */
  static Evidence strongest(DemandTag tag) {
    for (Evidence e : tag.evidence()) {
      if (e.strength() == Strength.ASK) {
        return e;
      }
    }
    return tag.evidence().get(0);
  }
}
