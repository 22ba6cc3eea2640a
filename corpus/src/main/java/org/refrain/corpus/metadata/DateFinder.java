package org.refrain.corpus.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.refrain.corpus.Span;

/**
 * Finds dates written in English prose or page furniture: "October 14, 2020", "Oct 14, 2020", "21
 * November 2017", "21st of November, 2017", "2020-10-14", "March 2020", and "March 24" without a
 * year. Returns them in text order; overlapping forms are resolved in favour of the longest.
 */
public final class DateFinder {

  // What may stand around a date line's one date: "Date: March 1, 2021", "Seoul, 1 March 2021."
  private static final Pattern DATE_END = Pattern.compile("[.,]?");
  private static final Pattern DATE_LABEL =
      Pattern.compile("(?i)(date[d]?|posted( on)?|published( on)?)\\s*:?");
  private static final Pattern DATE_PLACE = Pattern.compile("[\\p{Lu}][\\p{L} .'-]{1,40},");

  private static final String MONTH =
      "(January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
  private static final String YEAR = "((?:19|20)\\d\\d)";
  private static final int MAX_DATE_LINE_CHARS = 80;

  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("\\b" + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR + "\\b");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("\\b" + DAY + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR + "\\b");
  private static final Pattern ISO = Pattern.compile("\\b" + YEAR + "-(\\d\\d)-(\\d\\d)\\b");

  /** "22/09/2022", "9.3.2021": read only when the day cannot be the month (it is over 12). */
  private static final Pattern NUMERIC =
      Pattern.compile("\\b(\\d{1,2})[/.](\\d{1,2})[/.]" + YEAR + "\\b");

  private static final Pattern MONTH_YEAR =
      Pattern.compile("\\b" + MONTH + ",?\\s+" + YEAR + "\\b");
  private static final Pattern MONTH_DAY =
      Pattern.compile("\\b" + MONTH + "\\s+" + DAY + "\\b(?!\\s*,?\\s*(?:19|20)\\d\\d)(?![\\d:])");
  private static final Pattern DAY_MONTH =
      Pattern.compile("\\b" + DAY + "\\s+(?:of\\s+)?" + MONTH + "\\b(?!,?\\s+(?:19|20)\\d\\d)");

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12));

  /** All dates in {@code text}, in order of appearance. */
  public List<DateMention> find(String text) {
    List<DateMention> found = new ArrayList<>();
    collect(text, MONTH_DAY_YEAR, found, 3, 1, 2);
    collect(text, DAY_MONTH_YEAR, found, 3, 2, 1);
    collectIso(text, found);
    collectNumeric(text, found);
    collect(text, MONTH_YEAR, found, 2, 1, 0);
    collect(text, MONTH_DAY, found, 0, 1, 2);
    collect(text, DAY_MONTH, found, 0, 2, 1);
    found.sort((a, b) -> a.span().compareTo(b.span()));
    return List.copyOf(found);
  }

  /** True when {@code line} is nothing but a date, perhaps after a place or a "Date:" label. */
  public boolean isDateLine(String line) {
    String t = line.strip();
    // A date line is short and has a year in digits; most lines fail this without any regex.
    if (t.length() > MAX_DATE_LINE_CHARS || t.chars().noneMatch(Character::isDigit)) {
      return false;
    }
    List<DateMention> dates = find(t);
    if (dates.size() != 1 || !dates.get(0).hasYear()) {
      return false;
    }
    Span s = dates.get(0).span();
    String before = t.substring(0, s.start()).strip();
    String after = t.substring(s.end()).strip();
    return DATE_END.matcher(after).matches()
        && (before.isEmpty()
            || DATE_LABEL.matcher(before).matches()
            || DATE_PLACE.matcher(before).matches());
  }

  private static void collect(
      String text, Pattern p, List<DateMention> out, int yearGroup, int monthGroup, int dayGroup) {
    Matcher m = p.matcher(text);
    while (m.find()) {
      Span span = Span.of(m.start(), m.end());
      if (overlaps(out, span)) {
        continue;
      }
      Integer year = yearGroup > 0 ? Integer.valueOf(m.group(yearGroup)) : null;
      int month = MONTHS.get(m.group(monthGroup).substring(0, 3).toLowerCase(Locale.ROOT));
      Integer day = dayGroup > 0 ? Integer.valueOf(m.group(dayGroup)) : null;
      if (day != null && (day < 1 || day > 31)) {
        continue;
      }
      if (year == null && m.group(monthGroup).equalsIgnoreCase("may")) {
        continue; // "may 3" is more often a verb than a date when no year follows
      }
      DateMention d = new DateMention(year, month, day, span);
      if (d.isValid()) {
        out.add(d);
      }
    }
  }

  private static void collectIso(String text, List<DateMention> out) {
    Matcher m = ISO.matcher(text);
    while (m.find()) {
      Span span = Span.of(m.start(), m.end());
      int month = Integer.parseInt(m.group(2));
      int day = Integer.parseInt(m.group(3));
      if (overlaps(out, span) || month < 1 || month > 12 || day < 1 || day > 31) {
        continue;
      }
      DateMention d = new DateMention(Integer.valueOf(m.group(1)), month, day, span);
      if (d.isValid()) {
        out.add(d);
      }
    }
  }

  private static void collectNumeric(String text, List<DateMention> out) {
    Matcher m = NUMERIC.matcher(text);
    while (m.find()) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(2));
      Span span = Span.of(m.start(), m.end());
      if (overlaps(out, span) || (a <= 12 && b <= 12 && a != b) || a < 1 || b < 1) {
        continue; // 03/04/2021 is April 3 in Geneva and March 4 in New York: not guessed
      }
      int day = a > 12 ? a : b;
      int month = a > 12 ? b : a;
      if (month > 12 || day > 31) {
        continue;
      }
      DateMention d = new DateMention(Integer.valueOf(m.group(3)), month, day, span);
      if (d.isValid()) {
        out.add(d);
      }
    }
  }

  private static boolean overlaps(List<DateMention> found, Span span) {
    for (DateMention d : found) {
      if (d.span().start() < span.end() && span.start() < d.span().end()) {
        return true;
      }
    }
    return false;
  }
}
