package org.refrain.corpus.metadata;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import org.refrain.corpus.Span;

/**
 * A date written in a text, as far as it was written: "October 14, 2020" has a year, month and day;
 * "March 2020" no day; "On March 24" no year.
 *
 * @param year the year, or null when not written
 * @param month 1..12
 * @param day the day of the month, or null when not written
 * @param span where the date stands in the text it was found in
 */
public record DateMention(Integer year, int month, Integer day, Span span) {

  public DateMention {
    Objects.requireNonNull(span, "span");
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("month must be 1..12: " + month);
    }
    if (year == null && day == null) {
      throw new IllegalArgumentException("a date needs a year or a day");
    }
    if (day != null && (day < 1 || day > 31)) {
      throw new IllegalArgumentException("day must be 1..31: " + day);
    }
  }

  public boolean hasYear() {
    return year != null;
  }

  /** The date at its precision (first of the month without a day); requires a year. */
  public LocalDate toLocalDate() {
    if (year == null) {
      throw new IllegalStateException("no year: " + this);
    }
    return LocalDate.of(year, month, day == null ? 1 : day);
  }

  public LetterDate.Precision precision() {
    return day == null ? LetterDate.Precision.MONTH : LetterDate.Precision.DAY;
  }

  /** True when the written day exists in that month (and year, when written). */
  boolean isValid() {
    try {
      LocalDate.of(year == null ? 2024 : year, month, day == null ? 1 : day);
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }
}
