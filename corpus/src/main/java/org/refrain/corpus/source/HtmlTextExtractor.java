package org.refrain.corpus.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
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

  private static final Pattern LINE_BREAK = Pattern.compile("\\r?\\n");
  private static final Pattern HTML_SPACE = Pattern.compile("[ \\t\\r\\n\\f]+");

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
          "ul",
          "ol",
          "dl",
          "blockquote",
          "pre",
          "table",
          "figure",
          "figcaption",
          "address",
          "hr",
          "form",
          "fieldset",
          "body");

  private static final java.util.regex.Pattern ITEM_MARKER =
      java.util.regex.Pattern.compile("\\s*(\\d+\\.|-)\\s*");

  /** Elements that are one line each: rows, list items, definition terms. */
  private static final Set<String> LINES = Set.of("tr", "li", "dt", "dd");

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
        if (inPre(t)) {
          appendPreformatted(t.getWholeText());
        } else {
          append(t.getWholeText());
        }
      } else if (node instanceof Element e) {
        String tag = e.normalName();
        if (tag.equals("br")) {
          breakLine();
        } else if (tag.equals("tr") || tag.equals("dt") || tag.equals("dd")) {
          breakLine();
        } else if (tag.equals("td") || tag.equals("th")) {
          if (e.elementSiblingIndex() > 0) {
            append(" | ");
          }
        } else if (tag.equals("li") && e.parent() != null) {
          breakLine();
          append(itemMarker(e));
        } else if (BLOCKS.contains(tag)) {
          endBlock();
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e) {
        if (LINES.contains(e.normalName())) {
          breakLine();
        } else if (BLOCKS.contains(e.normalName())) {
          endBlock();
        }
      }
    }

    /** "3. " for the third item of a numbered list (or as its start says), "- " for a bullet. */
    private static String itemMarker(Element li) {
      Element list = li.parent();
      if (!list.normalName().equals("ol")) {
        return "- ";
      }
      int start = 1;
      try {
        start = list.hasAttr("start") ? Integer.parseInt(list.attr("start").strip()) : 1;
      } catch (NumberFormatException e) {
        // a malformed start attribute: number from 1, as browsers do
      }
      return (start + li.elementSiblingIndex()) + ". ";
    }

    private static boolean inPre(TextNode t) {
      for (Node n = t.parent(); n != null; n = n.parent()) {
        if (n instanceof Element e && e.normalName().equals("pre")) {
          return true;
        }
      }
      return false;
    }

    /** Preformatted text keeps its line breaks: a signatory list pasted as a code block. */
    private void appendPreformatted(String text) {
      String[] parts = LINE_BREAK.split(text, -1);
      for (int i = 0; i < parts.length; i++) {
        if (i > 0) {
          breakLine();
        }
        line.append(parts[i].strip());
      }
    }

    private void append(String text) {
      String collapsed = HTML_SPACE.matcher(text).replaceAll(" ");
      if (line.length() == 0 || line.charAt(line.length() - 1) == ' ') {
        collapsed = collapsed.stripLeading();
      }
      line.append(collapsed);
    }

    /** Ends the current line; at the end of a block, also leaves a blank line after it. */
    private void breakLine() {
      String s = line.toString().strip();
      if (!s.isEmpty()) {
        lines.add(s);
      }
      line.setLength(0);
    }

    private void endBlock() {
      // A paragraph inside a list item ("loose" Markdown lists) must not part a marker from its
      // text.
      if (ITEM_MARKER.matcher(line).matches()) {
        return;
      }
      breakLine();
      if (!lines.isEmpty() && !lines.get(lines.size() - 1).isEmpty()) {
        lines.add("");
      }
    }

    String text() {
      endBlock();
      return String.join("\n", lines);
    }
  }
}
