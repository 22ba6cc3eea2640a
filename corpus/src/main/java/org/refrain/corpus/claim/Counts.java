package org.refrain.corpus.claim;

/**
 * Signatory counts: how many organisations, individuals and countries, and the total. A null field
 * means "not stated" (for a claim) and never occurs for counts taken from a list.
 */
public record Counts(Integer organizations, Integer individuals, Integer total, Integer countries) {

  public static final Counts NONE = new Counts(null, null, null, null);

  public Counts {
    requireNonNegative("organizations", organizations);
    requireNonNegative("individuals", individuals);
    requireNonNegative("total", total);
    requireNonNegative("countries", countries);
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
}
