package org.refrain.reports.html;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * Everything the report template shows, as plain values: the template decides nothing but layout.
 *
 * @param title the report's title
 * @param provenance what the report was made from, one fact a line
 * @param numbers the corpus in numbers, one fact a line
 * @param findings the summary's sentences, in order
 * @param periods the sentence naming the periods compared over time, or empty
 * @param chapters the chapters after the summary, in order
 * @param style the page's CSS
 * @param scripts the page's scripts (chart libraries, then the page's own), in order
 */
public record HtmlPage(
    String title,
    List<Fact> provenance,
    List<Fact> numbers,
    List<FindingView> findings,
    String periods,
    List<ChapterView> chapters,
    String style,
    List<String> scripts) {

  public HtmlPage {
    Objects.requireNonNull(title, "title");
    provenance = List.copyOf(provenance);
    numbers = List.copyOf(numbers);
    findings = List.copyOf(findings);
    Objects.requireNonNull(periods, "periods");
    chapters = List.copyOf(chapters);
    Objects.requireNonNull(style, "style");
    scripts = List.copyOf(scripts);
  }

  /**
   * The page's Content-Security-Policy, given in a meta element so it holds wherever the file is
   * opened: its own scripts run (each named by its SHA-256) and nothing else, with eval for Vega's
   * expressions; styles and images inline; nothing is fetched and no form is sent.
   */
  public String policy() {
    StringBuilder hashes = new StringBuilder();
    for (String script : scripts) {
      hashes.append(" 'sha256-").append(sha256(script)).append('\'');
    }
    return "default-src 'none'; script-src"
        + hashes
        + " 'unsafe-eval'; style-src 'unsafe-inline'; img-src data:; base-uri 'none';"
        + " form-action 'none'";
  }

  private static String sha256(String text) {
    try {
      return Base64.getEncoder()
          .encodeToString(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /** A named value: "Refrain version: 0.1.0". */
  public record Fact(String name, String value) {}

  /** A summary sentence and the id of the element holding its evidence. */
  public record FindingView(String sentence, String evidence) {}

  /** A chapter: its anchor, heading and blocks in order. */
  public record ChapterView(String id, String title, List<Block> blocks) {
    public ChapterView {
      blocks = List.copyOf(blocks);
    }
  }

  /** A part of a chapter. */
  public sealed interface Block permits TableView, ChartView, HtmlBlock {}

  /**
   * A table: the rows embedded (at most {@link HtmlReport#MAX_ROWS}), of which the first {@code
   * visible} show until "show all".
   *
   * @param id the element id, {@code table-...}
   * @param title the heading, plain text
   * @param intro what the table shows, as escaped HTML (from the section's Markdown)
   * @param total the table's rows in all (its CSV has them)
   * @param csv the CSV file with every row, or empty
   */
  public record TableView(
      String id,
      String title,
      String intro,
      List<ColumnView> columns,
      List<RowView> rows,
      int visible,
      int total,
      String csv)
      implements Block {
    public TableView {
      columns = List.copyOf(columns);
      rows = List.copyOf(rows);
    }

    /** A filter box is given to tables longer than the rows shown at first. */
    public boolean filterable() {
      return rows.size() > visible;
    }
  }

  /**
   * A column's heading (a letter's label when the column is a letter, its id in {@code hint});
   * numbers are right-aligned and sort as numbers; a column of long text ({@code wide}) is given
   * room to read.
   */
  public record ColumnView(String name, boolean numeric, String hint, boolean wide) {

    /**
     * The cell's class: "num", "wide" (a column of long text), "before" (a concordance's left
     * context, aligned on its keyword) or none.
     */
    public String cellClass() {
      return numeric ? "num" : name.equals("left") ? "before" : wide ? "wide" : null;
    }
  }

  /** A row: its element id (or empty) and its cells. */
  public record RowView(String anchor, List<CellView> cells) {
    public RowView {
      cells = List.copyOf(cells);
    }
  }

  /**
   * A cell's text; for a letter shown by its label, the letter's id as a tooltip ({@code hint});
   * for a link to evidence in the report (a chart's {@code link} column), its target ({@code href},
   * an anchor "#..."), so the evidence a mark leads to is one keystroke away too.
   */
  public record CellView(String text, String hint, String href) {

    public CellView(String text, String hint) {
      this(text, hint, "");
    }
  }

  /**
   * A chart: the element id, heading, caption, its specification and data as JSON ready for a
   * {@code <script type="application/json">} element, and the table it is drawn from.
   */
  public record ChartView(String id, String title, String caption, String json, TableView table)
      implements Block {}

  /** A fragment of HTML built from escaped parts (a section's text, variant views). */
  public record HtmlBlock(String id, String title, String html) implements Block {}
}
