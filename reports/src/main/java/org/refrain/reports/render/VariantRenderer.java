package org.refrain.reports.render;

import org.refrain.analysis.reuse.ReuseFamily;
import org.refrain.analysis.reuse.VariantView;

/**
 * A family's versions in Markdown: one list item per copy in date order, the first as written and
 * each later one as a word diff from the one before (~~deleted~~ **inserted**).
 */
public final class VariantRenderer {

  private VariantRenderer() {}

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
