package org.refrain.reports.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A section's Markdown text as HTML: raw HTML in it is escaped, not passed through (the text can
 * hold words from letters); links and images become their text unless they point inside the report
 * or to a CSV beside it (the page makes no request); and a CSV file named in a code span links to
 * the file.
 */
final class SectionText {

  private static final Parser PARSER = Parser.builder().build();
  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
  private static final Pattern CSV = Pattern.compile("<code>([a-z0-9-]+\\.csv)</code>");
  private static final Pattern LOCAL = Pattern.compile("#[A-Za-z0-9_-]+|[a-z0-9-]+\\.csv");

  private SectionText() {}

  static String html(String markdown) {
    Node document = PARSER.parse(markdown);
    document.accept(new LocalLinksOnly());
    String html = RENDERER.render(document);
    Matcher m = CSV.matcher(html);
    return m.replaceAll("<a href=\"$1\"><code>$1</code></a>").strip();
  }

  /** Replaces every image, and every link that leaves the report, by its text. */
  private static final class LocalLinksOnly extends AbstractVisitor {

    @Override
    public void visit(Image image) {
      unwrap(image);
    }

    @Override
    public void visit(Link link) {
      if (LOCAL.matcher(link.getDestination()).matches()) {
        visitChildren(link);
      } else {
        unwrap(link);
      }
    }

    private void unwrap(Node node) {
      Node child = node.getFirstChild();
      while (child != null) {
        Node next = child.getNext();
        node.insertBefore(child);
        child = next;
      }
      node.unlink();
    }
  }
}
