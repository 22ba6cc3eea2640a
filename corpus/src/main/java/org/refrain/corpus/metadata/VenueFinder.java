package org.refrain.corpus.metadata;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the UN body and session a letter targets. A session written out wins ("the 49th session of
 * the Human Rights Council", "the 49th UN Human Rights Council", "HRC55", "at its 75th session"
 * after naming the body). Otherwise a body named with a time cue ("next month's consideration ...
 * in the UN Human Rights Council", "this year's UN HRC resolution ... in March") gets the session
 * its calendar runs at that time, marked inferred; and failing that, the body the addressee names.
 * Pages also state it in a re: line ("Re: 58th Session of the Human Rights Council", "Human Rights
 * Council, 58th session"), in their address ("…/hrc-58-joint-letter") or without the body ("ahead
 * of the 58th session", the body then named nearby or addressed). A letter to the members of one
 * body that cites another body's coming session stays with the body it addresses.
 */
public final class VenueFinder {

  private static final String ORDINAL = "(\\d{1,3})(?i:st|nd|rd|th)";

  /** "session", "regular session", "Special Session": headings capitalise it. */
  private static final String SESSION = "(?i:(?:regular\\s+|special\\s+)?session)";

  private static final Pattern SESSION_OF =
      Pattern.compile(ORDINAL + "\\s+" + SESSION + "\\s+(?i:of\\s+the)\\s+");

  /** A session right after the body's name: "Human Rights Council, 58th session", "HRC 58th". */
  private static final Pattern THEN_SESSION =
      Pattern.compile("^[\\s,(–—-]*(?:(?i:at\\s+)?its\\s+)?" + ORDINAL + "\\s+" + SESSION + "\\b");

  /**
   * A body code and number in a page's address or slug ("…/hrc-58-joint-letter", "unga79-third"),
   * lower case as addresses are; the separators around it keep it out of prose.
   */
  private static final Pattern SLUG =
      Pattern.compile("(?i)(?:^|[/_-])(hrc|unga)[-_]?(\\d{2,3})(?=$|[-_/.?#])");

  /**
   * A session named without its body ("ahead of the 58th session"): the body is the one named
   * nearest before it, else the first named after it, else the one the letter addresses.
   */
  private static final Pattern SESSION_ALONE =
      Pattern.compile(
          "(?i)\\b(?:ahead\\s+of|at|during|for|before|in\\s+view\\s+of|in\\s+the\\s+run-up\\s+to)"
              + "\\s+the\\s+"
              + ORDINAL
              + "\\s+"
              + SESSION
              + "\\b(?!\\s+of\\b)");

  private static final Pattern ORDINAL_BODY =
      Pattern.compile(ORDINAL + "\\s+(?:(?:UN|United Nations)\\s+)?");
  private static final LiteralSearch ITS_SESSION =
      LiteralSearch.of(Pattern.compile("\\bits\\s+" + ORDINAL + "\\s+" + SESSION), List.of("its"));
  private static final LiteralSearch CODE_NUMBER =
      LiteralSearch.of(Pattern.compile("\\b(HRC|UNGA)\\s?-?(\\d{2,3})\\b"), List.of("HRC", "UNGA"));
  private static final Pattern UN_PREFIX = Pattern.compile("(?:(?:UN|United Nations)\\s+)?");
  private static final Pattern CUE =
      Pattern.compile(
          "(?i)\\b(next\\s+month|this\\s+year|upcoming|forthcoming|next\\s+session|coming)"
              + "|\\bin\\s+(January|February|March|April|May|June|July|August|September|October"
              + "|November|December)\\b");

  /** How far from a body's name a time cue may stand, in characters. */
  private static final int CUE_WINDOW = 80;

  private final List<UnBody> bodies = UnBody.load();

  /**
   * The venue of a letter.
   *
   * @param texts the letter's title, header lines, preamble and body, in that order of priority
   * @param addressee the addressee found, or null
   * @param date the letter's date for inferring a session, or null
   */
  public Venue find(List<String> texts, String addressee, LocalDate date) {
    UnBody addressed = addressee == null ? null : bodyNamedIn(addressee);
    for (String text : texts) {
      Venue v = explicit(text, addressed);
      if (v != null) {
        return v;
      }
    }
    Venue alone = sessionAlone(texts, addressed);
    if (alone != null) {
      return alone;
    }
    if (date != null) {
      for (String text : texts) {
        Venue v = cued(text, date);
        // A letter to the Security Council's members that cites the Human Rights Council's
        // coming session is still a letter to the Security Council.
        if (v != null && (addressed == null || addressed.code().equals(v.body()))) {
          return v;
        }
      }
    }
    if (addressed != null) {
      Integer session = date == null ? null : addressed.calendar().sessionAt(date);
      return new Venue(addressed.code(), session, session != null, addressee);
    }
    return null;
  }

  private UnBody bodyNamedIn(String text) {
    for (UnBody body : bodies) {
      if (body.names().first(text) != null) {
        return body;
      }
    }
    return null;
  }

  /**
   * A session number written in {@code text}, with the body it belongs to; "at its 47th session"
   * with no body named before it belongs to {@code addressed}, the body the addressee names.
   */
  Venue explicit(String text, UnBody addressed) {
    MatchResult code = CODE_NUMBER.first(text);
    if (code != null && Integer.parseInt(code.group(2)) > 0) {
      return new Venue(code.group(1), Integer.valueOf(code.group(2)), false, code.group());
    }
    Venue slug = slug(text);
    if (slug != null) {
      return slug;
    }
    for (UnBody body : bodies) {
      for (MatchResult name : body.names().all(text)) {
        Matcher then = THEN_SESSION.matcher(text).region(name.end(), text.length());
        if (then.lookingAt() && Integer.parseInt(then.group(1)) > 0) {
          String evidence = text.substring(name.start(), then.end());
          return new Venue(body.code(), Integer.valueOf(then.group(1)), false, evidence);
        }
        String before = text.substring(Math.max(0, name.start() - 60), name.start());
        for (Pattern p : List.of(SESSION_OF, ORDINAL_BODY)) {
          Matcher m = p.matcher(before);
          Integer n = null;
          int at = -1;
          while (m.find()) {
            if (UN_PREFIX.matcher(before.substring(m.end())).matches()) {
              n = Integer.valueOf(m.group(1));
              at = m.start();
            }
          }
          if (n != null && n > 0) {
            String evidence = before.substring(at) + name.group();
            return new Venue(body.code(), n, false, evidence.strip());
          }
        }
      }
    }
    // "the UN General Assembly ... at its 75th session": the nearest body named before "its".
    MatchResult its = ITS_SESSION.first(text);
    if (its != null) {
      UnBody nearest = null;
      int nearestAt = -1;
      for (UnBody body : bodies) {
        for (MatchResult name : body.names().all(text.substring(0, its.start()))) {
          if (name.start() > nearestAt) {
            nearestAt = name.start();
            nearest = body;
          }
        }
      }
      if (nearest == null && addressed != null) {
        nearest = addressed;
        nearestAt = its.start();
      }
      if (nearest != null && Integer.parseInt(its.group(1)) > 0) {
        return new Venue(
            nearest.code(),
            Integer.valueOf(its.group(1)),
            false,
            text.substring(nearestAt, its.end()));
      }
    }
    return null;
  }

  /** A body code and session in a page address: "…/hrc-58-joint-letter". */
  private static Venue slug(String text) {
    if (text.indexOf('/') < 0 && text.indexOf('-') < 0 && text.indexOf('_') < 0) {
      return null;
    }
    Matcher m = SLUG.matcher(text);
    if (m.find() && Integer.parseInt(m.group(2)) > 0) {
      String code = m.group(1).toUpperCase(Locale.ROOT);
      return new Venue(
          code, Integer.valueOf(m.group(2)), false, m.group().replaceAll("^[/_-]", ""));
    }
    return null;
  }

  /** A session named without its body ("ahead of the 58th session"), see {@link #SESSION_ALONE}. */
  Venue sessionAlone(List<String> texts, UnBody addressed) {
    for (String text : texts) {
      Matcher m = SESSION_ALONE.matcher(text);
      if (!m.find() || Integer.parseInt(m.group(1)) < 1) {
        continue;
      }
      UnBody body = nearestBefore(text, m.start());
      if (body == null) {
        body = firstAfter(text, m.end());
      }
      if (body == null) {
        body = addressed;
      }
      if (body != null) {
        return new Venue(body.code(), Integer.valueOf(m.group(1)), false, m.group());
      }
    }
    return null;
  }

  private UnBody nearestBefore(String text, int at) {
    UnBody nearest = null;
    int nearestAt = -1;
    for (UnBody body : bodies) {
      for (MatchResult name : body.names().all(text.substring(0, at))) {
        if (name.start() > nearestAt) {
          nearestAt = name.start();
          nearest = body;
        }
      }
    }
    return nearest;
  }

  private UnBody firstAfter(String text, int at) {
    UnBody first = null;
    int firstAt = Integer.MAX_VALUE;
    for (UnBody body : bodies) {
      MatchResult name = body.names().first(text.substring(at));
      if (name != null && name.start() < firstAt) {
        firstAt = name.start();
        first = body;
      }
    }
    return first;
  }

  /** The earliest body named near a time cue, with the session its calendar runs then. */
  Venue cued(String text, LocalDate date) {
    Venue best = null;
    int bestAt = Integer.MAX_VALUE;
    for (UnBody body : bodies) {
      for (MatchResult name : body.names().all(text)) {
        if (name.start() >= bestAt) {
          break;
        }
        int from = Math.max(0, name.start() - CUE_WINDOW);
        int to = Math.min(text.length(), name.end() + CUE_WINDOW);
        Matcher cue = CUE.matcher(text).region(from, to);
        if (cue.find()) {
          Integer session = body.calendar().sessionAt(cuedDate(cue, date));
          int start = Math.min(cue.start(), name.start());
          int end = Math.max(cue.end(), name.end());
          best = new Venue(body.code(), session, session != null, text.substring(start, end));
          bestAt = name.start();
        }
      }
    }
    return best;
  }

  private static LocalDate cuedDate(Matcher cue, LocalDate date) {
    if (cue.group(2) != null) {
      Month month = Month.valueOf(cue.group(2).toUpperCase(Locale.ROOT));
      LocalDate d = date.withMonth(month.getValue()).withDayOfMonth(1);
      return d.isBefore(date.withDayOfMonth(1)) ? d.plusYears(1) : d;
    }
    if (cue.group(1).toLowerCase(Locale.ROOT).startsWith("next month")) {
      return date.plusMonths(1);
    }
    return date;
  }

  /** The date a session opened, for dating a letter by the session it names; null if unknown. */
  public LocalDate openingOf(Venue venue) {
    if (venue.session() == null) {
      return null;
    }
    for (UnBody body : bodies) {
      if (body.code().equals(venue.body())) {
        return body.calendar().opening(venue.session());
      }
    }
    return null;
  }
}
