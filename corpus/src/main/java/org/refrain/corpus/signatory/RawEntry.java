package org.refrain.corpus.signatory;

import java.util.List;
import java.util.Objects;
import org.refrain.corpus.Span;
import org.refrain.corpus.clean.Line;

/**
 * One entry of a list with its lines gathered but not yet read: the first line (or first table
 * cell), further cells, and a country or description that stood on lines of their own.
 *
 * @param lines the entry's non-blank lines, in order
 * @param head the first line's text without list marker, or the first cell of a table row
 * @param cells the row's further non-empty cells
 * @param countryLine a line that held only a country, or null
 * @param descriptionLine a line that described the person named by the head, or null
 * @param section the section the entry stands in
 */
record RawEntry(
    List<Line> lines,
    String head,
    List<String> cells,
    String countryLine,
    String descriptionLine,
    Section section) {

  RawEntry {
    lines = List.copyOf(lines);
    cells = List.copyOf(cells);
    Objects.requireNonNull(head, "head");
    Objects.requireNonNull(section, "section");
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("an entry needs a line");
    }
  }

  /** The entry's lines' trimmed texts joined with single spaces. */
  String raw() {
    StringBuilder b = new StringBuilder();
    for (Line line : lines) {
      b.append(b.length() > 0 ? " " : "").append(line.trimmed());
    }
    return b.toString();
  }

  /** From the start of the first line to the end of the last. */
  Span span() {
    int start = Integer.MAX_VALUE;
    int end = 0;
    for (Line line : lines) {
      start = Math.min(start, line.span().start());
      end = Math.max(end, line.span().end());
    }
    return Span.of(start, end);
  }

  int firstLineNumber() {
    return lines.get(0).number();
  }
}
