package org.refrain.reports.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.refrain.corpus.Corpus;
import org.refrain.corpus.Letter;

/**
 * The letters a report is about: those dated within {@code --from}/{@code --to} (inclusive; a year
 * or month covers all its days; undated letters are left out once either is given) and, with {@code
 * --letters}, only those named.
 */
final class LetterFilter {

  private final String fromText;
  private final String toText;
  private final LocalDate from;
  private final LocalDate to;
  private final List<String> only;

  private LetterFilter(String fromText, String toText, List<String> only) {
    this.fromText = fromText;
    this.toText = toText;
    this.from = fromText == null ? null : parse(fromText, "--from", true);
    this.to = toText == null ? null : parse(toText, "--to", false);
    this.only = List.copyOf(only);
    if (from != null && to != null && from.isAfter(to)) {
      throw new UserError(
          ExitCode.USAGE,
          "--from " + fromText + " is after --to " + toText + "; no letter is in between");
    }
  }

  /**
   * @throws UserError for a date that is not YYYY, YYYY-MM or YYYY-MM-DD
   */
  static LetterFilter of(String from, String to, List<String> only) {
    return new LetterFilter(from, to, only);
  }

  /** "all letters", "dated 2020 to 2022; letters a, b". */
  String describe() {
    List<String> parts = new ArrayList<>();
    if (fromText != null || toText != null) {
      parts.add(
          "dated "
              + (fromText == null ? "up" : "from " + fromText)
              + (toText == null ? " on" : " to " + toText));
    }
    if (!only.isEmpty()) {
      parts.add("letters " + String.join(", ", only));
    }
    return parts.isEmpty() ? "all letters" : String.join("; ", parts);
  }

  /**
   * The corpus with only the letters chosen, its diagnostics kept.
   *
   * @throws UserError when an id names no letter, or no letter is left
   */
  Corpus apply(Corpus corpus, PrintWriter err) {
    if (from == null && to == null && only.isEmpty()) {
      return corpus;
    }
    Set<String> named = new LinkedHashSet<>();
    for (String id : only) {
      named.add(LetterIds.find(corpus.letters(), id, err).id());
    }
    List<Letter> kept = new ArrayList<>();
    for (Letter letter : corpus.letters()) {
      if (!named.isEmpty() && !named.contains(letter.id())) {
        continue;
      }
      if (from != null || to != null) {
        if (letter.date() == null) {
          continue;
        }
        LocalDate date = letter.date().value();
        if ((from != null && date.isBefore(from)) || (to != null && date.isAfter(to))) {
          continue;
        }
      }
      kept.add(letter);
    }
    if (kept.isEmpty()) {
      throw new UserError(ExitCode.NOTHING_READ, "no letter is " + describe());
    }
    return new Corpus(kept, corpus.diagnostics(), corpus.sourcesRead());
  }

  private static LocalDate parse(String text, String option, boolean start) {
    String t = text.trim();
    try {
      if (t.matches("\\d{4}")) {
        int year = Integer.parseInt(t);
        return start ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
      }
      if (t.matches("\\d{4}-\\d{2}")) {
        YearMonth month = YearMonth.parse(t);
        return start ? month.atDay(1) : month.atEndOfMonth();
      }
      if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return LocalDate.parse(t);
      }
    } catch (java.time.DateTimeException e) {
      // Falls through to the one-line error.
    }
    throw new UserError(
        ExitCode.USAGE, option + " " + text + " is not a date: give YYYY, YYYY-MM or YYYY-MM-DD");
  }
}
