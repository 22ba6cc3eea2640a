package org.refrain.reports.html;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.WriterOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.refrain.corpus.Corpus;
import org.refrain.reports.json.TableJson;
import org.refrain.reports.render.ReportSection;
import org.refrain.reports.report.Chapter;
import org.refrain.reports.report.Chart;
import org.refrain.reports.report.Finding;
import org.refrain.reports.report.Findings;
import org.refrain.reports.report.LetterLabels;
import org.refrain.reports.report.Periods;
import org.refrain.reports.report.ReportFigures;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Builds the HTML report's page from a report's sections, charts and findings, and writes it as one
 * self-contained file: styles, scripts (Vega and Vega-Lite, inlined once) and chart data are all in
 * the page, which makes no request of any kind.
 */
public final class HtmlReport {

  /** The most rows a table embeds; its CSV has them all. */
  public static final int MAX_ROWS = org.refrain.reports.render.MarkdownReport.MAX_ROWS;

  /** Rows a table shows before "show all". */
  public static final int VISIBLE_ROWS = 25;

  /** The chart libraries inlined, in load order, with the versions in vendor/README.md. */
  static final List<String> VENDOR = List.of("vendor/vega.min.js", "vendor/vega-lite.min.js");

  private static final TemplateEngine ENGINE =
      TemplateEngine.createPrecompiled(
          null,
          ContentType.Html,
          HtmlReport.class.getClassLoader(),
          "org.refrain.reports.html.templates");

  private HtmlReport() {}

  /** What a report page is built from. */
  public record Inputs(
      String title,
      Corpus corpus,
      List<ReportSection> sections,
      ReportFigures figures,
      List<HtmlPage.Fact> provenance,
      List<String> warnings) {
    public Inputs {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(corpus, "corpus");
      sections = List.copyOf(sections);
      Objects.requireNonNull(figures, "figures");
      provenance = List.copyOf(provenance);
      warnings = List.copyOf(warnings);
    }
  }

  /** Writes the page to {@code out}. */
  public static void write(HtmlPage page, Writer out) {
    ENGINE.render("report.jte", page, new WriterOutput(out));
  }

  /** The page of a report. */
  public static HtmlPage page(Inputs in) {
    LetterLabels labels = in.figures().labels();
    Cells cells = new Cells(labels, in.corpus());
    // Section ids come from titles, which two --terms can share: the second gets "-2".
    java.util.Set<String> ids = new java.util.HashSet<>();
    List<HtmlPage.ChapterView> chapters = new ArrayList<>();
    for (Chapter chapter : Chapter.values()) {
      if (chapter == Chapter.SUMMARY) {
        continue;
      }
      List<HtmlPage.Block> blocks = new ArrayList<>();
      for (Chart chart : in.figures().charts()) {
        if (chart.chapter() == chapter) {
          blocks.add(chart(chart, cells));
        }
      }
      // The heat map's evidence right after the heat map; the corpus's tables after the charts.
      List<HtmlPage.Block> own = ChapterBlocks.of(chapter, in, cells);
      blocks.addAll(chapter == Chapter.DEMANDS && !blocks.isEmpty() ? 1 : blocks.size(), own);
      for (ReportSection section : in.sections()) {
        if (section.chapter() == chapter) {
          blocks.add(section(section, cells, ids));
        }
      }
      blocks.addAll(ChapterBlocks.after(chapter, in, cells));
      chapters.add(new HtmlPage.ChapterView(chapter.id(), chapter.title(), blocks));
    }
    List<HtmlPage.FindingView> findings =
        Findings.pick(in.figures().findings()).stream()
            .map(f -> new HtmlPage.FindingView(f.sentence(), f.evidence()))
            .toList();
    List<String> scripts = new ArrayList<>();
    VENDOR.forEach(v -> scripts.add(resource(v)));
    scripts.add(resource("report.js"));
    return new HtmlPage(
        in.title(),
        in.provenance(),
        Numbers.of(in.corpus(), in.figures()),
        findings,
        periods(in.figures().periods()),
        chapters,
        resource("report.css"),
        scripts);
  }

  /**
   * The summary as plain values for report.json: the corpus in numbers, the periods compared and
   * the findings with the element ids of their evidence.
   */
  public static java.util.Map<String, Object> summary(Inputs in) {
    java.util.Map<String, Object> summary = new java.util.LinkedHashMap<>();
    java.util.Map<String, String> numbers = new java.util.LinkedHashMap<>();
    Numbers.of(in.corpus(), in.figures()).forEach(f -> numbers.put(f.name(), f.value()));
    summary.put("numbers", numbers);
    summary.put("periods", periods(in.figures().periods()));
    List<java.util.Map<String, String>> findings = new ArrayList<>();
    for (Finding f : Findings.pick(in.figures().findings())) {
      java.util.Map<String, String> finding = new java.util.LinkedHashMap<>();
      finding.put("sentence", f.sentence());
      finding.put("kind", f.kind().name().toLowerCase(Locale.ROOT));
      finding.put("evidence", f.evidence());
      findings.add(finding);
    }
    summary.put("findings", findings);
    return summary;
  }

