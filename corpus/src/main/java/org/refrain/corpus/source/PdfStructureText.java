package org.refrain.corpus.source;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a tagged PDF's blocks ({@link PdfBlock}) as text, one paragraph per line, and notes where
 * each page begins. Blocks are separated by a blank line, but the items of one list and the rows of
 * one table by a line break. Inside a block, pieces of text on one line are joined; a line
 * continues the one before when that one was wrapped (the space left at its end could not have held
 * this line's first word), with hyphenation undone ({@link PdfHyphenation}), and otherwise stays a
 * line (a line broken on purpose, as the lines of a signatory list in one paragraph). A row is its
 * cells, each joined into one line, separated by tabs, as the Word reader writes them.
 */
final class PdfStructureText {

  private final StringBuilder out = new StringBuilder();
  private final List<Integer> pageStarts = new ArrayList<>();
  private final float rightEdge;
  private final PdfHyphenation hyphenation;

  private PdfStructureText(float rightEdge, PdfHyphenation hyphenation) {
    this.rightEdge = rightEdge;
    this.hyphenation = hyphenation;
  }

  /**
   * The text of {@code blocks} in a document of {@code pages} pages whose text reaches {@code
   * rightEdge} at the most.
   */
  static ExtractedText assemble(
      List<PdfBlock> blocks, int pages, float rightEdge, PdfHyphenation hyphenation) {
    PdfStructureText text = new PdfStructureText(rightEdge, hyphenation);
    PdfBlock previous = null;
    for (PdfBlock block : blocks) {
      text.separate(previous, block);
      text.block(block);
      previous = block;
    }
    return text.finish(pages);
  }

  private void separate(PdfBlock previous, PdfBlock block) {
    if (previous == null || out.length() == 0) {
      return;
    }
    boolean sameList =
        previous.kind() == block.kind()
            && (block.kind() == PdfBlock.Kind.ITEM || block.kind() == PdfBlock.Kind.ROW)
            && block.group() != null
            && previous.group() == block.group();
    out.append(sameList ? "\n" : "\n\n");
  }

  private void block(PdfBlock block) {
    boolean firstCell = true;
    for (List<PdfBlock.Piece> cell : block.cells()) {
      if (!firstCell) {
        out.append('\t');
      }
      firstCell = false;
      List<Entry> lines = sameLineJoined(cell);
      for (int i = 0; i < lines.size(); i++) {
        if (i > 0) {
          separator(lines.get(i - 1).line(), lines.get(i), block.kind() == PdfBlock.Kind.ROW);
        }
        write(lines.get(i).line());
      }
    }
  }

  /** A line of a block, and whether it begins a piece of marked content. */
  record Entry(PdfLine line, boolean startsPiece) {}

  /**
   * A line break, or what joins a wrapped line to its continuation; a cell is always one line. A
   * line that begins a new piece of marked content after a full line continues it only when the
   * text shows that it runs on: Chromium makes each line of a paragraph broken with {@code <br>} a
   * piece of its own, and a signatory's line may fill the width by chance.
   */
  private void separator(PdfLine prev, Entry next, boolean oneLine) {
    PdfLine line = next.line();
    float room = rightEdge - prev.right();
    boolean wrapped = room < line.firstWordWidth() + 0.35f * prev.fontSize();
    if (wrapped && next.startsPiece()) {
      wrapped = PdfParagraphs.runsOn(prev.text(), line.text());
    }
    if (oneLine || wrapped) {
      hyphenation.join(out, prev.text(), line.text());
    } else {
      out.append('\n');
    }
  }

  private void write(PdfLine line) {
    while (line.page() > 0 && pageStarts.size() < line.page()) {
      pageStarts.add(out.length());
    }
    out.append(line.text());
  }

  private ExtractedText finish(int pages) {
    if (out.length() > 0) {
      out.append('\n');
    }
    while (pageStarts.size() < pages) {
      pageStarts.add(out.length());
    }
    return new ExtractedText(out.toString(), pageStarts);
  }

  /**
   * The lines of a cell with pieces that share a line made one (a word in bold is marked content of
   * its own, on the line of the words around it).
   */
  static List<Entry> sameLineJoined(List<PdfBlock.Piece> pieces) {
    List<Entry> joined = new ArrayList<>();
    for (PdfBlock.Piece piece : pieces) {
      boolean first = true;
      for (PdfLine line : piece.lines()) {
        Entry prev = joined.isEmpty() ? null : joined.get(joined.size() - 1);
        if (prev != null && sameLine(prev.line(), line)) {
          joined.set(joined.size() - 1, new Entry(merged(prev.line(), line), prev.startsPiece()));
        } else {
          joined.add(new Entry(line, first));
        }
        first = false;
      }
    }
    return joined;
  }

  private static PdfLine merged(PdfLine prev, PdfLine line) {
    float gap = line.left() - prev.right();
    String text = prev.text() + (gap > 0.15f * prev.fontSize() ? " " : "") + line.text();
    return new PdfLine(
        prev.page(),
        prev.pageWidth(),
        text,
        prev.left(),
        Math.max(prev.right(), line.right()),
        Math.max(prev.baseline(), line.baseline()),
        prev.fontSize(),
        prev.firstWordWidth());
  }

  private static boolean sameLine(PdfLine prev, PdfLine line) {
    float size = Math.max(1, Math.max(prev.fontSize(), line.fontSize()));
    return prev.page() == line.page()
        && Math.abs(prev.baseline() - line.baseline()) < 0.5f * size
        && line.left() >= prev.right() - 0.5f * size;
  }
}
