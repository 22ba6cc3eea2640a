package org.refrain.corpus.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Joins a PDF's lines into paragraphs, one per output line, and notes where each page begins.
 *
 * <ul>
 *   <li>A line continues the one before when that one was <em>wrapped</em>: the space left at its
 *       end could not have held this line's first word. A line broken on purpose (a signatory, an
 *       address line) stays a line. Among lines broken on purpose (after a one-line paragraph, with
 *       no gap before it and one of the two paragraphs before of one line), a line that fills the
 *       width may do so by chance, so it is joined only when the text runs on (the next line starts
 *       in lower case, this one ends in "of", "and", a comma or a hyphen, or the next is full as
 *       well).
 *   <li>Across a page break or from one column to the next, a line ending a sentence is taken to
 *       end its paragraph unless the next page starts in lower case.
 *   <li>A gap well over the usual line spacing ends a paragraph and leaves a blank line. (PDFBox's
 *       own paragraph markers are not used: on the PDFs Chromium writes they mark every line.)
 *   <li>A word hyphenated at a line end is joined when the next line starts in lower case: the
 *       hyphen is dropped when the document spells the word without it elsewhere, and kept
 *       otherwise ("non-\nrefoulement" gives "non-refoulement"); a soft hyphen is always dropped.
 *   <li>Footnotes, the lines at a page's bottom in a smaller font than the body's, are not joined
 *       to the body: they follow the paragraph running at the page's end, as their own lines.
 * </ul>
 */
final class PdfParagraphs {

  /** A line in a font this much smaller than the body's can be a footnote. */
  private static final float NOTE_FONT_RATIO = 0.85f;

  /** A gap this many times the usual line spacing ends a paragraph. */
  private static final float GAP_RATIO = 1.4f;

