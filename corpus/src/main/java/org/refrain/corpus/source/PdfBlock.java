package org.refrain.corpus.source;

import java.util.List;

/**
 * One block of a tagged PDF's structure, in reading order: a paragraph, a heading, a list item, a
 * table row (its cells) or a note, with the lines of its text.
 *
 * @param kind what the block is
 * @param group the list or table an item or row belongs to (items of one list follow each other
 *     without a blank line), or null
 * @param cells the text of the block, each a list of pieces of marked content; a row has one entry
 *     per cell, other blocks exactly one
 */
record PdfBlock(Kind kind, Object group, List<List<Piece>> cells) {

  /** The lines of one piece of marked content. */
  record Piece(List<PdfLine> lines) {
    Piece {
      lines = List.copyOf(lines);
    }
  }

  /** What a block is. */
  enum Kind {
    PARAGRAPH,
    HEADING,
    ITEM,
    ROW,
    NOTE
  }

  PdfBlock {
    cells = cells.stream().map(List::copyOf).toList();
    if (kind != Kind.ROW && cells.size() != 1) {
      throw new IllegalArgumentException("cells must be one for a " + kind + ": " + cells.size());
    }
  }
}
