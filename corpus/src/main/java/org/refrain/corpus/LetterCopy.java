package org.refrain.corpus;

import java.time.LocalDate;
import java.util.Objects;
import org.refrain.corpus.metadata.LetterDate;

/**
 * Another place a letter was read from: the same letter in another document (re-posted on another
 * site, or read as both HTML and text), read once and kept as a source of the letter it copies.
 *
 * @param id the id the copy would have had as a letter of its own
 * @param source the file name the copy was read from
 * @param index 1-based position of the copy within its source
 * @param date the date read from the copy (often a re-post's posting date), or null
 * @param published the copy's page posting date, or null
 */
public record LetterCopy(
    String id, String source, int index, LetterDate date, LocalDate published) {

  public LetterCopy {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    if (index < 1) {
      throw new IllegalArgumentException("index must be >= 1: " + index);
    }
  }

  /** The copy as a source of the letter it copies: its id, file, index and dates. */
  public static LetterCopy of(Letter copy) {
    return new LetterCopy(copy.id(), copy.source(), copy.index(), copy.date(), copy.published());
  }
}
