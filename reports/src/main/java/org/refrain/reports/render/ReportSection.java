package org.refrain.reports.render;

import java.util.Objects;
import org.refrain.reports.report.Chapter;
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
 */
public record ReportSection(String title, String text, Table table, Chapter chapter, String html) {

  public ReportSection {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
  }

  /** A section in its part's chapter. */
  public ReportSection(String title, String text, Table table) {
    this(title, text, table, null, null);
  }

  /** A section in {@code chapter}. */
  public ReportSection(String title, String text, Table table, Chapter chapter) {
    this(title, text, table, chapter, null);
  }

  /** This section with its HTML body. */
  public ReportSection withHtml(String html) {
    return new ReportSection(title, text, table, chapter, html);
  }

  /** This section in {@code chapter}, unless it names one of its own. */
  public ReportSection in(Chapter chapter) {
    return this.chapter != null ? this : new ReportSection(title, text, table, chapter, html);
  }
}
