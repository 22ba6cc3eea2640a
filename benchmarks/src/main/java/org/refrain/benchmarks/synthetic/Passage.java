package org.refrain.benchmarks.synthetic;

import java.util.List;

/**
 * A run of body text that travels between letters as a whole: one paragraph, or a whole numbered
 * list (its items only make sense together and in order).
 *
 * @param paragraphs the paragraphs' texts, in order
 * @param items true for the items of a list
 */
record Passage(List<String> paragraphs, boolean items) {

  Passage {
    paragraphs = List.copyOf(paragraphs);
    if (paragraphs.isEmpty()) {
      throw new IllegalArgumentException("a passage has at least one paragraph");
    }
  }
}
