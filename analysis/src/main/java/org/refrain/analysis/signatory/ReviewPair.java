package org.refrain.analysis.signatory;

import java.util.Locale;
import java.util.Objects;

/**
 * Two spellings whose score lies near the merge line, or that a rule would merge but something
 * forbade, listed so a person can confirm or overrule them in an alias file.
 *
 * @param a the first name as written
 * @param b the second name as written
 * @param entityA id of the entity {@code a} ended in
 * @param entityB id of the entity {@code b} ended in (equal to {@code entityA} when merged)
 * @param match the rule, score and detail
 * @param outcome what the resolver did
 */
public record ReviewPair(
    String a, String b, String entityA, String entityB, Match match, Outcome outcome) {

  /** What became of a reviewed pair. */
  public enum Outcome {
    /** Merged, but with a score close to the line. */
    MERGED,
    /** Kept apart: the score is below the line. */
    SEPARATE,
    /** Kept apart although the score is above the line: one letter lists both. */
    SAME_LETTER,
    /** Kept apart by a "not the same" line of the alias file. */
    USER_SEPARATE;

    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  public ReviewPair {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    Objects.requireNonNull(entityA, "entityA");
    Objects.requireNonNull(entityB, "entityB");
    Objects.requireNonNull(match, "match");
    Objects.requireNonNull(outcome, "outcome");
  }
}
