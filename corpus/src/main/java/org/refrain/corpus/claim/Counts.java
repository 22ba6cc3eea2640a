package org.refrain.corpus.claim;

/**
 * Signatory counts: how many organisations, individuals and countries, and the total. A null field
 * means "not stated" (for a claim) and never occurs for counts taken from a list. A claim stated as
 * a lower bound ("over 300 groups", "120+ organisations") has {@code atLeast} set: each stated
 * field is then a least value, checked against a list as "at least", never as equal.
 */
public record Counts(
    Integer organizations, Integer individuals, Integer total, Integer countries, boolean atLeast) {

  public static final Counts NONE = new Counts(null, null, null, null);

  public Counts {
    requireNonNegative("organizations", organizations);
    requireNonNegative("individuals", individuals);
    requireNonNegative("total", total);
    requireNonNegative("countries", countries);
  }

  /** Exact counts. */
  public Counts(Integer organizations, Integer individuals, Integer total, Integer countries) {
    this(organizations, individuals, total, countries, false);
  }

  private static void requireNonNegative(String name, Integer value) {
    if (value != null && value < 0) {
      throw new IllegalArgumentException(name + " must be >= 0: " + value);
    }
  }

  /** True when no field is stated. */
  public boolean isEmpty() {
    return organizations == null && individuals == null && total == null && countries == null;
  }

  /** The record's form, with {@code atLeast} named only when set (exact counts read as before). */
  @Override
  public String toString() {
    return "Counts[organizations="
        + organizations
        + ", individuals="
        + individuals
        + ", total="
        + total
        + ", countries="
        + countries
        + (atLeast ? ", atLeast=true" : "")
        + "]";
  }
}
