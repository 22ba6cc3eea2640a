package org.refrain.reports.html;

import java.util.ArrayList;
import java.util.List;
import org.refrain.corpus.Diagnostic;
import org.refrain.corpus.DiagnosticGrouper;
import org.refrain.corpus.Letter;
import org.refrain.corpus.claim.ClaimCheck;
import org.refrain.corpus.metadata.LetterDate;
import org.refrain.reports.report.Chapter;
import org.refrain.reports.report.LetterLabels;
import org.refrain.reports.table.ClaimsTable;
import org.refrain.reports.table.LettersTable;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The blocks of a chapter that come from the corpus rather than the analysis: the letters and their
 * claims, the evidence behind the demand heat map, and the data-quality lists.
 */
final class ChapterBlocks {

  private ChapterBlocks() {}

  /** Blocks shown after the chapter's charts and before its sections. */
  static List<HtmlPage.Block> of(Chapter chapter, HtmlReport.Inputs in, Cells cells) {
    List<Letter> letters = in.corpus().letters();
    List<HtmlPage.Block> blocks = new ArrayList<>();
    switch (chapter) {
      case LETTERS -> {
        // In date order, as the labels number them: a link to letter n is to row n.
        List<Letter> dated = letters.stream().sorted(Letter.CHRONOLOGICAL).toList();
        Table overview = LettersTable.of(dated);
        LetterLabels labels = in.figures().labels();
        StringColumn anchor = StringColumn.create("anchor");
        dated.forEach(l -> anchor.append(labels.anchor(l.id())));
        overview.insertColumn(0, anchor);
        overview.column("id").setName("letter");
        blocks.add(
            HtmlReport.table(
                "table-letters",
                "Letters",
                "<p>Every letter read, by its short label (date, addressee, venue; the id on"
                    + " hover), with its kind, words and the signatories its list names. The claim"
                    + " check compares the counts a letter states with its list.</p>",
                overview,
                cells,
                "letters.csv"));
        blocks.add(
            HtmlReport.table(
                "table-claims-check",
                "Claims check",
                "<p>The counts each letter states for its signatories (claimed) against the"
                    + " counts of its list (listed), with the words the claim was read from.</p>",
                ClaimsTable.of(letters),
                cells,
                ""));
      }
      case DEMANDS -> {
        for (Table evidence : in.figures().extras()) {
          blocks.add(
              HtmlReport.table(
                  "table-evidence",
                  "Evidence behind the heat map",
                  "<p>For each cell of the heat map, the first sentence that asks for the demand"
                      + " (or, in a mention, names it). Every sentence behind every cell, with its"
                      + " offsets: <a href=\"demand-evidence.csv\"><code>demand-evidence.csv"
                      + "</code></a>.</p>",
                  evidence,
                  cells,
                  "demand-evidence.csv",
                  evidence.rowCount()));
        }
      }
      case QUALITY -> {
        Table claims = ClaimsTable.of(letters);
        Table off =
            claims.where(
                claims.stringColumn("verdict").isNotEqualTo(ClaimCheck.Status.CONSISTENT.label()));
        blocks.add(
            HtmlReport.table(
                "table-claims-to-check",
                "Claims that do not match or cannot be checked",
                "<p>Letters whose stated counts differ from their lists, or that state none.</p>",
                off,
                cells,
                ""));
        blocks.add(
            HtmlReport.table(
                "table-inferred",
                "Inferred dates and venues",
                "<p>Dates not written in the letter (inferred from its content, or the page's"
                    + " posting date) and UN sessions derived from the date, with the words they"
                    + " were read from.</p>",
                inferred(letters),
                cells,
                ""));
      }
      default -> {}
    }
    return blocks;
  }

  /** Blocks shown after the chapter's sections. */
  static List<HtmlPage.Block> after(Chapter chapter, HtmlReport.Inputs in, Cells cells) {
    if (chapter != Chapter.QUALITY) {
      return List.of();
    }
    List<HtmlPage.Block> blocks = new ArrayList<>();
    List<Diagnostic> diagnostics = in.corpus().diagnostics();
    blocks.add(
        list(
            "table-diagnostics",
            "Documents and lines skipped",
            diagnostics.isEmpty()
                ? List.of("Nothing was skipped.")
                : new DiagnosticGrouper().lines(diagnostics)));
    blocks.add(
        list(
            "table-warnings",
            "Warnings",
            in.warnings().isEmpty() ? List.of("No warnings.") : in.warnings()));
    return blocks;
  }

  private static HtmlPage.Block list(String id, String title, List<String> lines) {
    StringBuilder html = new StringBuilder("<ul>\n");
    for (String line : lines) {
      html.append("<li>")
          .append(org.apache.commons.text.StringEscapeUtils.escapeHtml4(line))
          .append("</li>\n");
    }
    return new HtmlPage.HtmlBlock(id, title, html.append("</ul>").toString());
  }

  static Table inferred(List<Letter> letters) {
    StringColumn letter = StringColumn.create("letter");
    StringColumn what = StringColumn.create("what");
    StringColumn value = StringColumn.create("value");
    StringColumn how = StringColumn.create("how");
    StringColumn evidence = StringColumn.create("evidence");
    for (Letter l : letters) {
      if (l.date() != null && l.date().source() != LetterDate.Source.STATED) {
        letter.append(l.id());
        what.append("date");
        value.append(l.date().iso());
        how.append(
            l.date().source() == LetterDate.Source.PUBLISHED
                ? "the page's posting date"
                : l.date().source().label());
        evidence.append(l.date().evidence());
      }
      if (l.venue() != null && l.venue().inferred()) {
        letter.append(l.id());
        what.append("venue");
        value.append(l.venue().name());
        how.append("session from the date");
        evidence.append(l.venue().evidence() == null ? "" : l.venue().evidence());
      }
    }
    return Table.create("inferred", letter, what, value, how, evidence);
  }
}
