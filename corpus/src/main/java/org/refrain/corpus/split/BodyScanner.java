package org.refrain.corpus.split;

import java.util.List;
import java.util.regex.Pattern;
import org.refrain.corpus.WordCounter;
import org.refrain.corpus.clean.Line;

/**
 * Finds where a letter's body ends and its signatory list begins and ends. The body runs to the
 * closing ("Sincerely,") or, without one, to the last run of list-like lines (a run introduced by
 * "We ask you to:" enumerates demands and stays in the body); the list then runs until running
 * text, page chrome, a separator, a bare date line (the next letter's heading) or the next letter.
 */
final class BodyScanner {

  /** Short lines in a row (blank lines aside) that make a list rather than a short paragraph. */
  static final int MIN_LIST_RUN = 3;

  /** Words that announce a signatory list: "Signatories", "Members and supporters ... include:". */
  private static final Pattern LIST_HEADING =
      Pattern.compile(
          "(?i)\\b(signator(y|ies)|signed|endorsed|co-?signed|signatures?|groups|"
              + "organi[sz]ations?|individuals|members|supporters)\\b");

  /**
   * A publisher's postscript after a press release or statement ("About the coalition: ...", "###",
   * "Notes to editors", "Media contact: ..."): not the body, whatever follows it.
   */
  private static final Pattern POSTSCRIPT =
      Pattern.compile(
          // "About the coalition: ...", "About Human Rights Watch" as a heading; not "About 300
          // people were ...".
          "^(?:About (?:the |us\\b|\\p{Lu})(?:[^:.]{0,80}:|[\\p{L}\\p{N} '&,()-]{0,80}$)"
              + "|#{3}|(?i:-+ *ends *-+|notes? (?:to|for) editors\\b|media (?:contacts?|enquiries)\\b"
              + "|press contacts?\\b|for (?:more|further) information\\b))");

  /** Longest line that can be a list heading, in words. */
  private static final int MAX_HEADING_WORDS = 12;

  /**
   * Adds body lines from {@code from}; returns the index where the signatory list may start. {@code
   * notes} finds the letter's notes section by its shape.
   */
  int scanBody(ClassifiedLines doc, int from, int limit, List<Integer> body, NotesSection notes) {
    List<Line> lines = doc.lines();
    List<LineKind> kinds = doc.kinds();
    int closing = -1;
    for (int j = from; j < limit; j++) {
      if (kinds.get(j) == LineKind.SHORT && LetterParts.isClosing(lines.get(j).text())) {
        closing = j;
        break;
      }
    }
    if (closing >= 0) {
      body.addAll(doc.contentLines(from, closing + 1));
      int j = closing + 1;
      // Closing courtesies after "Sincerely," still belong to the body (seed 001).
      while (j < limit
          && !isPostscript(doc, j, notes, false)
          && (kinds.get(j) == LineKind.BLANK || doc.isRunningText(j))) {
        if (kinds.get(j) == LineKind.PROSE) {
          body.add(j);
        }
        j++;
      }
      return j;
    }
    for (int j = from; j < limit; j++) {
      LineKind k = kinds.get(j);
      if (k == LineKind.SEPARATOR || isPostscript(doc, j, notes, true)) {
        return j;
      }
      if (k == LineKind.PROSE) {
        body.add(j);
      } else if (k == LineKind.SHORT) {
        if (startsList(doc, j, limit)
            && !introducedByColon(doc, j)
            && !anotherListFollows(doc, j, limit)) {
          return j;
        }
        // A run that is not the list is an enumeration in the body: take all of it.
        // (A date line ends a run at once; the run then is that one line.)
        int end = Math.max(runEnd(doc, j, limit), j + 1);
        body.addAll(doc.contentLines(j, end));
        j = end - 1;
      }
    }
    return limit;
  }

  /**
   * True for the first line of a publisher's postscript ("About the coalition: ...") or of a notes
   * section ("Notes", "1. https://...", or notes by their shape: {@link NotesSection}). Within the
   * body ({@code inBody}), notes by their shape only when no running text follows them and they do
   * not follow "We ask you to:" (numbered demands).
   */
  private static boolean isPostscript(
      ClassifiedLines doc, int j, NotesSection notes, boolean inBody) {
    return doc.kinds().get(j) != LineKind.BLANK
        && (POSTSCRIPT.matcher(doc.lines().get(j).trimmed()).find()
            || isNotes(doc, j, notes, inBody));
  }

