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
