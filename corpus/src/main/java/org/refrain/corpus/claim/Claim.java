package org.refrain.corpus.claim;

import java.util.Objects;

/**
 * The count a letter states for its own signatories ("on behalf of 28 non-governmental
 * organizations ... and four individuals from 6 different countries").
 *
 * @param counts the stated counts; fields not stated are null
 * @param evidence the sentence fragment the counts were read from
 */
public record Claim(Counts counts, String evidence) {

  public Claim {
    Objects.requireNonNull(counts, "counts");
    Objects.requireNonNull(evidence, "evidence");
  }
}
