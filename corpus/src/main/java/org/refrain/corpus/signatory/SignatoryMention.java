package org.refrain.corpus.signatory;

import java.util.Objects;
import org.refrain.corpus.Span;

/**
 * One signatory as a letter lists it: the raw entry and what was read from it. One entry can yield
 * two mentions ("Kim Kyu Li and Kim Hyuk (...)"); both then share the entry's raw text and span.
 *
 * @param raw the entry as written (all of its lines joined by a single space)
 * @param name the organisation's or person's name, without acronym, country or description
 * @param kind organisation or person
 * @param acronym the acronym given with the name ("(HRW)", "- LiNK"), or null
 * @param country the country, normalised to its canonical English short name, or null
 * @param title a person's title or role ("Former UN Special Rapporteur ..."), or null
 * @param affiliation a person's affiliation or an organisation's description, or null
 * @param span where the entry stands in the letter text
 */
public record SignatoryMention(
    String raw,
    String name,
    SignatoryKind kind,
    String acronym,
    String country,
    String title,
    String affiliation,
    Span span) {

  public SignatoryMention {
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(span, "span");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank (raw: " + raw + ")");
    }
  }
}
