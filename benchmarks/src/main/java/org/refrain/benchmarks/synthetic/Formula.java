package org.refrain.benchmarks.synthetic;

import java.util.Objects;

/**
 * A passage a {@link PlantedCorpus} plants, edited, into several letters: a run of sample sentences
 * with every content word and name replaced, so that it shares with other formulas and with the
 * letters' own text only the samples' function words.
 *
 * @param id its index in the pool; formula 0 is the most popular
 * @param text its words joined by single spaces
 * @param words how many space-separated words it has
 */
public record Formula(int id, String text, int words) {

  public Formula {
    Objects.requireNonNull(text, "text");
    if (id < 0) {
      throw new IllegalArgumentException("id must be >= 0: " + id);
    }
    if (text.isBlank() || words < 1) {
      throw new IllegalArgumentException("formula " + id + " is empty");
    }
  }
}
