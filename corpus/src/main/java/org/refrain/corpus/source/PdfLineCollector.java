package org.refrain.corpus.source;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Lets PDFBox's {@link PDFTextStripper} find words and lines in reading order (sorted by position:
 * word processors and browsers often write a page's furniture after its body), and keeps each line
 * with its geometry instead of writing text, so the layout rules decide what is a paragraph. Stops
 * between lines when its thread is interrupted (the reader's time limit).
 */
final class PdfLineCollector extends PDFTextStripper {

  private final List<List<PdfLine>> pages = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  private final List<TextPosition> positions = new ArrayList<>();
  private float firstWordWidth = -1;
  private float pageWidth;
  private List<Integer> articleColumns = List.of();
  private int article;

  PdfLineCollector() {
    setSortByPosition(true);
    setSuppressDuplicateOverlappingText(true);
  }

  /** The lines of each page, page 1 first, top to bottom. */
  List<List<PdfLine>> collect(PDDocument document) throws IOException {
    pages.clear();
    getText(document);
    return List.copyOf(pages);
  }

  @Override
  protected void startPage(PDPage page) throws IOException {
    checkInterrupted();
    pages.add(new ArrayList<>());
    pageWidth = page.getMediaBox().getWidth();
    super.startPage(page);
  }

  @Override
  protected void endPage(PDPage page) throws IOException {
    endLine();
    super.endPage(page);
  }

  /** Splits a page set in two columns so that the left is read first ({@link PdfColumns}). */
  @Override
  protected void writePage() throws IOException {
    articleColumns = new ArrayList<>();
    article = -1;
    if (charactersByArticle.size() == 1) {
      List<TextPosition> glyphs = charactersByArticle.get(0);
      List<PdfColumns.GlyphBox> boxes = new ArrayList<>(glyphs.size());
      for (TextPosition t : glyphs) {
        boxes.add(
            new PdfColumns.GlyphBox(
                t.getXDirAdj(), t.getXDirAdj() + t.getWidthDirAdj(), t.getYDirAdj()));
      }
      List<PdfColumns.Group> groups = PdfColumns.split(boxes, pageWidth);
      if (groups.size() > 1) {
        charactersByArticle.clear();
        for (PdfColumns.Group g : groups) {
          charactersByArticle.add(new ArrayList<>(g.glyphs().stream().map(glyphs::get).toList()));
          articleColumns.add(g.column());
        }
      }
    }
    super.writePage();
  }

  @Override
  protected void startArticle(boolean isLtr) throws IOException {
    article++;
    super.startArticle(isLtr);
  }

  @Override
  protected void endArticle() throws IOException {
    endLine(); // a column's last line is not the next one's first
    super.endArticle();
  }

  @Override
  protected void writeParagraphStart() {
    // PDFBox's paragraph markers are not used: on the PDFs Chromium writes they mark every line
  }

  @Override
  protected void writeParagraphEnd() {
    // lines are kept one by one; paragraphs are decided later
  }

  @Override
  protected void writeString(String word, List<TextPosition> wordPositions) {
    if (wordPositions.isEmpty()) {
      text.append(word);
      return;
    }
    if (firstWordWidth < 0) {
      firstWordWidth = firstWordWidth(wordPositions);
    }
    text.append(word);
    positions.addAll(wordPositions);
  }

  @Override
  protected void writeWordSeparator() {
    text.append(' ');
  }

  @Override
  protected void writeLineSeparator() {
    endLine();
  }

  private void endLine() {
    checkInterrupted();
    String line = text.toString().strip();
    if (!line.isEmpty() && !positions.isEmpty() && !pages.isEmpty()) {
      TextPosition first = positions.get(0);
      float right = first.getXDirAdj();
      float[] sizes = new float[positions.size()];
      float baseline = 0;
      for (int i = 0; i < positions.size(); i++) {
        TextPosition p = positions.get(i);
        right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
        sizes[i] = p.getFontSizeInPt();
        baseline = Math.max(baseline, p.getYDirAdj());
      }
      Arrays.sort(sizes);
      List<PdfLine> page = pages.get(pages.size() - 1);
      page.add(
          new PdfLine(
              pages.size(),
              pageWidth,
              line,
              first.getXDirAdj(),
              right,
              baseline,
              sizes[sizes.length / 2],
              Math.max(firstWordWidth, 0),
              article >= 0 && article < articleColumns.size() ? articleColumns.get(article) : 0));
    }
    text.setLength(0);
    positions.clear();
    firstWordWidth = -1;
  }

  /**
   * The width of the first word among {@code ps}: up to a space glyph or, since some writers
   * (Chromium) place words without space glyphs, up to a jump in x wider than a fifth of a space;
   * and up to a hyphen inside it, where a line may also break ("British-" of "British-North").
   */
  static float firstWordWidth(List<TextPosition> ps) {
    TextPosition first = ps.get(0);
    float end = first.getXDirAdj() + first.getWidthDirAdj();
    for (int i = 1; i < ps.size(); i++) {
      TextPosition p = ps.get(i);
      float space = p.getWidthOfSpace() > 0 ? p.getWidthOfSpace() : 0.25f * p.getFontSizeInPt();
      if (p.getUnicode().isBlank() || p.getXDirAdj() - end > 0.2f * space) {
        break;
      }
      end = p.getXDirAdj() + p.getWidthDirAdj();
      if (p.getUnicode().equals("-")) {
        break;
      }
    }
    return end - first.getXDirAdj();
  }

  private static void checkInterrupted() {
    if (Thread.currentThread().isInterrupted()) {
      throw new CancellationException("interrupted");
    }
  }
}
