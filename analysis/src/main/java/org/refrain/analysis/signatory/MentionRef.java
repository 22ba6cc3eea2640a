package org.refrain.analysis.signatory;

import java.util.Objects;
import org.refrain.corpus.Letter;
import org.refrain.corpus.signatory.SignatoryMention;

/**
 * One signatory mention and where it stands: its letter and its position in that letter's list.
 *
 * @param letter the letter whose list holds the mention
 * @param position the mention's index in {@link Letter#signatories()}, from 0
 * @param mention the mention as the list parser read it
 */
public record MentionRef(Letter letter, int position, SignatoryMention mention) {

  public MentionRef {
    Objects.requireNonNull(letter, "letter");
    Objects.requireNonNull(mention, "mention");
    if (position < 0 || position >= letter.signatories().size()) {
      throw new IllegalArgumentException("position out of the letter's list: " + position);
    }
  }

  /** The entry exactly as written, as {@code letters --json} gives it. */
  public String raw() {
    return mention.raw();
  }
}
