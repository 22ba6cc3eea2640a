package org.refrain.reports.render;

import org.refrain.analysis.reuse.ReuseFamily;
import org.refrain.analysis.reuse.VariantView;

/**
 * A family's versions in Markdown: one list item per copy in date order, the first as written and
 * each later one as a word diff from the one before (~~deleted~~ **inserted**).
 */
public final class VariantRenderer {

  private VariantRenderer() {}

  /**
   * The view as an HTML fragment, every text escaped: a heading and one list item per copy, each
   * later copy as {@code <del>}/{@code <ins>} from the one before.
   *
   * @param label the short label of a letter
   */
  public static String html(VariantView view, java.util.function.Function<String, String> label) {
    ReuseFamily family = view.family();
    StringBuilder out = new StringBuilder();
    out.append("<div class=\"family\" id=\"family-")
        .append(escape(family.id()))
        .append("\"><h4>")
        .append(escape(family.id()))
        .append(" <span class=\"muted\">(")
        .append(escape(family.label().label()))
        .append(", ")
        .append(family.letters().size())
        .append(" letters)</span></h4>\n<ol class=\"variants\">\n");
    for (VariantView.Variant variant : view.variants()) {
      var letter = variant.passage().letter();
      out.append("<li><span class=\"who\" title=\"")
          .append(escape(letter.id()))
          .append("\">")
          .append(escape(label.apply(letter.id())))
          .append("</span> ");
      if (variant.changes().isEmpty()) {
        out.append(DiffRenderer.HTML.text(variant.passage().text()));
      } else if (variant.unchanged()) {
        out.append("<em>same words</em>");
      } else {
        out.append(DiffRenderer.HTML.render(variant.changes()));
      }
      out.append("</li>\n");
    }
    return out.append("</ol></div>\n").toString();
  }

  private static String escape(String text) {
    return org.apache.commons.text.StringEscapeUtils.escapeHtml4(text);
  }

  public static String markdown(VariantView view) {
    ReuseFamily family = view.family();
    StringBuilder out = new StringBuilder();
    String title =
        family.id() + " (" + family.label().label() + ", " + family.letters().size() + " letters)";
    out.append(MarkdownReport.heading(3, title)).append("\n\n");
    if (!family.tiedSources().isEmpty()) {
      out.append("Earliest copies share a date; the source cannot be told by date.\n\n");
    }
    for (VariantView.Variant variant : view.variants()) {
      var letter = variant.passage().letter();
      out.append("- ")
          .append(MarkdownRenderer.escape(letter.id()))
          .append(" (")
          .append(letter.date() == null ? "undated" : letter.date().iso())
          .append(", ")
          .append(variant.passage().span())
          .append("): ");
      if (variant.changes().isEmpty()) {
        out.append(DiffRenderer.MARKDOWN.text(variant.passage().text()));
      } else if (variant.unchanged()) {
        out.append("*same words*");
      } else {
        out.append(DiffRenderer.MARKDOWN.render(variant.changes()));
      }
      out.append('\n');
    }
    return out.toString();
  }
}
