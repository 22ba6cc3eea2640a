package org.refrain.benchmarks.synthetic;

import java.util.Objects;
import org.refrain.corpus.Span;
import org.refrain.corpus.signatory.SignatoryKind;
import org.refrain.corpus.signatory.SignatoryMention;

/**
 * One signatory of a synthetic letter before it is placed in the text: its list line and what the
 * line says.
 *
 * @param line the line as written in the list ("Daily NK, South Korea", "Sonja Biserko / Former
 *     ...")
 * @param name the organisation's or person's name
 * @param kind organisation or person
 * @param acronym the acronym, or null
 * @param country the country, or null
 * @param role a person's title or affiliation, or null
 */
record SignatoryEntry(
    String line, String name, SignatoryKind kind, String acronym, String country, String role) {

  SignatoryEntry {
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
  }

  /** The entry written in the usual list form. */
  static SignatoryEntry of(
      String name, SignatoryKind kind, String acronym, String country, String role) {
    StringBuilder line = new StringBuilder(name);
    if (kind == SignatoryKind.PERSON) {
      if (role != null) {
        line.append(" / ").append(role);
      }
    } else {
      if (acronym != null) {
        line.append(" (").append(acronym).append(')');
      }
      if (country != null) {
        line.append(", ").append(country);
      }
    }
    return new SignatoryEntry(line.toString(), name, kind, acronym, country, role);
  }

  /** The mention of this entry placed at {@code span} of a letter's text. */
  SignatoryMention at(Span span) {
    // The line does not say whether a role is a title or an affiliation; the reader's parser
    // reads "Name / role" as an affiliation, so the mention says the same.
    return new SignatoryMention(line, name, kind, acronym, country, null, role, span);
  }
}
