package org.refrain.corpus.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns an HTML page into plain text that keeps its block structure: each paragraph, heading, list
 * item and table row becomes its own line (table cells joined by {@code " | "}), so the splitter
 * sees the same shapes as in text copied from a browser. Scripts, styles and forms are dropped.
 */
public final class HtmlTextExtractor {

  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "header",
          "footer",
          "nav",
          "aside",
          "main",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "ul",
          "ol",
          "dl",
          "dt",
          "dd",
          "blockquote",
          "pre",
          "tr",
          "table",
          "figure",
          "figcaption",
          "address",
          "hr",
          "form",
          "fieldset",
          "body");
  private static final Set<String> DROPPED =
      Set.of(
          "script", "style", "noscript", "template", "svg", "form", "button", "select", "iframe");

  /** Extracts the text of {@code html}; never null. */
  public String extract(String html) {
    Document doc = Jsoup.parse(html);
    doc.select(String.join(",", DROPPED)).remove();
    Collector collector = new Collector();
    NodeTraversor.traverse(collector, doc.body());
    return collector.text();
  }

  /** Walks the DOM writing text, breaking lines at block boundaries. */
  private static final class Collector implements NodeVisitor {
    private final List<String> lines = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        append(t.getWholeText());
      } else if (node instanceof Element e) {
        String tag = e.normalName();
        if (tag.equals("br")) {
          breakLine();
        } else if (tag.equals("td") || tag.equals("th")) {
          if (e.elementSiblingIndex() > 0) {
            append(" | ");
          }
        } else if (tag.equals("li") && e.parent() != null && e.parent().normalName().equals("ol")) {
          breakLine();
          append((e.elementSiblingIndex() + 1) + ". ");
        } else if (BLOCKS.contains(tag)) {
          breakLine();
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
        breakLine();
      }
    }

    private void append(String text) {
      String collapsed = text.replaceAll("[ \\t\\r\\n\\f]+", " ");
      if (line.length() == 0) {
        collapsed = collapsed.stripLeading();
      }
      line.append(collapsed);
    }

    private void breakLine() {
      String s = line.toString().strip();
      if (!s.isEmpty()) {
        lines.add(s);
      } else if (!lines.isEmpty() && !lines.get(lines.size() - 1).isEmpty()) {
        // keep one blank line where a block ended without text, as paragraphs in copied text
      }
      line.setLength(0);
    }

    String text() {
      breakLine();
      return String.join("\n\n", lines) + (lines.isEmpty() ? "" : "\n");
    }
  }
}
