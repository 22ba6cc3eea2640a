package org.refrain.analysis.demand;

/**
 * A taxonomy file that cannot be used: unreadable, not YAML, or with a demand, pattern or example
 * that does not hold. The message is one line naming the file and what is wrong.
 */
public final class TaxonomyException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public TaxonomyException(String message) {
    super(message);
  }
}
