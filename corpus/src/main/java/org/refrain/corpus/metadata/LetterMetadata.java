package org.refrain.corpus.metadata;

import java.time.LocalDate;
import java.util.Objects;
import org.refrain.corpus.LetterKind;

/**
 * What was read about a letter besides its body and list.
 *
 * @param kind letter, press release, statement or other
 * @param title the title, or null
 * @param date the date, or null
 * @param published the page's posting date when it is not the letter's date, or null
 * @param addressee the addressee, or null
 * @param venue the venue, or null
 */
public record LetterMetadata(
    LetterKind kind,
    String title,
    LetterDate date,
    LocalDate published,
    String addressee,
    Venue venue) {

  public LetterMetadata {
    Objects.requireNonNull(kind, "kind");
  }
}
