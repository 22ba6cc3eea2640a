package org.refrain.analysis.demand;

import java.util.List;
import java.util.Objects;

/**
 * One recurring demand of the taxonomy ("political-prisons"): what recognises it in a sentence,
 * what rules a match out, and the sentences that show both.
 *
 * @param id a short stable identifier: lower-case letters, digits and hyphens
 * @param label its name in reports ("Political prison camps")
 * @param description what counts as the demand, for the reader deciding whether a tag is right
 * @param patterns a sentence holds the demand when one of these matches it
 * @param exclusions a pattern match overlapped by a match of one of these does not count
 *     ("resolution of the conflict" is not a UN resolution)
 * @param examples sentences that must, or must not, be tagged
 */
public record Demand(
    String id,
    String label,
    String description,
    List<DemandPattern> patterns,
    List<DemandPattern> exclusions,
    List<DemandExample> examples) {

  public Demand {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(description, "description");
    patterns = List.copyOf(patterns);
    exclusions = List.copyOf(exclusions);
    examples = List.copyOf(examples);
    if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException(
          "a demand id is lower-case words joined by hyphens, not '" + id + "'");
    }
    if (patterns.isEmpty()) {
      throw new IllegalArgumentException("demand " + id + " has no patterns");
    }
  }
}