  static String periods(Periods periods) {
    if (periods == null) {
      return "";
    }
    return String.format(
        Locale.ROOT,
        "Comparisons over time set %s (%s) against %s (%s). %s",
        periods.laterLabel(),
        side(periods.later()),
        periods.earlierLabel(),
        side(periods.earlier()),
        periods.rule());
  }

  private static String side(List<org.refrain.corpus.Letter> letters) {
    long words = letters.stream().mapToLong(org.refrain.corpus.Letter::words).sum();
    return String.format(
        Locale.ROOT,
        "%,d letter%s, %,d words",
        letters.size(),
        letters.size() == 1 ? "" : "s",
        words);
  }

  static HtmlPage.ChartView chart(Chart chart, Cells cells) {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.set("spec", chart.spec());
    json.set("data", records(chart.data()));
    HtmlPage.TableView table =
        table("data-" + chart.id(), "Data: " + chart.title(), "", chart.data(), cells, "");
    return new HtmlPage.ChartView(
        chart.id(), chart.title(), chart.caption(), ScriptJson.write(json), table);
  }

  static HtmlPage.Block section(ReportSection section, Cells cells, java.util.Set<String> ids) {
    String base = "table-" + slug(section.title());
    String id = base;
    for (int n = 2; !ids.add(id); n++) {
      id = base + "-" + n;
    }
    if (section.html() != null) {
      return new HtmlPage.HtmlBlock(id, section.title(), section.html());
    }
    String intro = SectionText.html(section.text());
    if (section.table() == null) {
      return new HtmlPage.HtmlBlock(id, section.title(), intro);
    }
    return table(id, section.title(), intro, section.table(), cells.with(section.key()), "");
  }

  /** A table view of {@code table}: its first {@link #MAX_ROWS} rows. */
  static HtmlPage.TableView table(
      String id, String title, String intro, Table table, Cells cells, String csv) {
    return table(id, title, intro, table, cells, csv, MAX_ROWS);
  }

  /**
   * A table view of {@code table}'s first {@code limit} rows: a table bounded by construction (the
   * heat map's evidence, a cell each) embeds every row, as its links need.
   */
  static HtmlPage.TableView table(
      String id, String title, String intro, Table table, Cells cells, String csv, int limit) {
    List<HtmlPage.ColumnView> columns = new ArrayList<>();
    Column<?> anchor = null;
    for (Column<?> column : table.columns()) {
      if (column.name().equals("anchor")) {
        anchor = column;
        continue;
      }
      HtmlPage.CellView head = cells.of("", column.name());
      columns.add(
          new HtmlPage.ColumnView(
              head.text(), numeric(column.type()), head.hint(), wide(column, limit)));
    }
    List<HtmlPage.RowView> rows = new ArrayList<>();
    int shown = Math.min(limit, table.rowCount());
    for (int r = 0; r < shown; r++) {
      List<HtmlPage.CellView> cellViews = new ArrayList<>();
      for (Column<?> column : table.columns()) {
        if (column != anchor) {
          cellViews.add(cells.of(column.name(), column.getUnformattedString(r)));
        }
      }
      rows.add(new HtmlPage.RowView(anchor == null ? "" : anchor.getString(r), cellViews));
    }
    return new HtmlPage.TableView(
        id, title, intro, columns, rows, VISIBLE_ROWS, table.rowCount(), csv);
  }

  /**
   * Whether a text column reads as prose: among its first {@code rows} cells, one longer than 80
   * characters or an average over 40. Such a column is given room, so its rows stay short.
   */
  static boolean wide(Column<?> column, int rows) {
    if (numeric(column.type()) || column.size() == 0) {
      return false;
    }
    int n = Math.min(rows, column.size());
    long chars = 0;
    int longest = 0;
    for (int r = 0; r < n; r++) {
      int length = column.getUnformattedString(r).length();
      chars += length;
      longest = Math.max(longest, length);
    }
    return longest > 80 || chars > 40L * n;
  }

  static boolean numeric(ColumnType type) {
    return type == ColumnType.INTEGER
        || type == ColumnType.DOUBLE
        || type == ColumnType.LONG
        || type == ColumnType.FLOAT
        || type == ColumnType.SHORT;
  }

  /** The chart's rows as {@code --json} writes a table: one record per row. */
  static com.fasterxml.jackson.databind.JsonNode records(Table table) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().readTree(TableJson.write(table));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** "How the coalition changed" becomes "how-the-coalition-changed". */
  static String slug(String title) {
    String slug =
        title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return slug.isEmpty() ? "section" : slug;
  }

  static String resource(String name) {
    try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      if (text.toLowerCase(Locale.ROOT).contains("</script")) {
        throw new IllegalStateException(name + " would close its script element");
      }
      return text;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
