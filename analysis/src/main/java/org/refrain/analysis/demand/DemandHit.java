package org.refrain.analysis.demand;

import java.util.Objects;
import org.refrain.corpus.Span;

/**
 * One match of a demand's pattern.
 *
 * @param pattern the pattern as written in the taxonomy
 * @param span the words it matched, in the letter text
 */
public record DemandHit(String pattern, Span span) {

  public DemandHit {
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(span, "span");
  }
}
