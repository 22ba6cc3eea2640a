package org.refrain.corpus.source;

/**
 * One line of text on a PDF page as PDFBox found it, with the geometry the paragraph rules need
 * (all in points, y growing down the page).
 *
 * @param page the 1-based page
 * @param pageWidth the width of the page
 * @param text the line's text, words separated by one space
 * @param left x where the line begins
 * @param right x where it ends
 * @param baseline y of its baseline
 * @param fontSize its median font size in points
 * @param firstWordWidth the width of its first word, to tell a wrapped line from a broken one
 * @param column on a page read in two columns ({@link PdfColumns}), 1 for the left and 2 for the
 *     right column; 0 for a line across the page or on a page of one column
 */
record PdfLine(
    int page,
    float pageWidth,
    String text,
    float left,
    float right,
    float baseline,
    float fontSize,
    float firstWordWidth,
    int column) {

  /** A line on a page of one column. */
  PdfLine(
      int page,
      float pageWidth,
      String text,
      float left,
      float right,
      float baseline,
      float fontSize,
      float firstWordWidth) {
    this(page, pageWidth, text, left, right, baseline, fontSize, firstWordWidth, 0);
  }
}
