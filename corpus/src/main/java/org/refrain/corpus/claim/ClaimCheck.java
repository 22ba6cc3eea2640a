package org.refrain.corpus.claim;

import java.util.Locale;
import java.util.Objects;

/**
 * How a letter's claimed counts compare with what its list holds.
 *
 * @param status the overall verdict
 * @param detail one human-readable sentence per compared field, e.g. "organizations 28 = 28"
 */
public record ClaimCheck(Status status, String detail) {

  /** The verdict of a claim check. */
  public enum Status {
    CONSISTENT,
    INCONSISTENT,
    NOT_CHECKABLE;

    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  public ClaimCheck {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(detail, "detail");
  }
}
