package org.refrain.corpus.metadata;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides a letter's date and the page's posting date. The letter's own date comes first: a date
 * line in its heading, a press release's dateline, a list dated "as of ...", or a date in the
 * publisher's preamble. A date written without a year ("On March 24") takes the first such day
 * after the latest date the letter cites, the year of the session it names confirming it
 * (inferred), never before that latest date. A page's posting date ("Date : March 3, 2020", "Oct
 * 14, 2020 | News") is kept as {@code published}, and is the date only when the letter states none
 * or its preamble dates it "today" (marked as the posting date). A preamble's date before the
 * latest date the body cites is an event cited, not the letter's date.
 */
public final class DateResolver {

  /** The resolved dates: {@code date} may be null; {@code published} is null when absent. */
  public record Resolved(LetterDate date, LocalDate published) {}

  private static final Pattern AS_OF = Pattern.compile("(?i)\\bas\\s+of\\b");

  /** "Today, 40 organisations wrote ...": the letter is of the day its page was posted. */
  private static final Pattern TODAY = Pattern.compile("(?i)\\btoday\\b");

  private final DateFinder finder = new DateFinder();

  /**
   * @param s the letter's sections
   * @param sessionOpening when the session the letter names opened, or null
   */
  public Resolved resolve(LetterSections s, LocalDate sessionOpening) {
    LocalDate published = posting(s);
    LetterDate own = own(s, published);
    if (own == null) {
      own = yearless(s, sessionOpening);
    }
    if (own == null && published != null) {
      boolean today = s.preamble().stream().anyMatch(l -> TODAY.matcher(l).find());
      return new Resolved(
          new LetterDate(
              published,
              LetterDate.Precision.DAY,
              LetterDate.Source.PUBLISHED,
              today ? "\"today\" on a page posted " + published : "page posting date"),
          null);
    }
    if (own != null && published != null && published.equals(own.value())) {
      published = null;
    }
    return new Resolved(own, published);
  }

  private LocalDate posting(LetterSections s) {
    for (List<String> lines : List.of(s.page(), s.header())) {
      for (String line : lines) {
        if (HeaderLines.isPosting(line)) {
          DateMention d = firstWithYear(line);
          if (d != null) {
            return d.toLocalDate();
          }
        }
      }
    }
    return null;
  }

  private LetterDate own(LetterSections s, LocalDate published) {
    for (String line : s.header()) {
      if (finder.isDateLine(line) && !HeaderLines.isPosting(line)) {
        return stated(firstWithYear(line), line);
      }
    }
    if (!s.body().isEmpty() && s.salutation() == null) {
      String first = s.body().get(0);
      String opening = first.substring(0, Math.min(first.length(), 60));
      DateMention d = firstWithYear(opening);
      if (d != null) {
        return stated(d, opening);
      }
    }
    for (String line : s.list().subList(0, Math.min(3, s.list().size()))) {
      if (AS_OF.matcher(line).find() && firstWithYear(line) != null) {
        return stated(firstWithYear(line), line.strip());
      }
    }
    return fromPreamble(s, published);
  }

  /**
   * A date in the publisher's preamble, unless the preamble says the letter is of "today" (then the
   * page's posting date is, and the dates before are events it cites), or the date precedes the
   * latest date the letter's body cites (a letter is not older than what it cites; body dates past
   * the posting date are sessions to come and do not count).
   */
  private LetterDate fromPreamble(LetterSections s, LocalDate published) {
    if (published != null && s.preamble().stream().anyMatch(l -> TODAY.matcher(l).find())) {
      return null;
    }
    LocalDate cited = latestCited(String.join("\n", s.body()), published);
    for (String line : s.preamble()) {
      List<DateMention> ds = finder.find(line);
      if (!ds.isEmpty() && ds.get(0).hasYear()) {
        LetterDate d = stated(ds.get(0), line);
        if (cited == null || !d.value().isBefore(cited)) {
          return d;
        }
      }
    }
    return null;
  }

  /** The latest full date in {@code text}, not after {@code notAfter} when given; or null. */
  private LocalDate latestCited(String text, LocalDate notAfter) {
    LocalDate latest = null;
    for (DateMention d : finder.find(text)) {
      if (!d.hasYear() || d.precision() != LetterDate.Precision.DAY) {
        continue;
      }
      LocalDate v = d.toLocalDate();
      if ((notAfter == null || !v.isAfter(notAfter)) && (latest == null || v.isAfter(latest))) {
        latest = v;
      }
    }
    return latest;
  }

  /** "On March 24": the first such day after the latest date cited, or in the session's year. */
  private LetterDate yearless(LetterSections s, LocalDate sessionOpening) {
    DateMention day = null;
    String where = null;
    for (String line : s.preamble()) {
      for (DateMention d : finder.find(line)) {
        if (!d.hasYear()) {
          day = d;
          where = line.substring(d.span().start(), d.span().end());
          break;
        }
      }
      if (day != null) {
        break;
      }
    }
    if (day == null) {
      return null;
    }
    LocalDate latest = null;
    for (DateMention d : finder.find(s.runningText())) {
      if (d.hasYear() && (latest == null || d.toLocalDate().isAfter(latest))) {
        latest = d.toLocalDate();
      }
    }
    LocalDate value = null;
    String why = "\"" + where + "\"";
    if (latest != null) {
      value = firstAfter(day, latest);
      why += " after the latest date cited, " + latest;
    }
    if (sessionOpening != null) {
      LocalDate inSession = on(day, sessionOpening.getYear());
      // The session's year may confirm the day, never put it before what the letter cites.
      boolean tooEarly = inSession != null && latest != null && !inSession.isAfter(latest);
      if (inSession != null
          && !tooEarly
          && (value == null || value.getYear() != inSession.getYear())) {
        value = inSession;
        why = "\"" + where + "\" in the year of the session named, " + sessionOpening.getYear();
      } else if (inSession != null && !tooEarly) {
        why += ", in the year of the session named";
      }
    }
    if (value == null) {
      return null;
    }
    return new LetterDate(value, LetterDate.Precision.DAY, LetterDate.Source.INFERRED, why);
  }

  /** The first day with {@code day}'s month and day after {@code latest} (February 29 waits). */
  private static LocalDate firstAfter(DateMention day, LocalDate latest) {
    for (int year = latest.getYear(); year <= latest.getYear() + 8; year++) {
      LocalDate d = on(day, year);
      if (d != null && d.isAfter(latest)) {
        return d;
      }
    }
    return null;
  }

  /** {@code day}'s month and day in {@code year}, or null when that year has no such day. */
  private static LocalDate on(DateMention day, int year) {
    try {
      return LocalDate.of(year, day.month(), day.day());
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  private DateMention firstWithYear(String line) {
    for (DateMention d : finder.find(line)) {
      if (d.hasYear()) {
        return d;
      }
    }
    return null;
  }

  private static LetterDate stated(DateMention d, String evidence) {
    return new LetterDate(
        d.toLocalDate(), d.precision(), LetterDate.Source.STATED, evidence.strip());
  }
}