  /**
   * True for the start of a notes section: "Notes", "Footnotes:", a note "1. https://...", or a run
   * of numbered notes that {@link NotesSection} recognises by their shape.
   */
  private static boolean isNotes(ClassifiedLines doc, int j, NotesSection notes, boolean inBody) {
    String t = doc.lines().get(j).trimmed();
    return FootnoteMarkers.isNotesHeading(t)
        || FootnoteMarkers.isNote(t)
        || (notes.startsAt(j, inBody) && !(inBody && introducedByColon(doc, j)));
  }

  /**
   * True when the short lines at {@code j} follow a line ending in a colon that does not announce
   * signatories ("We ask you to:"): they enumerate the body's demands.
   */
  private static boolean introducedByColon(ClassifiedLines doc, int j) {
    for (int i = j - 1; i >= 0; i--) {
      if (doc.kinds().get(i) != LineKind.BLANK) {
        String t = doc.lines().get(i).trimmed();
        return t.endsWith(":") && !isListHeading(t);
      }
    }
    return false;
  }

  /**
   * Without a closing line the list is the last run of short lines: when prose and then another run
   * follow this one before the next letter (and before any page chrome), this one was body.
   */
  private boolean anotherListFollows(ClassifiedLines doc, int j, int limit) {
    List<LineKind> kinds = doc.kinds();
    int i = runEnd(doc, j, limit);
    if (i >= limit || kinds.get(i) != LineKind.PROSE) {
      return false;
    }
    for (; i < limit; i++) {
      LineKind k = kinds.get(i);
      if (k == LineKind.CHROME || k == LineKind.SEPARATOR) {
        return false;
      }
      if (k == LineKind.SHORT && startsList(doc, i, limit)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The index of the first line after {@code j} that is neither short nor blank, or a date line.
   */
  private static int runEnd(ClassifiedLines doc, int j, int limit) {
    int i = j;
    while (i < limit) {
      LineKind k = doc.kinds().get(i);
      if (k != LineKind.BLANK && (k != LineKind.SHORT || doc.isDateLine(i))) {
        break;
      }
      i++;
    }
    return i;
  }

  private static boolean isListHeading(String t) {
    return WordCounter.count(t) <= MAX_HEADING_WORDS
        && LIST_HEADING.matcher(t).find()
        && !LineClassifier.isProse(t);
  }

  /** A list heading, or the first of several short lines in a row. */
  private boolean startsList(ClassifiedLines doc, int j, int limit) {
    List<LineKind> kinds = doc.kinds();
    String t = doc.lines().get(j).trimmed();
    if (isListHeading(t)) {
      return true;
    }
    int run = 0;
    for (int i = j; i < limit && run < MIN_LIST_RUN; i++) {
      LineKind k = kinds.get(i);
      if (k == LineKind.BLANK) {
        continue;
      }
      if (k != LineKind.SHORT || doc.isDateLine(i)) {
        return false;
      }
      run++;
    }
    return run >= MIN_LIST_RUN;
  }

  /** Adds list lines from {@code from}; returns the index of the line that ended the list. */
  int scanList(ClassifiedLines doc, int from, int limit, List<Integer> list, NotesSection notes) {
    List<LineKind> kinds = doc.kinds();
    int j = from;
    for (; j < limit; j++) {
      LineKind k = kinds.get(j);
      if (k == LineKind.BLANK) {
        continue;
      }
      // A long entry can look like prose; only running text ends the list.
      boolean entry = k == LineKind.SHORT || (k == LineKind.PROSE && !doc.isRunningText(j));
      // The notes after the signatures ("Notes", "1. https://...", "1 Ibid.") end the list.
      if (!entry || doc.isDateLine(j) || isNotes(doc, j, notes, false)) {
        break;
      }
      list.add(j);
    }
    return j;
  }
}
