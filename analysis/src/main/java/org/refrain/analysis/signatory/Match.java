package org.refrain.analysis.signatory;

import java.util.Objects;

/**
 * A judgement on two spellings: the rule that applies, its score from 0 to 1 (merged at or above
 * {@link SignatoryResolver#MERGE_AT}) and, in words, what the rule saw.
 */
public record Match(MatchRule rule, double score, String detail) {

  public Match {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(detail, "detail");
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score must be in [0, 1]: " + score);
    }
    score = Math.round(score * 1000) / 1000.0;
  }

  /**
   * A match with {@code score} clamped to [0, 1]; a rule that may not merge is held just below the
   * merge line, so its pair is reviewed, never merged ("... in Iran" / "... in Iraq" are 0.97
   * alike).
   */
  static Match of(MatchRule rule, double score, String detail) {
    double ceiling = rule.merges() ? 1 : SignatoryResolver.MERGE_AT - 0.01;
    return new Match(rule, Math.max(0, Math.min(ceiling, score)), detail);
  }

  /** This match with {@code penalty} taken off the score and the reason added to the detail. */
  Match penalised(double penalty, String reason) {
    return of(rule, score - penalty, detail + "; " + reason);
  }
}
