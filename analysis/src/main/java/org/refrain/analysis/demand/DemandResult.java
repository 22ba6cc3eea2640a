package org.refrain.analysis.demand;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The demands of a corpus.
 *
 * @param taxonomy the taxonomy they were found with
 * @param letters every letter with its demands, in {@link org.refrain.corpus.Letter#CHRONOLOGICAL}
 *     order
 */
public record DemandResult(Taxonomy taxonomy, List<LetterDemands> letters) {

  public DemandResult {
    Objects.requireNonNull(taxonomy, "taxonomy");
    letters = List.copyOf(letters);
  }

  /** The demands of the letter with this id, if it is in the result. */
  public Optional<LetterDemands> letter(String id) {
    return letters.stream().filter(l -> l.letter().id().equals(id)).findFirst();
  }

  /** Every tag, letter by letter in date order, each letter's in taxonomy order. */
  public List<DemandTag> tags() {
    return letters.stream().flatMap(l -> l.tags().stream()).toList();
  }
}
