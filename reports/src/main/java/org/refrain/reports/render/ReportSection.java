package org.refrain.reports.render;

import java.util.Objects;
import org.refrain.reports.report.Chapter;
import org.refrain.reports.report.LetterKey;
import tech.tablesaw.api.Table;

/**
 * One section of the Markdown report: a heading, a paragraph saying what the table shows and where
 * its full CSV is, and the table (possibly cut to its first rows; the CSV has them all).
 *
 * @param title the section heading
 * @param text what the table shows, in Markdown
 * @param table the rows shown, or null for a section of text only
 * @param chapter the HTML report's chapter it belongs in, or null for its part's chapter
 * @param html the section's body for the HTML report, already escaped, in place of {@code text} and
 *     {@code table}; null to render those
 * @param key the letters its table names L1..Ln, or null when it names none so
 */
public record ReportSection(
    String title, String text, Table table, Chapter chapter, String html, LetterKey key) {

  public ReportSection {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
  }

  /** A section in its part's chapter. */
  public ReportSection(String title, String text, Table table) {
    this(title, text, table, null, null, null);
  }

  /** A section in {@code chapter}. */
  public ReportSection(String title, String text, Table table, Chapter chapter) {
    this(title, text, table, chapter, null, null);
  }

  /** This section with the key of the letters its table names L1..Ln. */
  public ReportSection withKey(LetterKey key) {
    return new ReportSection(title, text, table, chapter, html, key);
  }

  /** This section with its HTML body. */
  public ReportSection withHtml(String html) {
    return new ReportSection(title, text, table, chapter, html, key);
  }

  /** This section in {@code chapter}, unless it names one of its own. */
  public ReportSection in(Chapter chapter) {
    return this.chapter != null ? this : new ReportSection(title, text, table, chapter, html, key);
  }
}
