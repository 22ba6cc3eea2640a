package org.refrain.analysis.demand;

import java.util.Objects;

/**
 * A sentence the taxonomy promises to tag (or not): the test suite and {@code refrain taxonomy}
 * check every one.
 *
 * @param text the sentence
 * @param tagged true when the demand must be found in it, false for a counter-example
 * @param strength the strength it must be found with, or null when either will do (always null for
 *     a counter-example)
 */
public record DemandExample(String text, boolean tagged, Strength strength) {

  public DemandExample {
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("an example needs text");
    }
    if (!tagged && strength != null) {
      throw new IllegalArgumentException("a counter-example has no strength");
    }
  }
}
