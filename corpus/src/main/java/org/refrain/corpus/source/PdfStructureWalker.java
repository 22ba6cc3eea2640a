package org.refrain.corpus.source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;

/**
 * Walks a tagged PDF's structure tree in order and gives its blocks ({@link PdfBlock}): a
 * paragraph, heading or list item (P, H, H1-H6, LI, Caption...) is one block with all the text
 * under it, inline elements (Span, Link, Lbl, LBody, NonStruct...) included; a table row (TR) is
 * one block of cells; a note (Note, FENote) inside a block is set after that block; a nested list
 * or table ends the block it is in; text directly under a grouping element (Document, Sect, Div...)
 * makes a paragraph of its own. Artifacts are not in the tree and are not read.
 *
 * <p>The walk is bounded: a tree deeper than {@link #MAX_DEPTH}, with more than {@link #MAX_NODES}
 * elements and marked-content references, or with an element reached twice (a cycle, which a
 * hostile file can make) is refused with {@link IllegalStateException}, and the caller reads the
 * page layout instead.
 */
final class PdfStructureWalker {

  static final int MAX_DEPTH = 100;
  static final int MAX_NODES = 500_000;

  private static final Set<String> HEADINGS = Set.of("H", "H1", "H2", "H3", "H4", "H5", "H6");
  private static final Set<String> ITEMS = Set.of("LI", "TOCI");
  private static final Set<String> PARAGRAPHS =
      Set.of("P", "Caption", "Figure", "Formula", "Form", "BibEntry", "TD", "TH", "Lbl", "LBody");
  private static final Set<String> NOTES = Set.of("Note", "FENote");
  private static final Set<String> LISTS_AND_TABLES = Set.of("L", "Table", "TOC");

  /** Grouping elements: they end an implicit paragraph before and after them. */
  private static final Set<String> GROUPS =
      Set.of(
          "Document",
          "DocumentFragment",
          "Part",
          "Art",
          "Sect",
          "Div",
          "BlockQuote",
          "Aside",
          "Index",
          "THead",
          "TBody",
          "TFoot",
          "L",
          "Table",
          "TOC");

  private final PdfMarkedText text;
  private final Map<String, Object> roleMap;
  private final Map<COSDictionary, Integer> pageNumbers = new IdentityHashMap<>();
  private final Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Set<Long> used = new HashSet<>();
  private final List<PdfBlock> blocks = new ArrayList<>();
  private final List<PdfBlock> deferredNotes = new ArrayList<>();
  private Open open;
  private int nodes;

  /**
   * The block being filled: its kind, list or table, and pieces; implicit when no element made it.
   */
  private static final class Open {
    final PdfBlock.Kind kind;
    final Object group;
    final boolean implicit;
    final List<List<PdfLine>> pieces = new ArrayList<>();
    COSBase owner;

    Open(PdfBlock.Kind kind, Object group, boolean implicit) {
      this.kind = kind;
      this.group = group;
      this.implicit = implicit;
    }

    List<PdfBlock.Piece> text() {
      return pieces.stream().map(PdfBlock.Piece::new).toList();
    }
  }

  private PdfStructureWalker(PDDocument document, PDStructureTreeRoot root, PdfMarkedText text) {
    this.text = text;
    this.roleMap = root.getRoleMap();
    int n = 0;
    for (PDPage page : document.getPages()) {
      pageNumbers.put(page.getCOSObject(), ++n);
    }
  }

  /** The blocks of {@code root}'s tree; {@code text} holds the marked content it points to. */
  static List<PdfBlock> walk(PDDocument document, PDStructureTreeRoot root, PdfMarkedText text) {
    PdfStructureWalker walker = new PdfStructureWalker(document, root, text);
    walker.kids(root, 0, 0);
    walker.close();
    return List.copyOf(walker.blocks);
  }

  private void kids(PDStructureNode node, int page, int depth) {
    if (depth > MAX_DEPTH) {
      throw new IllegalStateException("the structure tree is deeper than " + MAX_DEPTH);
    }
    for (Object kid : node.getKids()) {
      count(kid);
      if (kid instanceof PDStructureElement e) {
        element(e, node, page, depth + 1);
      } else if (kid instanceof Integer mcid) {
        content(page, mcid, node);
      } else if (kid instanceof PDMarkedContentReference ref) {
        content(ref.getPage() == null ? page : number(ref.getPage()), ref.getMCID(), node);
      }
      // object references (links, widgets) carry no text of their own
    }
  }

  private void count(Object kid) {
    if (++nodes > MAX_NODES) {
      throw new IllegalStateException("the structure tree has more than " + MAX_NODES + " nodes");
    }
    if (kid instanceof PDStructureElement e && !seen.add(e.getCOSObject())) {
      throw new IllegalStateException("the structure tree reaches an element twice");
    }
    if (nodes % 1024 == 0 && Thread.currentThread().isInterrupted()) {
      throw new CancellationException("interrupted");
    }
  }