  /** A line ending in a word or sign that cannot end a list entry. */
  private static final Pattern RUNS_ON =
      Pattern.compile(
          "(?i)(\\b(and|of|the|for|in|on|to|at|by|with|a|an|de|du|des|la|le|et|für|und)|[-&/,(–])$");

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?:][\"”’)]?$");

  private static boolean lowerCase(PdfLine line) {
    return Character.isLowerCase(line.text().codePointAt(0));
  }

  /** A line starting in lower case or with a sign that cannot start a list entry. */
  private static final Pattern CONTINUATION = Pattern.compile("^(\\p{Ll}|[/&)\\]–,;:.])");

  private final StringBuilder out = new StringBuilder();
  private final List<Integer> pageStarts = new ArrayList<>();
  private final List<PdfLine> notes = new ArrayList<>();
  private PdfHyphenation hyphenation;
  private float rightEdge;
  private final Map<Integer, Float> columnRight = new HashMap<>();
  private float spacing;
  private PdfLine previous;
  private boolean previousJoined;
  private boolean previousStartsBlock;
  private int linesInParagraph;
  private int linesInLastParagraph;
  private int linesInParagraphBefore;

  /** Whether a block of notes was just written: the next line starts a new paragraph. */
  private boolean blockEnded;

  /** The text of {@code pages} (furniture already removed). */
  static ExtractedText assemble(List<List<PdfLine>> pages) {
    return new PdfParagraphs().run(pages);
  }

  private ExtractedText run(List<List<PdfLine>> pages) {
    float body = bodyFontSize(pages);
    hyphenation = PdfHyphenation.of(pages.stream().flatMap(List::stream).toList());
    rightEdge = rightEdge(pages);
    for (List<PdfLine> page : pages) {
      for (PdfLine l : page) {
        if (l.column() > 0) {
          columnRight.merge(l.column(), l.right(), Math::max);
        }
      }
    }
    spacing = usualSpacing(pages);
    for (List<PdfLine> page : pages) {
      int notesFrom = notesFrom(page, body);
      boolean first = true;
      for (PdfLine line : page.subList(0, notesFrom)) {
        append(line, first);
        first = false;
      }
      if (first) {
        pageStarts.add(out.length());
      }
      notes.addAll(page.subList(notesFrom, page.size()));
    }
    flushNotes();
    if (out.length() > 0) {
      out.append('\n');
    }
    return new ExtractedText(out.toString(), pageStarts);
  }

  private void append(PdfLine line, boolean firstOnPage) {
    if (previous != null && !blockEnded && continues(previous, line)) {
      join(previous, line);
      previousJoined = true;
      previousStartsBlock = false;
      linesInParagraph++;
    } else if (previous != null) {
      boolean blank = gap(previous, line) || blockEnded;
      flushNotes();
      out.append(blank || blockEnded ? "\n\n" : "\n");
      previousJoined = false;
      previousStartsBlock = blank || firstOnPage;
      linesInParagraphBefore = linesInLastParagraph;
      linesInLastParagraph = linesInParagraph;
      linesInParagraph = 1;
    } else {
      previousStartsBlock = true;
      linesInParagraph = 1;
    }
    blockEnded = false;
    if (firstOnPage) {
      pageStarts.add(out.length());
    }
    out.append(line.text());
    previous = line;
  }

  /** Whether {@code line} continues {@code prev}'s paragraph. */
  private boolean continues(PdfLine prev, PdfLine line) {
    boolean samePage = prev.page() == line.page() && prev.column() == line.column();
    if (samePage && gap(prev, line)) {
      return false;
    }
    if (Math.abs(prev.fontSize() - line.fontSize()) > 0.15f * prev.fontSize()) {
      return false;
    }
    float room = columnRight.getOrDefault(prev.column(), rightEdge) - prev.right();
    float space = 0.35f * prev.fontSize();
    if (room >= line.firstWordWidth() + space) {
      return false; // the next word would have fitted: the line was broken on purpose
    }
    if (!samePage && SENTENCE_END.matcher(prev.text()).find() && !lowerCase(line)) {
      return false; // a paragraph ending at the foot of a page
    }
    if (previousJoined || previousStartsBlock) {
      return true;
    }
    if (linesInLastParagraph > 1 && linesInParagraphBefore > 1) {
      return true; // among paragraphs of prose
    }
    // A full line among lines broken on purpose (a signatory list) may end an entry by chance:
    // join only where the text shows that it runs on.
    return runsOn(prev.text(), line.text());
  }

  /**
   * Whether the text shows that a full line {@code prev} runs on into {@code next} where both could
   * be list entries: it ends in "of", "and", a comma or a hyphen, the next starts in lower case, or
   * the first has a comma the next lacks (an organisation and its country).
   */
  static boolean runsOn(String prev, String next) {
    return RUNS_ON.matcher(prev).find()
        || CONTINUATION.matcher(next).find()
        || (prev.contains(",") && !next.contains(",") && !prev.endsWith(")"));
  }

  private boolean gap(PdfLine prev, PdfLine line) {
    if (prev.page() != line.page() || prev.column() != line.column()) {
      return false;
    }
    float dy = line.baseline() - prev.baseline();
    float usual = spacing > 0 ? spacing : 1.2f * Math.max(prev.fontSize(), line.fontSize());
    return dy < 0 || dy > GAP_RATIO * usual + 0.5f;
  }

  /** The separator between a wrapped line and its continuation: undoes hyphenation. */
  private void join(PdfLine prev, PdfLine line) {
    hyphenation.join(out, prev.text(), line.text());
  }

  /** Writes the footnotes waiting since the last page end as a block of their own. */
  private void flushNotes() {
    if (notes.isEmpty()) {
      return;
    }
    for (PdfLine note : notes) {
      out.append(out.length() == 0 ? "" : blockEnded ? "\n" : "\n\n").append(note.text());
      blockEnded = true;
    }
    notes.clear();
  }

  /** Where a page's footnotes begin: its last lines in a font smaller than the body's. */
  private static int notesFrom(List<PdfLine> page, float body) {
    int from = page.size();
    while (from > 1 && page.get(from - 1).fontSize() < NOTE_FONT_RATIO * body) {
      from--;
    }
    return from;
  }

  /**
   * Where the text's lines end at the most: the furthest a line reaches, but not short of the
   * mirror of the left margin less a tenth of the page (a page of short lines fills no line).
   */
  static float rightEdge(List<List<PdfLine>> pages) {
    float right = 0;
    float left = Float.MAX_VALUE;
    float width = 0;
    for (List<PdfLine> page : pages) {
      for (PdfLine l : page) {
        right = Math.max(right, l.right());
        left = Math.min(left, l.left());
        width = Math.max(width, l.pageWidth());
      }
    }
    return left == Float.MAX_VALUE ? 0 : Math.max(right, 0.9f * width - left);
  }

  /** The font size of most of the text, weighted by characters. */
  private static float bodyFontSize(List<List<PdfLine>> pages) {
    Map<Float, Integer> chars = new HashMap<>();
    for (List<PdfLine> page : pages) {
      for (PdfLine l : page) {
        chars.merge(Math.round(l.fontSize() * 2) / 2f, l.text().length(), Integer::sum);
      }
    }
    return chars.entrySet().stream()
        .max(Map.Entry.<Float, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey)
        .orElse(0f);
  }

  /** The most common distance between the baselines of consecutive lines on a page. */
  private static float usualSpacing(List<List<PdfLine>> pages) {
    Map<Float, Integer> counts = new HashMap<>();
    for (List<PdfLine> page : pages) {
      for (int i = 1; i < page.size(); i++) {
        float dy = page.get(i).baseline() - page.get(i - 1).baseline();
        if (dy > 0) {
          counts.merge(Math.round(dy * 2) / 2f, 1, Integer::sum);
        }
      }
    }
    return counts.entrySet().stream()
        .max(Map.Entry.<Float, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey)
        .orElse(0f);
  }
}
