package org.refrain.corpus.source;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text of a tagged PDF's marked content, by page and marked-content id (MCID), as lines with
 * their geometry: what a structure element points to. Glyphs are taken in content order (a piece of
 * marked content is one run of text), a new line begins where the baseline moves, and a space where
 * a gap is wider than half a space (some writers place words without space glyphs). Ligatures are
 * spelled out. Content outside marked content with an MCID (artifacts: running headers and footers)
 * is not kept.
 */
final class PdfMarkedText {

  private final List<Map<Integer, List<PdfLine>>> pages;

  private PdfMarkedText(List<Map<Integer, List<PdfLine>>> pages) {
    this.pages = pages;
  }

  /** Reads every page of {@code document}; stops when its thread is interrupted. */
  static PdfMarkedText read(PDDocument document) throws IOException {
    List<Map<Integer, List<PdfLine>>> pages = new ArrayList<>();
    int number = 0;
    for (PDPage page : document.getPages()) {
      if (Thread.currentThread().isInterrupted()) {
        throw new CancellationException("interrupted");
      }
      number++;
      PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
      extractor.processPage(page);
      Map<Integer, List<PdfLine>> byId = new HashMap<>();
      float width = page.getMediaBox().getWidth();
      for (PDMarkedContent content : extractor.getMarkedContents()) {
        index(content, number, width, byId);
      }
      pages.add(byId);
    }
    return new PdfMarkedText(pages);
  }

  /**
   * The lines of marked content {@code mcid} on 1-based {@code page}; empty when there are none.
   */
  List<PdfLine> lines(int page, int mcid) {
    if (page < 1 || page > pages.size()) {
      return List.of();
    }
    return pages.get(page - 1).getOrDefault(mcid, List.of());
  }

  /** All lines, page by page. */
  List<PdfLine> all() {
    List<PdfLine> all = new ArrayList<>();
    pages.forEach(p -> p.values().forEach(all::addAll));
    return all;
  }

  private static void index(
      PDMarkedContent content, int page, float width, Map<Integer, List<PdfLine>> byId) {
    if (content.getMCID() >= 0) {
      List<TextPosition> glyphs = new ArrayList<>();
      glyphs(content, glyphs, byId, page, width);
      byId.computeIfAbsent(content.getMCID(), k -> new ArrayList<>())
          .addAll(lines(page, width, glyphs));
    } else {
      for (Object o : content.getContents()) {
        if (o instanceof PDMarkedContent nested) {
          index(nested, page, width, byId);
        }
      }
    }
  }

  /** The glyphs of {@code content} and of content nested in it without an MCID of its own. */
  private static void glyphs(
      PDMarkedContent content,
      List<TextPosition> out,
      Map<Integer, List<PdfLine>> byId,
      int page,
      float width) {
    for (Object o : content.getContents()) {
      if (o instanceof TextPosition t) {
        out.add(t);
      } else if (o instanceof PDMarkedContent nested) {
        if (nested.getMCID() >= 0) {
          index(nested, page, width, byId);
        } else {
          glyphs(nested, out, byId, page, width);
        }
      }
    }
  }

  /** Glyphs in content order as lines: a new line where the baseline moves. */
  static List<PdfLine> lines(int page, float width, List<TextPosition> glyphs) {
    List<PdfLine> lines = new ArrayList<>();
    List<TextPosition> line = new ArrayList<>();
    for (TextPosition t : glyphs) {
      if (!line.isEmpty()) {
        TextPosition first = line.get(0);
        float size = Math.max(first.getFontSizeInPt(), t.getFontSizeInPt());
        if (Math.abs(t.getYDirAdj() - first.getYDirAdj()) > 0.5f * Math.max(size, 1)) {
          addLine(lines, page, width, line);
          line = new ArrayList<>();
        }
      }
      line.add(t);
    }
    addLine(lines, page, width, line);
    return List.copyOf(lines);
  }

  private static void addLine(
      List<PdfLine> lines, int page, float width, List<TextPosition> glyphs) {
    StringBuilder text = new StringBuilder();
    float left = Float.MAX_VALUE;
    float right = -Float.MAX_VALUE;
    float baseline = 0;
    float[] sizes = new float[glyphs.size()];
    float end = Float.NaN;
    for (int i = 0; i < glyphs.size(); i++) {
      TextPosition t = glyphs.get(i);
      String u = spelled(t.getUnicode());
      float space = t.getWidthOfSpace() > 0 ? t.getWidthOfSpace() : 0.25f * t.getFontSizeInPt();
      boolean blank = u.isBlank();
      if (!blank && !Float.isNaN(end) && t.getXDirAdj() - end > 0.5f * space) {
        text.append(' ');
      }
      text.append(blank ? " " : u);
      left = Math.min(left, t.getXDirAdj());
      right = Math.max(right, t.getXDirAdj() + t.getWidthDirAdj());
      baseline = Math.max(baseline, t.getYDirAdj());
      sizes[i] = t.getFontSizeInPt();
      end = t.getXDirAdj() + t.getWidthDirAdj();
    }
    String s = text.toString().replaceAll("\\s+", " ").strip();
    if (s.isEmpty()) {
      return;
    }
    java.util.Arrays.sort(sizes);
    float firstWord = PdfLineCollector.firstWordWidth(glyphs);
    lines.add(
        new PdfLine(page, width, s, left, right, baseline, sizes[sizes.length / 2], firstWord));
  }

  /** A glyph's text with ligatures ("ﬁ") spelled out, as PDFBox's text stripper does. */
  private static String spelled(String unicode) {
    if (unicode == null) {
      return "";
    }
    for (int i = 0; i < unicode.length(); i++) {
      char c = unicode.charAt(i);
      if (c >= '\uFB00' && c <= '\uFB4F') {
        return Normalizer.normalize(unicode, Normalizer.Form.NFKC);
      }
    }
    return unicode;
  }
}
