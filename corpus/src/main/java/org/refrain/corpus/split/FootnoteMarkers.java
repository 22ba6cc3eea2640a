package org.refrain.corpus.split;

import java.util.regex.Pattern;

/**
 * Footnote reference markers glued to a sentence's end ("non-proliferation.1", "testing.²",
 * "commission.[3]") and the notes they point to ("Notes", "1. https://..."). Web pages copied from
 * a word processor keep them; the text keeps them too, but a marker must not hide that a line ends
 * like a sentence, and a notes section after the signatures is neither signatory nor body.
 */
public final class FootnoteMarkers {

  /** Superscript digits, as a character class body. */
  static final String SUPERSCRIPTS = "\\u00B9\\u00B2\\u00B3\\u2070\\u2074-\\u2079";

  /**
   * A marker after sentence punctuation: plain digits (at most three, so years and amounts are not
   * markers), superscript digits, or bracketed numbers; several in a row ("[1][2]", "¹,²").
   */
  private static final Pattern MARKER =
      Pattern.compile(
          "(?<=[.!?;:\"”’)])(?:\\d{1,3}(?:[,–-]\\d{1,3})*|(?:\\[\\d{1,3}\\]|["
              + SUPERSCRIPTS
              + "]+)(?:,?\\s?(?:\\[\\d{1,3}\\]|["
              + SUPERSCRIPTS
              + "]+))*)(?=\\s|$)");

  /** Superscripts or bracketed numbers glued to a word before the sentence punctuation. */
  private static final Pattern WORD_MARKER =
      Pattern.compile("(?<=\\p{L})(?:\\[\\d{1,3}\\]|[" + SUPERSCRIPTS + "]+)(?=[.!?;:,]|\\s|$)");

  /** A notes heading on a line of its own. */
  private static final Pattern NOTES_HEADING =
      Pattern.compile("(?i)(?:foot|end)?notes?|references|sources|citations");

  /**
   * A note: a plain number and at once a link ("1. https://..."), or a bracketed or superscript
   * number and a citation with a link ("[2] Report of ..., https://..."). A numbered signatory with
   * a web address ("3. Fortify Rights, www.fortifyrights.org") is no note.
   */
  private static final Pattern NOTE =
      Pattern.compile(
          "^(?:\\d{1,3}[.)]?\\s*(?:https?://|www\\.)|(?:\\[\\d{1,3}\\]|["
              + SUPERSCRIPTS
              + "]+)\\s*(?:\\S+\\s+){0,20}?(?:https?://|www\\.))\\S.*");

  private FootnoteMarkers() {}

  /** {@code line} without its footnote markers, for judging its shape; never for showing. */
  public static String strip(String line) {
    if (line.isEmpty()) {
      return line;
    }
    String s = MARKER.matcher(line).replaceAll("");
    return WORD_MARKER.matcher(s).replaceAll("");
  }

  /** Superscript digits in the order of their values, 0 to 9. */
  private static final String SUPERSCRIPT_DIGITS =
      "\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079";

  private static final Pattern MARKER_NUMBER =
      Pattern.compile("(\\d{1,3})(?:[–-](\\d{1,3}))?|([" + SUPERSCRIPTS + "]+)");

  /** A range of markers wider than this ("1-200") is no range of notes. */
  private static final int MAX_RANGE = 20;

  /**
   * Adds the numbers of {@code line}'s footnote markers to {@code into}: "1", "[2]", "³", "4–6".
   */
  static void numbers(String line, java.util.Set<Integer> into) {
    if (line.isEmpty()) {
      return;
    }
    for (Pattern p : new Pattern[] {MARKER, WORD_MARKER}) {
      java.util.regex.Matcher m = p.matcher(line);
      while (m.find()) {
        java.util.regex.Matcher n = MARKER_NUMBER.matcher(m.group());
        while (n.find()) {
          if (n.group(3) != null) {
            into.add(superscriptValue(n.group(3)));
            continue;
          }
          int from = Integer.parseInt(n.group(1));
          int to = n.group(2) == null ? from : Integer.parseInt(n.group(2));
          for (int k = from; k <= to && k - from <= MAX_RANGE; k++) {
            into.add(k);
          }
        }
      }
    }
  }

  /** The value of a run of superscript digits: "¹²" is 12. */
  static int superscriptValue(String digits) {
    int value = 0;
    for (int i = 0; i < digits.length(); i++) {
      value = value * 10 + Math.max(0, SUPERSCRIPT_DIGITS.indexOf(digits.charAt(i)));
    }
    return value;
  }

  /** True for a heading that opens a notes section: "Notes", "Footnotes:", "References". */
  public static boolean isNotesHeading(String trimmed) {
    String t = trimmed.endsWith(":") ? trimmed.substring(0, trimmed.length() - 1).strip() : trimmed;
    return NOTES_HEADING.matcher(t).matches();
  }

  /** True for a numbered note with a link: "1. https://...", "[2] Report, https://...". */
  public static boolean isNote(String trimmed) {
    return NOTE.matcher(trimmed).matches();
  }
}
