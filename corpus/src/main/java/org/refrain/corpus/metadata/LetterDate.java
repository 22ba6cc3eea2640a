package org.refrain.corpus.metadata;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * A letter's date, with how precise it is and where it came from. A month-precision date is stored
 * as the first of its month, a year-precision date as January 1st.
 *
 * @param value the date
 * @param precision day, month or year
 * @param source stated in the letter, inferred from its content, or taken from the page's posting
 *     date
 * @param evidence the words the date was read or inferred from
 */
public record LetterDate(LocalDate value, Precision precision, Source source, String evidence) {

  /** How much of the date is known. */
  public enum Precision {
    DAY,
    MONTH,
    YEAR;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Where the date came from. */
  public enum Source {
    /** Written in the letter itself. */
    STATED,
    /** Completed or derived from the letter's content (a year taken from the dates it cites). */
    INFERRED,
    /** The web page's posting date: the letter states none of its own. */
    PUBLISHED,
    /** Set by the user in a metadata sidecar file. */
    OVERRIDE;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public LetterDate {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(precision, "precision");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(evidence, "evidence");
  }

  /** ISO form at the date's precision: {@code 2020-10-14}, {@code 2020-10} or {@code 2020}. */
  public String iso() {
    return switch (precision) {
      case DAY -> value.toString();
      case MONTH -> value.toString().substring(0, 7);
      case YEAR -> Integer.toString(value.getYear());
    };
  }
}
