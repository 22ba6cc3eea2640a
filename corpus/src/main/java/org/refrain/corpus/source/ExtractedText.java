package org.refrain.corpus.source;

import java.util.List;
import java.util.Objects;

/**
 * The text a PDF or Word file yielded, one paragraph per line.
 *
 * @param text the text
 * @param pageStarts offsets in {@code text} where pages 1, 2, ... begin; empty without pages
 */
record ExtractedText(String text, List<Integer> pageStarts) {

  ExtractedText {
    Objects.requireNonNull(text, "text");
    pageStarts = List.copyOf(pageStarts);
  }
}
