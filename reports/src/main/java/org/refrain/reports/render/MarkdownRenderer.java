package org.refrain.reports.render;

import java.util.regex.Pattern;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;

/**
 * Renders tables and inline text as GitHub-flavoured Markdown. Text is escaped so that a pipe,
 * backslash or markup character in a letter never breaks the table or turns into formatting, that
 * no HTML in a letter reaches a page rendered from the Markdown, and that a line break inside a
 * cell or heading becomes a space.
 */
public final class MarkdownRenderer {

  /** A line break with the white space around it: compiled once, escaping runs for every cell. */
  private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\R\\s*");

  /**
   * What Markdown reads as a character reference ({@code &amp;}, {@code &#60;}, {@code &#x3C;}).
   */
  private static final Pattern CHARACTER_REFERENCE =
      Pattern.compile("&(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#[xX][0-9A-Fa-f]+);");

  private MarkdownRenderer() {}

  /** The table with a header row; numeric columns are right-aligned. */
  public static String table(Table table) {
    StringBuilder out = new StringBuilder();
    out.append('|');
    for (String name : table.columnNames()) {
      out.append(' ').append(escape(name)).append(" |");
    }
    out.append("\n|");
    for (int col = 0; col < table.columnCount(); col++) {
      out.append(table.column(col) instanceof NumericColumn ? " ---: |" : " --- |");
    }
    out.append('\n');
    for (int row = 0; row < table.rowCount(); row++) {
      out.append('|');
      for (int col = 0; col < table.columnCount(); col++) {
        // Unformatted: Tablesaw's formatted numbers follow the default locale (١٢٣ in ar-EG).
        String cell = escape(table.column(col).getUnformattedString(row));
        out.append(cell.isEmpty() ? " |" : " " + cell + " |");
      }
      out.append('\n');
    }
    return out.toString();
  }

  /**
   * Escapes text for use inline, in a heading, a list item or a table cell. An underscore between
   * two letters or digits is left alone (Markdown never reads it as emphasis, and ids like {@code
   * 2020_hrc43} stay legible), and block markers ({@code # > - +}) only matter at the start.
   *
   * <p>{@code <} becomes {@code &lt;}, so no tag, comment or autolink can start: a term such as
   * {@code <svg onload=...>} shows as text in any renderer (a backslash before it is not enough for
   * the original Markdown.pl). An {@code &} becomes {@code &amp;} only where it would start a
   * character reference, so a letter's {@code &lt;} shows as written while {@code AT&T} and {@code
   * Justice & Accountability} stay legible. A lone {@code >} opens nothing once {@code <} cannot,
   * and is left as written.
   */
  public static String escape(String text) {
    String stripped = text.strip();
    String flat = hasLineBreak(stripped) ? LINE_BREAK.matcher(stripped).replaceAll(" ") : stripped;
    StringBuilder out = new StringBuilder(flat.length() + 8);
    for (int i = 0; i < flat.length(); i++) {
      char c = flat.charAt(i);
      switch (c) {
        case '\\', '|', '`', '*', '[', ']' -> out.append('\\').append(c);
        case '<' -> out.append("&lt;");
        case '&' -> out.append(startsReference(flat, i) ? "&amp;" : "&");
        case '#', '>', '-', '+' -> {
          if (i == 0) {
            out.append('\\');
          }
          out.append(c);
        }
        case '_' -> {
          if (!intraword(flat, i)) {
            out.append('\\');
          }
          out.append(c);
        }
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean startsReference(String text, int i) {
    return CHARACTER_REFERENCE.matcher(text).region(i, text.length()).lookingAt();
  }

  /** True when {@code text} has a line break as the regex's {@code \R} reads one. */
  private static boolean hasLineBreak(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\n' && c <= '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return true;
      }
    }
    return false;
  }

  private static boolean intraword(String text, int i) {
    return i > 0
        && i + 1 < text.length()
        && Character.isLetterOrDigit(text.charAt(i - 1))
        && Character.isLetterOrDigit(text.charAt(i + 1));
  }
}
