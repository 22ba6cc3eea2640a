package org.refrain.corpus.claim;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A count that is the subject of a signing verb, with no opener before it: "Over 100 groups have
 * signed this letter", "More than 40 organisations signed", "45 NGOs support this call". The count
 * opens a sentence or a clause (after a comma), a qualifier ("over", "more than", "at least",
 * "some", "nearly", "almost") may stand before it, and its noun phrase runs straight into the verb.
 * "signed", "co-signed" and "endorsed" are signing verbs by themselves; "joined" and "support" only
 * with the letter as their object ("joined the call", "support this statement"), since groups also
 * join protests and support victims. Numbers with no signing verb after them ("Over 100 people were
 * executed", "More than 40 camps") are no subject.
 */
final class SigningSubject {

  /** Where the subject starts (its qualifier or its count) and where its verb starts. */
  record Match(int start, int verb) {}

  /** Qualifiers a subject's count may have; {@code ClaimExtractor} reads what each means. */
  private static final Pattern QUALIFIER =
      Pattern.compile(
          "(?i)\\b(?:over|more\\s+than|at\\s+least|upwards\\s+of|some|nearly|almost|about|around"
              + "|approximately|roughly)\\s+$");

  /** How far before a count its qualifier and the sentence's start are looked for. */
  private static final int LOOK_BACK = 24;

  /** The words of a noun phrase, then the verb: no sentence punctuation in between. */
  private static final Pattern VERB_AFTER =
      Pattern.compile(
          "(?i)\\+?(?:[\\s,]+(?!(?:have|has|had|were|was|are|is|will|would)\\b)"
              + "[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'’&-]*){1,10}?"
              + "\\s+(?:(?:have|has|had)\\s+)?(?:(?:now|already|so\\s+far|all|also)\\s+)?"
              + "(?<verb>(?:co-?)?signed\\b|endorsed\\b|signed\\s+on\\b"
              + "|(?:joined|support(?:ed|s)?|backed?)\\s+(?:this|the|our)\\s+(?:joint\\s+|open\\s+)?"
              + "(?:letter|call|statement|appeal|petition|initiative)s?\\b)");

  /** How far after a count its verb is looked for. */
  private static final int LOOK_AHEAD = 160;

  private SigningSubject() {}

  /** The subject whose count is {@code text[from, to)}, or null when it is none. */
  static Match at(String text, int from, int to) {
    Matcher verb = VERB_AFTER.matcher(text).region(to, Math.min(text.length(), to + LOOK_AHEAD));
    if (!verb.lookingAt()) {
      return null;
    }
    int start = from;
    int back = Math.max(0, from - LOOK_BACK);
    Matcher q = QUALIFIER.matcher(text).region(back, from).useTransparentBounds(true);
    if (q.find()) {
      start = q.start();
    }
    return opensClause(text, start) ? new Match(start, verb.start("verb")) : null;
  }

  /** True when {@code at} starts a text, a line, a sentence or a clause (after a comma). */
  private static boolean opensClause(String text, int at) {
    int i = at - 1;
    while (i >= 0 && text.charAt(i) != '\n' && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    if (i < 0 || text.charAt(i) == '\n') {
      return true;
    }
    return i < at - 1 && ".!?;:,".indexOf(text.charAt(i)) >= 0;
  }
}
