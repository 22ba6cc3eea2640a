package org.refrain.corpus.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds whether a page is set in two columns of text, and splits its glyphs so that the left column
 * is read before the right. A page has two columns when an x range in its middle third (the gutter,
 * at least {@link #MIN_GUTTER} points wide) is crossed by none of the lines beside it, text stands
 * on both sides at the same heights, and most lines on each side run to the gutter or the right
 * edge as the lines of justified or wrapped prose do. A table of names and countries has a gap
 * between its columns too, but its cells are ragged, so it stays one column and its rows are read
 * across. Lines that cross the gutter (a title, a running header) are read before the columns when
 * above them, after them otherwise.
 */
final class PdfColumns {

  /** The narrowest gutter, in points. */
  static final float MIN_GUTTER = 12;

  /** The widest page looked at, in points (200 inches, the most PDF allows). */
  private static final float MAX_WIDTH = 14_400;

  /** The share of a column's lines that must reach its right edge, as prose lines do. */
  private static final double FULL_SHARE = 0.5;

  private PdfColumns() {}

  /** A row of glyphs on one baseline, with its horizontal extent. */
  private record Row(float y, List<GlyphBox> glyphs) {}

  /** A glyph's horizontal extent and baseline. */
  record GlyphBox(float left, float right, float y) {}

  /**
   * Glyphs read together.
   *
   * @param column 1 for the left column, 2 for the right, 0 for lines across the page
   * @param glyphs indexes into the page's glyphs
   */
  record Group(int column, List<Integer> glyphs) {}

  /**
   * The page's glyphs as groups in reading order: one group of all when the page has one column,
   * otherwise lines across above, left column, right column, lines across below (empty groups left
   * out).
   */
  static List<Group> split(List<GlyphBox> boxes, float pageWidth) {
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < boxes.size(); i++) {
      all.add(i);
    }
    if (boxes.size() < 40 || !(pageWidth > 0 && pageWidth <= MAX_WIDTH)) {
      return List.of(new Group(0, all));
    }
    Map<Integer, List<Integer>> rows = rows(boxes);
    float[] gutter = gutter(boxes, rows, pageWidth);
    if (gutter == null) {
      return List.of(new Group(0, all));
    }
    return grouped(boxes, rows, gutter);
  }

  /** Glyph indexes by baseline, rounded to half the usual font size. */
  private static Map<Integer, List<Integer>> rows(List<GlyphBox> boxes) {
    Map<Integer, List<Integer>> rows = new HashMap<>();
    for (int i = 0; i < boxes.size(); i++) {
      rows.computeIfAbsent(Math.round(boxes.get(i).y() / 3), k -> new ArrayList<>()).add(i);
    }
    return rows;
  }

  /** The widest x range in the middle third that most rows leave empty, or null. */
  private static float[] gutter(
      List<GlyphBox> boxes, Map<Integer, List<Integer>> rows, float pageWidth) {
    int bins = (int) Math.ceil(pageWidth);
    int[] crossing = new int[bins + 1];
    for (List<Integer> row : rows.values()) {
      boolean[] hit = new boolean[bins + 1];
      float left = Float.MAX_VALUE;
      float right = -Float.MAX_VALUE;
      for (int i : row) {
        left = Math.min(left, boxes.get(i).left());
        right = Math.max(right, boxes.get(i).right());
      }
      // a row crosses every x between words too: a gap inside a line is not a gutter unless wide
      List<Integer> sorted = new ArrayList<>(row);
      sorted.sort((a, b) -> Float.compare(boxes.get(a).left(), boxes.get(b).left()));
      float end = -Float.MAX_VALUE;
      for (int i : sorted) {
        GlyphBox g = boxes.get(i);
        float from = g.left() - end < MIN_GUTTER ? end : g.left();
        for (int x = clamp(from, bins); x <= clamp(g.right(), bins); x++) {
          hit[x] = true;
        }
        end = Math.max(end, g.right());
      }
      for (int x = 0; x <= bins; x++) {
        crossing[x] += hit[x] ? 1 : 0;
      }
    }
    int allowed = rows.size() / 10; // "most rows": a title or header may cross it
    float[] best = null;
    int start = -1;
    for (int x = (int) (pageWidth / 3); x <= (int) (2 * pageWidth / 3) + 1; x++) {
      boolean empty = x <= bins && crossing[x] <= allowed;
      if (empty && start < 0) {
        start = x;
      } else if (!empty && start >= 0) {
        if (x - start >= MIN_GUTTER && (best == null || x - start > best[1] - best[0])) {
          best = new float[] {start, x};
        }
        start = -1;
      }
    }
    return best != null && prose(boxes, rows, best) ? best : null;
  }

  private static int clamp(float x, int bins) {
    return Math.max(0, Math.min(bins, Math.round(x)));
  }

  /** Whether the text on both sides of {@code gutter} is side by side and reads as prose. */
  private static boolean prose(
      List<GlyphBox> boxes, Map<Integer, List<Integer>> rows, float[] gutter) {
    List<Float> leftEnds = new ArrayList<>();
    List<Float> rightEnds = new ArrayList<>();
    int both = 0;
    for (List<Integer> row : rows.values()) {
      float leftEnd = -1;
      float rightEnd = -1;
      for (int i : row) {
        GlyphBox g = boxes.get(i);
        if (g.right() <= gutter[0] + 1) {
          leftEnd = Math.max(leftEnd, g.right());
        } else if (g.left() >= gutter[1] - 1) {
          rightEnd = Math.max(rightEnd, g.right());
        }
      }
      if (leftEnd >= 0) {
        leftEnds.add(leftEnd);
      }
      if (rightEnd >= 0) {
        rightEnds.add(rightEnd);
      }
      both += leftEnd >= 0 && rightEnd >= 0 ? 1 : 0;
    }
    return both >= 3
        && both * 2 >= Math.min(leftEnds.size(), rightEnds.size())
        && full(leftEnds)
        && full(rightEnds);
  }

  /** Whether most of {@code ends} lie near the furthest, as the ends of wrapped lines do. */
  private static boolean full(List<Float> ends) {
    float max = ends.stream().max(Float::compare).orElse(0f);
    float min = ends.stream().min(Float::compare).orElse(0f);
    long near = ends.stream().filter(e -> max - e <= Math.max(6, 0.05f * max)).count();
    return max > min && near >= FULL_SHARE * ends.size() && ends.size() >= 3;
  }

  private static List<Group> grouped(
      List<GlyphBox> boxes, Map<Integer, List<Integer>> rows, float[] gutter) {
    List<Integer> above = new ArrayList<>();
    List<Integer> left = new ArrayList<>();
    List<Integer> right = new ArrayList<>();
    List<Integer> below = new ArrayList<>();
    float firstColumnRow = Float.MAX_VALUE;
    List<List<Integer>> across = new ArrayList<>();
    for (List<Integer> row : rows.values()) {
      boolean crosses =
          row.stream()
              .map(boxes::get)
              .anyMatch(g -> g.right() > gutter[0] + 1 && g.left() < gutter[1] - 1);
      if (crosses) {
        across.add(row);
        continue;
      }
      for (int i : row) {
        GlyphBox g = boxes.get(i);
        (g.right() <= gutter[0] + 1 ? left : right).add(i);
        firstColumnRow = Math.min(firstColumnRow, g.y());
      }
    }
    for (List<Integer> row : across) {
      (boxes.get(row.get(0)).y() < firstColumnRow ? above : below).addAll(row);
    }
    return List.of(
            new Group(0, above), new Group(1, left), new Group(2, right), new Group(0, below))
        .stream()
        .filter(g -> !g.glyphs().isEmpty())
        .toList();
  }
}
