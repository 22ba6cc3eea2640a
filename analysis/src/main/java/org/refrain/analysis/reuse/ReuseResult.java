package org.refrain.analysis.reuse;

import java.util.List;
import java.util.Objects;

/**
 * The reuse found in a corpus: its families, largest first, the texts they were found in, and what
 * the search cost.
 *
 * @param families the families, by number of letters, then copies, then words
 * @param texts the texts searched, in the order given
 * @param stats work counters of the run
 */
public record ReuseResult(
    List<ReuseFamily> families, List<ReuseText> texts, ReuseFinder.Stats stats) {

  public ReuseResult {
    families = List.copyOf(families);
    texts = List.copyOf(texts);
    Objects.requireNonNull(stats, "stats");
  }
}
