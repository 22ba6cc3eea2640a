package org.refrain.corpus.source;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders Markdown to HTML with commonmark, so a {@code .md} letter loses its syntax ("# ", "**",
 * "* ") the way an HTML page loses its tags. A line break inside a paragraph is kept as a line
 * break: in copied letters one line is one signatory, not a wrapped sentence.
 */
final class MarkdownRenderer {

  private final Parser parser = Parser.builder().build();
  private final HtmlRenderer renderer = HtmlRenderer.builder().softbreak("<br />\n").build();

  String toHtml(String markdown) {
    return renderer.render(parser.parse(markdown));
  }
}
