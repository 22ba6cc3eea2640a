package org.refrain.corpus.split;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.refrain.corpus.lexicon.Lexicon;

/**
 * Finds a letter's notes section by its shape when it has neither a heading nor links: a run of
 * lines that each open with a footnote marker ("1 ", "1.", "[1]", "¹"), numbered on from one line
 * to the next as the markers in the letter's body are ("non-proliferation.1", "testing.²"), and
 * that mostly read as citations ("Human Rights Council, resolution 52/3, para. 4", "Ibid."). A
 * numbered signatory list ("1. Amnesty International") is no notes section: its entries read as
 * names, and a body without those markers has no notes to point to. One per letter: the markers of
 * the body are read once, as far as the scan has gone.
 */
final class NotesSection {

  private static final String CITATION_WORDS = "/org/refrain/corpus/citation-words.txt";

  /** The words of {@code citation-words.txt}, as one case-insensitive whole-word pattern. */
  private static final Pattern CITATION_WORD = citationWords();

  /**
   * What a citation has and a name rarely does: a year, a document symbol ("A/HRC/52/3"), a page,
   * paragraph or number ("para. 12", "No. 5"), quotation marks, a link.
   */
  private static final Pattern CITATION_SHAPE =
      Pattern.compile(
          "\\b(?:1[6-9]|20)\\d{2}\\b|\\b\\p{Lu}{1,6}(?:/[\\p{L}\\p{N}.-]+){2,}"
              + "|(?i:\\b(?:pp?|paras?|paragraphs?|art|arts|vol|no|nos|ch)\\.?\\s*\\d)"
              + "|[\"“”«»]|https?://|www\\.");

  /** A note's leading marker: "1 ", "1.", "1)", "[1]", "¹". */
  private static final Pattern NOTE_NUMBER =
      Pattern.compile(
          "(?:(\\d{1,3})(?:[.)]\\s*|\\s+)|\\[(\\d{1,3})\\]\\s*|(["
              + FootnoteMarkers.SUPERSCRIPTS
              + "]{1,3})\\s*)(?=\\S)");

  private final ClassifiedLines doc;
  private final int bodyStart;
  private final int limit;
  private final Set<Integer> markers = new HashSet<>();
  private int markersUpTo;

  /**
   * @param doc the document's lines
   * @param bodyStart the letter's first body line, where its footnote markers are looked for
   * @param limit the index after the letter's last possible line
   */
  NotesSection(ClassifiedLines doc, int bodyStart, int limit) {
    this.doc = doc;
    this.bodyStart = bodyStart;
    this.limit = limit;
    this.markersUpTo = bodyStart;
  }

  /**
   * True when the notes section starts at line {@code j}. With {@code atEnd}, no running text may
   * follow the run: notes in the middle of a body (a PDF page's footnotes) do not end it.
   */
  boolean startsAt(int j, boolean atEnd) {
    int first = number(doc.lines().get(j).trimmed());
    if (first < 0 || !markersBefore(j).contains(first)) {
      return false;
    }
    int entries = 0;
    int citations = 0;
    int i = j;
    for (int expected = first; i < limit; i++) {
      if (doc.kinds().get(i) == LineKind.BLANK) {
        continue;
      }
      String t = doc.lines().get(i).trimmed();
      if (number(t) != expected) {
        break;
      }
      if (!markers.contains(expected)) {
        // The numbering runs on past the body's markers: a numbered list, not its notes.
        return false;
      }
      entries++;
      citations += readsAsCitation(t) ? 1 : 0;
      expected++;
    }
    if (citations == 0 || 2 * citations < entries) {
      return false;
    }
    for (; atEnd && i < limit; i++) {
      if (doc.isRunningText(i)) {
        return false;
      }
    }
    return true;
  }

  /** The number a note line opens with, or -1. */
  static int number(String trimmed) {
    Matcher m = NOTE_NUMBER.matcher(trimmed);
    if (!m.lookingAt()) {
      return -1;
    }
    String digits = m.group(1) != null ? m.group(1) : m.group(2);
    return digits != null ? Integer.parseInt(digits) : FootnoteMarkers.superscriptValue(m.group(3));
  }

  /** True for a note's text rather than an organisation's name. */
  static boolean readsAsCitation(String line) {
    return CITATION_SHAPE.matcher(line).find() || CITATION_WORD.matcher(line).find();
  }

  /** The footnote numbers marked in the body's lines before {@code j}. */
  private Set<Integer> markersBefore(int j) {
    if (j < markersUpTo) {
      markers.clear();
      markersUpTo = bodyStart;
    }
    for (; markersUpTo < j; markersUpTo++) {
      if (doc.kinds().get(markersUpTo) != LineKind.BLANK) {
        FootnoteMarkers.numbers(doc.lines().get(markersUpTo).text(), markers);
      }
    }
    return markers;
  }

  private static Pattern citationWords() {
    List<String> words = Lexicon.bundled().lines(NotesSection.class, CITATION_WORDS);
    StringBuilder alternatives = new StringBuilder();
    for (String w : words) {
      alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(w.strip()));
    }
    // A word ending in a full stop ("id.", "cf.") ends at it; others end at a word boundary.
    return Pattern.compile(
        "(?iu)(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?:(?<=\\.)|(?![\\p{L}\\p{N}]))",
        Pattern.UNICODE_CASE);
  }
}
