package org.refrain.reports.render;

import java.util.Objects;
import tech.tablesaw.api.Table;

/**
 * One section of the Markdown report: a heading, a paragraph saying what the table shows and where
 * its full CSV is, and the table (possibly cut to its first rows; the CSV has them all).
 *
 * @param title the section heading
 * @param text what the table shows, in Markdown
 * @param table the rows shown, or null for a section of text only
 */
public record ReportSection(String title, String text, Table table) {

  public ReportSection {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
  }
}
