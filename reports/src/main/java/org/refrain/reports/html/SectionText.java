package org.refrain.reports.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A section's Markdown text as HTML: raw HTML in it is escaped, not passed through (the text can
 * hold words from letters), and a CSV file named in code spans links to the file beside the report.
 */
final class SectionText {

  private static final Parser PARSER = Parser.builder().build();
  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
  private static final Pattern CSV = Pattern.compile("<code>([a-z0-9-]+\\.csv)</code>");

  private SectionText() {}

  static String html(String markdown) {
    String html = RENDERER.render(PARSER.parse(markdown));
    Matcher m = CSV.matcher(html);
    return m.replaceAll("<a href=\"$1\"><code>$1</code></a>").strip();
  }
}
