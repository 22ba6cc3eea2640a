package org.refrain.reports.render;

import java.util.Locale;
import org.apache.commons.text.StringEscapeUtils;
import org.refrain.analysis.reuse.LetterComparison;
import org.refrain.analysis.reuse.ParagraphMatch;
import org.refrain.analysis.reuse.ReuseText;

/**
 * Writes a two-letter comparison for a terminal (plain, or coloured with ANSI), as Markdown or as a
 * standalone HTML page: the two letters, the share of each found in the other, then one entry per
 * paragraph row with its inline word diff. Paragraphs are numbered from 1.
 */
public final class ComparisonRenderer {

  private ComparisonRenderer() {}

  /** For a terminal: git-style word diff, with colours when {@code ansi}. */
  public static String text(LetterComparison comparison, boolean ansi) {
    DiffRenderer diff = ansi ? DiffRenderer.ANSI : DiffRenderer.PLAIN;
    StringBuilder out = new StringBuilder();
    out.append("A: ").append(describe(comparison.a())).append('\n');
    out.append("B: ").append(describe(comparison.b())).append('\n');
    out.append(shares(comparison)).append("\n\n");
    for (ParagraphMatch row : comparison.rows()) {
      out.append(heading(row)).append('\n');
      out.append("    ").append(diff.render(row.diff())).append("\n\n");
    }
    return out.toString();
  }

  public static String markdown(LetterComparison comparison) {
    StringBuilder out = new StringBuilder();
    out.append("# Comparison\n\n");
    out.append("- A: ").append(MarkdownRenderer.escape(describe(comparison.a()))).append('\n');
    out.append("- B: ").append(MarkdownRenderer.escape(describe(comparison.b()))).append('\n');
    out.append("- ").append(shares(comparison).replace("\n", "\n- ")).append("\n\n");
    out.append("Deleted words are ~~struck~~, inserted words **bold**.\n\n");
    for (ParagraphMatch row : comparison.rows()) {
      out.append("**").append(heading(row)).append("**\n\n");
      out.append(DiffRenderer.MARKDOWN.render(row.diff())).append("\n\n");
    }
    return out.toString();
  }

  public static String html(LetterComparison comparison) {
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.append("<title>Comparison</title>\n<style>\n");
    out.append("body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.5}\n");
    out.append("del{background:#fdd;color:#900}\nins{background:#dfd;color:#060;");
    out.append("text-decoration:none}\n.row{margin:1em 0}\n.kind{color:#555;font-size:90%}\n");
    out.append("</style>\n</head>\n<body>\n<h1>Comparison</h1>\n<ul>\n");
    out.append("<li>A: ").append(escape(describe(comparison.a()))).append("</li>\n");
    out.append("<li>B: ").append(escape(describe(comparison.b()))).append("</li>\n");
    for (String line : shares(comparison).split("\n")) {
      out.append("<li>").append(escape(line)).append("</li>\n");
    }
    out.append("</ul>\n");
    for (ParagraphMatch row : comparison.rows()) {
      out.append("<div class=\"row ").append(row.kind().label()).append("\">");
      out.append("<div class=\"kind\">").append(escape(heading(row))).append("</div>");
      out.append("<p>").append(DiffRenderer.HTML.render(row.diff())).append("</p></div>\n");
    }
    out.append("</body>\n</html>\n");
    return out.toString();
  }

  /** "changed: A ¶2 -> B ¶2, similarity 0.55" */
  static String heading(ParagraphMatch row) {
    String a = row.a() < 0 ? "" : "A ¶" + (row.a() + 1);
    String b = row.b() < 0 ? "" : "B ¶" + (row.b() + 1);
    String where = a.isEmpty() ? b : b.isEmpty() ? a : a + " -> " + b;
    String similarity =
        row.a() >= 0 && row.b() >= 0
            ? String.format(Locale.ROOT, ", similarity %.2f", row.similarity())
            : "";
    return row.kind().label() + ": " + where + similarity;
  }

  /** The shares, measured on the words as aligned (the count of words is the letter's own). */
  static String shares(LetterComparison c) {
    return String.format(Locale.ROOT, "A's words found in B: %.1f%%", 100 * c.shareA())
        + "\n"
        + String.format(Locale.ROOT, "B's words found in A: %.1f%%", 100 * c.shareB());
  }

  private static String describe(ReuseText text) {
    var letter = text.letter();
    String date = letter.date() == null ? "undated" : letter.date().iso();
    return letter.id() + " (" + date + ", " + letter.words() + " words)";
  }

  private static String escape(String text) {
    return StringEscapeUtils.escapeHtml4(text);
  }
}
