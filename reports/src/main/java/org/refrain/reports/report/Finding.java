package org.refrain.reports.report;

import java.util.Objects;

/**
 * One change the report can lead with: a plain sentence generated from the data, how large the
 * change is, and where in the report its evidence is.
 *
 * @param kind what changed: demands, wording or the coalition
 * @param weight how large the change is, from 0 to 1 (the share of the corpus it concerns); the
 *     summary takes the largest of each kind first
 * @param sentence the sentence, plain text
 * @param evidence the id of the report element that shows the evidence (a table or chart)
 */
public record Finding(Kind kind, double weight, String sentence, String evidence) {

  /** What a finding is about; the summary takes the largest of each kind in this order. */
  public enum Kind {
    DEMANDS,
    WORDING,
    COALITION
  }

  public Finding {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(evidence, "evidence");
    if (!(weight >= 0 && weight <= 1)) {
      throw new IllegalArgumentException("weight must be in [0, 1]: " + weight);
    }
  }
}
