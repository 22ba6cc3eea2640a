package org.refrain.reports.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class MarkdownRendererTest {

  @Test
  void rendersHeaderAlignmentAndRows() {
    IntColumn orgs = IntColumn.create("orgs");
    orgs.append(28);
    orgs.append((Integer) null);
    Table table = Table.create("t", StringColumn.create("id", "2020-02-21_hrc43#1", "b#1"), orgs);
    String expected =
        """
        | id | orgs |
        | --- | ---: |
        | 2020-02-21_hrc43#1 | 28 |
        | b#1 | |
        """;
    assertEquals(expected, MarkdownRenderer.table(table));
  }

  @Test
  void escapesPipesSoCellsStayInTheirColumns() {
    Table table = Table.create("t", StringColumn.create("a|b", "x | y"));
    assertEquals("| a\\|b |\n| --- |\n| x \\| y |\n", MarkdownRenderer.table(table));
  }

  @Test
  void escapesMarkupButNotIntrawordUnderscores() {
    assertEquals("snake_case", MarkdownRenderer.escape("snake_case"));
    assertEquals("\\_lead and trail\\_", MarkdownRenderer.escape("_lead and trail_"));
    assertEquals(
        "\\*bold\\* \\`code\\` \\[link\\] &lt;b>",
        MarkdownRenderer.escape("*bold* `code` [link] <b>"));
    assertEquals("back\\\\slash", MarkdownRenderer.escape("back\\slash"));
  }

  @Test
  void escapesBlockMarkersOnlyAtTheStart() {
    assertEquals("\\# not a heading", MarkdownRenderer.escape("# not a heading"));
    assertEquals("\\- not an item", MarkdownRenderer.escape("- not an item"));
    assertEquals("a#1 - b > c", MarkdownRenderer.escape("a#1 - b > c"));
  }

  @Test
  void flattensLineBreaks() {
    assertEquals("one two", MarkdownRenderer.escape("one\r\n  two\n"));
  }

  @Test
  void numbersDoNotDependOnTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("ar-EG"));
      Table table = Table.create("t", IntColumn.create("n", new int[] {1234567}));
      assertTrue(MarkdownRenderer.table(table).contains("1234567"), MarkdownRenderer.table(table));
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void escapingFlattensLineBreaksAsTheRegexDid() {
    for (String s :
        java.util.List.of(
            "one line",
            "two\nlines",
            "a \r\n b",
            "para\u2028sep",
            "x\u0085y",
            "  strip me  ",
            "tab\tkept",
            "vt\u000Bff")) {
      String flat = s.strip().replaceAll("\\s*\\R\\s*", " ");
      assertEquals(MarkdownRenderer.escape(flat), MarkdownRenderer.escape(s), s);
      assertEquals(-1, MarkdownRenderer.escape(s).indexOf('\n'), s);
    }
  }

  @Test
  void htmlInALetterBecomesText() {
    assertEquals("&lt;svg onload=alert(1)>", MarkdownRenderer.escape("<svg onload=alert(1)>"));
    assertEquals("&lt;!-- hidden -->", MarkdownRenderer.escape("<!-- hidden -->"));
    assertEquals("&lt;https://x.example>", MarkdownRenderer.escape("<https://x.example>"));
  }

  @Test
  void ampersandsAreEscapedOnlyWhereTheyWouldStartACharacterReference() {
    assertEquals(
        "AT&T, Justice & Accountability",
        MarkdownRenderer.escape("AT&T, Justice & Accountability"));
    assertEquals("&amp;lt;b&amp;gt;", MarkdownRenderer.escape("&lt;b&gt;"));
    assertEquals("&amp;#60;x &amp;#x3C;y", MarkdownRenderer.escape("&#60;x &#x3C;y"));
    assertEquals("a &; b &#; c", MarkdownRenderer.escape("a &; b &#; c"));
  }

  @Test
  void escapedTextRendersAsTheTextItself() {
    Parser parser = Parser.builder().build();
    HtmlRenderer html = HtmlRenderer.builder().build();
    for (String text :
        java.util.List.of(
            "<svg onload=alert(1)>",
            "<img src=x onerror=alert(1)> & more",
            "&lt;script&gt;",
            "<!-- c -->",
            "# heading? - item? > quote?",
            "<a href=\"javascript:alert(1)\">x</a>")) {
      String rendered = html.render(parser.parse(MarkdownRenderer.escape(text)));
      String expected =
          "<p>"
              + text.replace("&", "&amp;")
                  .replace("<", "&lt;")
                  .replace(">", "&gt;")
                  .replace("\"", "&quot;")
              + "</p>\n";
      assertEquals(expected, rendered, text);
    }
  }

  @Test
  void tableCellsAndColumnNamesAreEscaped() {
    Table table =
        Table.create("t", StringColumn.create("<b>signatory</b>", "<img src=x onerror=alert(1)>"));
    String markdown = MarkdownRenderer.table(table);
    assertFalse(markdown.contains("<"), markdown);
    assertEquals(
        "| &lt;b>signatory&lt;/b> |\n| --- |\n| &lt;img src=x onerror=alert(1)> |\n", markdown);
  }
}
