package org.refrain.reports.render;

import java.util.List;
import java.util.Locale;
import org.refrain.corpus.Corpus;
import org.refrain.corpus.Diagnostic;
import org.refrain.corpus.DiagnosticGrouper;
import org.refrain.reports.table.ClaimsTable;
import org.refrain.reports.table.LettersTable;
import tech.tablesaw.api.Table;

/**
 * Renders the Markdown report of a corpus: a title, what was read, the letters overview, the claims
 * check, the analysis sections and, when there are any, the diagnostics. Every heading and table
 * cell is escaped with {@link MarkdownRenderer#escape}: section titles are built from letter text
 * and from the terms a user asked for ({@code Collocates of "<svg onload=...>"}), and must neither
 * inject HTML nor break the heading onto several lines.
 */
public final class MarkdownReport {

  public static final String TITLE = "Refrain report";

  /**
   * The most rows a section's table shows: the Markdown stays readable at any corpus size, and the
   * CSV each section names holds every row.
   */
  public static final int MAX_ROWS = 200;

  private MarkdownReport() {}

  public static String render(Corpus corpus) {
    return render(corpus, List.of());
  }

  /** The report with {@code sections} after the claims check and before the diagnostics. */
  public static String render(Corpus corpus, List<ReportSection> sections) {
    StringBuilder out = new StringBuilder();
    out.append(heading(1, TITLE)).append("\n\n");
    out.append(summary(corpus)).append("\n\n");
    out.append(heading(2, "Letters")).append("\n\n");
    out.append(MarkdownRenderer.table(LettersTable.of(corpus.letters())));
    out.append('\n').append(heading(2, "Claims check")).append("\n\n");
    out.append(
        "Counts each letter states for its signatories (claimed) against the counts of its"
            + " signatory list (listed).\n\n");
    out.append(MarkdownRenderer.table(ClaimsTable.of(corpus.letters())));
    for (ReportSection section : sections) {
      out.append('\n').append(heading(2, section.title())).append("\n\n");
      out.append(section.text()).append("\n");
      if (section.table() != null) {
        out.append('\n').append(bounded(section.table()));
      }
    }
    List<Diagnostic> diagnostics = corpus.diagnostics();
    if (!diagnostics.isEmpty()) {
      out.append('\n').append(heading(2, "Diagnostics")).append("\n\n");
      // Grouped by kind as on the command line: 18,000 repeated letters are one line, not 18,000.
      for (String line : new DiagnosticGrouper().lines(diagnostics)) {
        out.append("- ").append(MarkdownRenderer.escape(line)).append('\n');
      }
    }
    return out.toString();
  }

  /** An ATX heading of {@code level} whose text is {@code title}, escaped, on one line. */
  static String heading(int level, String title) {
    String text = MarkdownRenderer.escape(title);
    int run = text.length();
    while (run > 0 && text.charAt(run - 1) == '#') {
      run--;
    }
    if (run < text.length() && run > 0 && text.charAt(run - 1) == ' ') {
      // A final " #" would read as the heading's optional closing sequence, and disappear.
      text = text.substring(0, text.length() - 1) + "\\#";
    }
    return "#".repeat(level) + " " + text;
  }

  /** The table, cut to its first {@link #MAX_ROWS} rows with a line saying so. */
  static String bounded(Table table) {
    if (table.rowCount() <= MAX_ROWS) {
      return MarkdownRenderer.table(table);
    }
    return MarkdownRenderer.table(table.first(MAX_ROWS))
        + String.format(
            Locale.ROOT,
            "%n*The first %,d of %,d rows; the CSV named above has them all.*%n",
            MAX_ROWS,
            table.rowCount());
  }

  /** "Read 6 letters from 5 documents." */
  static String summary(Corpus corpus) {
    return "Read "
        + plural(corpus.letters().size(), "letter")
        + " from "
        + plural(corpus.sourcesRead(), "document")
        + ".";
  }

  private static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
