package org.refrain.corpus;

import java.util.Objects;

/**
 * A paragraph of a letter's body: ordinary text, or an item of a numbered or bulleted list; the
 * salutation and the closing formulas are paragraphs too, marked by their {@link Role}, so that
 * every span still points into the letter text and a stage that counts what a letter says can leave
 * them out.
 *
 * @param span where the paragraph stands in the letter text (trimmed)
 * @param text the paragraph's text, as written
 * @param item true for a list item ("1. Political prisoners ...")
 * @param role what part of the letter the paragraph is
 */
public record Paragraph(Span span, String text, boolean item, Role role) {

  /** What part of a letter a paragraph is. */
  public enum Role {
    /** The salutation the letter opens with: "Dear President Moon Jae-in,", "Your Excellency,". */
    SALUTATION,
    /** What the letter says: every paragraph that is neither salutation nor closing. */
    CONTENT,
    /**
     * The sign-off ("Sincerely,") and the courtesies beside it ("Thank you for your consideration.
     * We would be pleased to discuss these matters further with your staff.").
     */
    CLOSING
  }

  public Paragraph {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(role, "role");
    if (span.length() != text.length()) {
      throw new IllegalArgumentException("span " + span + " does not match text length");
    }
  }

  /** A paragraph of content: what a letter built by hand or a document without a layout holds. */
  public Paragraph(Span span, String text, boolean item) {
    this(span, text, item, Role.CONTENT);
  }

  /** True unless the paragraph is the salutation or part of the closing. */
  public boolean isContent() {
    return role == Role.CONTENT;
  }
}
