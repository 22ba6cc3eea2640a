package org.refrain.corpus.source;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes an extracted document's lines for the Word, OpenDocument and RTF readers: at most one
 * blank line in a row, headings set apart by blank lines, and footnotes kept apart from the body. A
 * note's place in the body is marked "[1]", "[2]", ... and the notes follow the body under a
 * "Notes" heading ("[1] text"), the shape the splitter already takes for a notes section after the
 * signatures (see {@code FootnoteMarkers}), so a note is neither body text nor a signatory.
 */
final class LineWriter {

  private final StringBuilder text = new StringBuilder();
  private final List<String> notes = new ArrayList<>();

  /** Writes {@code s} stripped as one line (a line break inside it kept); nothing if blank. */
  void line(String s) {
    if (!s.isBlank()) {
      text.append(s.strip()).append('\n');
    }
  }

  /** A heading: a line with a blank line before and after. */
  void heading(String s) {
    if (s.isBlank()) {
      return;
    }
    blank();
    line(s);
    blank();
  }

  /** Ends the block: one blank line, unless there is one already or nothing was written. */
  void blank() {
    int n = text.length();
    if (n > 0 && !(n >= 2 && text.charAt(n - 1) == '\n' && text.charAt(n - 2) == '\n')) {
      text.append('\n');
    }
  }

  /** The marker the next note will have in the body: "[3]" after two notes. */
  String nextNoteMarker() {
    return "[" + (notes.size() + 1) + "]";
  }

  /** Keeps a note's text (spaces collapsed) for the notes section. */
  void note(String s) {
    notes.add(s.replaceAll("\\s+", " ").strip());
  }

  /** The body, then the notes, if any, under a "Notes" heading. */
  String text() {
    if (notes.isEmpty()) {
      return text.toString();
    }
    StringBuilder all = new StringBuilder(text);
    int n = all.length();
    if (n > 0 && !(n >= 2 && all.charAt(n - 1) == '\n' && all.charAt(n - 2) == '\n')) {
      all.append('\n');
    }
    all.append("Notes\n\n");
    for (int i = 0; i < notes.size(); i++) {
      all.append('[').append(i + 1).append("] ").append(notes.get(i)).append('\n');
    }
    return all.toString();
  }
}
