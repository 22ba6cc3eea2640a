package org.refrain.reports.render;

import java.util.List;
import org.refrain.analysis.language.KwicLine;

/**
 * Renders a concordance as AntConc shows it: one line per match, the letter and its date, the left
 * context right-aligned so every match starts in the same column, the match in brackets, the right
 * context. Contexts longer than {@code width} characters are cut away from the match, marked "…".
 */
public final class KwicRenderer {

  private KwicRenderer() {}

  /** {@code lines} as text, with no control character ({@link TerminalText}). */
  public static String render(List<KwicLine> lines, int width) {
    return TerminalText.visible(renderRaw(lines, width));
  }

  private static String renderRaw(List<KwicLine> lines, int width) {
    if (lines.isEmpty()) {
      return "";
    }
    int idWidth = 0;
    int dateWidth = 0;
    int leftWidth = 0;
    for (KwicLine line : lines) {
      idWidth = Math.max(idWidth, width(line.letter().letter().id()));
      dateWidth = Math.max(dateWidth, width(date(line)));
      leftWidth = Math.max(leftWidth, width(cutLeft(line.left(), width)));
    }
    StringBuilder out = new StringBuilder();
    for (KwicLine line : lines) {
      String left = cutLeft(line.left(), width);
      out.append(pad(line.letter().letter().id(), idWidth)).append("  ");
      out.append(pad(date(line), dateWidth)).append("  ");
      out.append(" ".repeat(leftWidth - width(left))).append(left);
      out.append(" [").append(line.match()).append("] ");
      out.append(cutRight(line.right(), width));
      int end = out.length();
      while (end > 0 && out.charAt(end - 1) == ' ') {
        end--;
      }
      out.setLength(end);
      out.append('\n');
    }
    return out.toString();
  }

  private static String date(KwicLine line) {
    var date = line.letter().letter().date();
    return date == null ? "" : date.iso();
  }

  static String cutLeft(String text, int width) {
    int n = width(text);
    if (n <= width) {
      return text;
    }
    int drop = text.offsetByCodePoints(0, n - width + 1);
    return "…" + text.substring(drop);
  }

  static String cutRight(String text, int width) {
    if (width(text) <= width) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, width - 1)) + "…";
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(width - width(s));
  }

  private static int width(String s) {
    return s.codePointCount(0, s.length());
  }
}
