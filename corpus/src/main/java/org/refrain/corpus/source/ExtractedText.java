package org.refrain.corpus.source;

import java.util.List;
import java.util.Objects;

/**
 * The text a PDF, Word, OpenDocument, RTF or email file yielded, one paragraph per line.
 *
 * @param text the text
 * @param pageStarts offsets in {@code text} where pages 1, 2, ... begin; empty without pages
 * @param warnings what was read only in part or skipped (an email's attachment), one line each
 */
record ExtractedText(String text, List<Integer> pageStarts, List<String> warnings) {

  ExtractedText {
    Objects.requireNonNull(text, "text");
    pageStarts = List.copyOf(pageStarts);
    warnings = List.copyOf(warnings);
  }

  /** Text without warnings. */
  ExtractedText(String text, List<Integer> pageStarts) {
    this(text, pageStarts, List.of());
  }
}
