package org.refrain.corpus;

import java.util.Objects;

/**
 * A paragraph of a letter's body: ordinary text, or an item of a numbered or bulleted list.
 *
 * @param span where the paragraph stands in the letter text (trimmed)
 * @param text the paragraph's text, as written
 * @param item true for a list item ("1. Political prisoners ...")
 */
public record Paragraph(Span span, String text, boolean item) {

  public Paragraph {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    if (span.length() != text.length()) {
      throw new IllegalArgumentException("span " + span + " does not match text length");
    }
  }
}
