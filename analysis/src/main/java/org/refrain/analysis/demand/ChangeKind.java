package org.refrain.analysis.demand;

import java.util.Locale;

/** How a demand changed from one letter to the next. */
public enum ChangeKind {
  /** Absent before, present now. */
  ADDED,
  /** Present before, absent now. */
  DROPPED,
  /** Mentioned before, asked for now. */
  STRENGTHENED,
  /** Asked for before, only mentioned now. */
  WEAKENED;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