  private void element(PDStructureElement e, PDStructureNode parent, int page, int depth) {
    String type = type(e);
    int here = e.getPage() == null ? page : number(e.getPage());
    if ("Artifact".equals(type)) {
      return;
    }
    if (NOTES.contains(type)) {
      note(e, here, depth);
    } else if ("TR".equals(type)) {
      close();
      row(e, parent, here, depth);
    } else if (HEADINGS.contains(type) || ITEMS.contains(type)) {
      close();
      block(e, kind(type), parent, here, depth);
    } else if (PARAGRAPHS.contains(type) && (open == null || open.implicit)) {
      close();
      block(e, PdfBlock.Kind.PARAGRAPH, parent, here, depth);
    } else if (LISTS_AND_TABLES.contains(type) || (GROUPS.contains(type) && implicitOpen())) {
      close();
      kids(e, here, depth);
      close();
    } else {
      kids(e, here, depth); // inline: Span, Link, NonStruct, a P inside a list item...
    }
  }

  private boolean implicitOpen() {
    return open == null || open.implicit;
  }

  private static PdfBlock.Kind kind(String type) {
    return HEADINGS.contains(type) ? PdfBlock.Kind.HEADING : PdfBlock.Kind.ITEM;
  }

  private void block(PDStructureElement e, PdfBlock.Kind kind, Object group, int page, int depth) {
    open = new Open(kind, group, false);
    kids(e, page, depth);
    close();
  }

  private void note(PDStructureElement e, int page, int depth) {
    Open outer = open;
    open = new Open(PdfBlock.Kind.NOTE, null, false);
    kids(e, page, depth);
    List<PdfBlock.Piece> lines = open == null ? List.of() : open.text();
    PdfBlock note = new PdfBlock(PdfBlock.Kind.NOTE, null, List.of(lines));
    open = outer;
    if (note.cells().get(0).isEmpty()) {
      return;
    }
    if (outer == null) {
      blocks.add(note);
    } else {
      deferredNotes.add(note);
    }
  }

  private void row(PDStructureElement tr, Object group, int page, int depth) {
    List<List<PdfBlock.Piece>> cells = new ArrayList<>();
    for (Object kid : tr.getKids()) {
      count(kid);
      open = new Open(PdfBlock.Kind.PARAGRAPH, null, false);
      if (kid instanceof PDStructureElement cell) {
        int here = cell.getPage() == null ? page : number(cell.getPage());
        kids(cell, here, depth + 1);
      } else if (kid instanceof Integer mcid) {
        content(page, mcid, tr);
      } else if (kid instanceof PDMarkedContentReference ref) {
        content(ref.getPage() == null ? page : number(ref.getPage()), ref.getMCID(), tr);
      }
      cells.add(open == null ? List.of() : open.text());
    }
    open = null;
    if (cells.stream().anyMatch(c -> !c.isEmpty())) {
      blocks.add(new PdfBlock(PdfBlock.Kind.ROW, group, cells));
    }
    flushNotes();
  }

  /**
   * Adds marked content to the block being filled: to the piece before when {@code owner} holds
   * that one too (a paragraph running over a page break is two pieces of content of one element).
   */
  private void content(int page, int mcid, PDStructureNode owner) {
    if (!used.add(((long) page << 32) | (mcid & 0xffffffffL))) {
      return; // content is read once, however often a hostile tree points to it
    }
    List<PdfLine> lines = text.lines(page, mcid);
    if (lines.isEmpty()) {
      return;
    }
    if (open == null) {
      open = new Open(PdfBlock.Kind.PARAGRAPH, null, true);
    }
    if (open.pieces.isEmpty() || open.owner != owner.getCOSObject()) {
      open.pieces.add(new ArrayList<>());
    }
    open.pieces.get(open.pieces.size() - 1).addAll(lines);
    open.owner = owner.getCOSObject();
  }

  /** Ends the block being filled, then writes the notes met inside it. */
  private void close() {
    if (open != null && !open.pieces.isEmpty()) {
      blocks.add(new PdfBlock(open.kind, open.group, List.of(open.text())));
    }
    open = null;
    flushNotes();
  }

  private void flushNotes() {
    blocks.addAll(deferredNotes);
    deferredNotes.clear();
  }

  private int number(PDPage page) {
    return pageNumbers.getOrDefault(page.getCOSObject(), 0);
  }

  /**
   * The element's type mapped to a standard one through the role map, a few steps at the most (a
   * role map can map in a circle; PDFBox's own lookup climbs parents, which a hostile tree can
   * loop).
   */
  private String type(PDStructureElement e) {
    String type = String.valueOf(e.getStructureType());
    for (int i = 0; i < 8 && roleMap.get(type) instanceof String mapped; i++) {
      type = mapped;
    }
    return type;
  }
}
