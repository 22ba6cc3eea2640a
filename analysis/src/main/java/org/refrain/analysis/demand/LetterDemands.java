package org.refrain.analysis.demand;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.refrain.corpus.Letter;

/**
 * The demands found in one letter.
 *
 * @param letter the letter
 * @param tags one per demand found, in taxonomy order
 */
public record LetterDemands(Letter letter, List<DemandTag> tags) {

  public LetterDemands {
    Objects.requireNonNull(letter, "letter");
    tags = List.copyOf(tags);
  }

  /** The tag of demand {@code id}, if the letter holds it. */
  public Optional<DemandTag> tag(String id) {
    return tags.stream().filter(t -> t.demand().id().equals(id)).findFirst();
  }

  /** The strength with which the letter holds demand {@code id}, or null when it does not. */
  public Strength strength(String id) {
    return tag(id).map(DemandTag::strength).orElse(null);
  }
}
