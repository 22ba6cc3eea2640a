package org.refrain.reports.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.refrain.corpus.Corpus;
import org.refrain.corpus.Diagnostic;
import org.refrain.reports.TestLetters;
import org.refrain.reports.table.ClaimsTable;
import org.refrain.reports.table.LettersTable;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class MarkdownReportTest {

  private final Corpus corpus =
      new Corpus(
          List.of(TestLetters.full(), TestLetters.bare("b.txt", 1)),
          List.of(Diagnostic.warning("b.txt", 3, "date | unclear")),
          2);

  @Test
  void startsWithTitleAndWhatWasRead() {
    String report = MarkdownReport.render(corpus);
    assertTrue(report.startsWith("# Refrain report\n\nRead 2 letters from 2 documents.\n\n"));
  }

  @Test
  void containsOverviewAndClaimsTablesInOrder() {
    String report = MarkdownReport.render(corpus);
    String letters = MarkdownRenderer.table(LettersTable.of(corpus.letters()));
    String claims = MarkdownRenderer.table(ClaimsTable.of(corpus.letters()));
    int lettersAt = report.indexOf("## Letters\n\n" + letters);
    int claimsAt = report.indexOf("## Claims check\n\n");
    assertTrue(lettersAt > 0, report);
    assertTrue(claimsAt > lettersAt, report);
    assertTrue(report.indexOf(claims) > claimsAt, report);
  }

  @Test
  void listsDiagnosticsEscaped() {
    String report = MarkdownReport.render(corpus);
    assertTrue(report.endsWith("## Diagnostics\n\n- b.txt:3: warning: date \\| unclear\n"), report);
  }

  @Test
  void manyDiagnosticsOfOneKindAreOneLine() {
    List<Diagnostic> repeats = new java.util.ArrayList<>();
    for (int i = 1; i <= 300; i++) {
      repeats.add(
          Diagnostic.warning(
              "page" + i + ".txt", 10 + i, "repeats the letter at line 2; read once"));
    }
    String report = MarkdownReport.render(new Corpus(corpus.letters(), repeats, 300), List.of());
    String diagnostics = report.substring(report.indexOf("## Diagnostics"));
    assertEquals(3, diagnostics.split("\n").length, diagnostics);
    assertTrue(diagnostics.contains("300"), diagnostics);
    assertTrue(diagnostics.contains("page1.txt:11"), diagnostics);
  }

  @Test
  void omitsDiagnosticsSectionWhenThereAreNone() {
    Corpus clean = new Corpus(List.of(TestLetters.full()), List.of(), 1);
    String report = MarkdownReport.render(clean);
    assertFalse(report.contains("## Diagnostics"), report);
    assertTrue(report.contains("Read 1 letter from 1 document.\n"), report);
  }

  @Test
  void sameCorpusGivesSameReport() {
    Corpus reordered =
        new Corpus(
            List.of(corpus.letters().get(1), corpus.letters().get(0)), corpus.diagnostics(), 2);
    assertEquals(MarkdownReport.render(corpus), MarkdownReport.render(reordered));
  }

  @Test
  void aHostileSectionTitleIsEscapedAndStaysOnItsHeadingLine() {
    List<ReportSection> sections =
        List.of(
            new ReportSection("Collocates of \"<svg onload=alert(1)>\"", "Some text.", null),
            new ReportSection("two\n# lines | *x*", "More text.", null));
    String report = MarkdownReport.render(corpus, sections);
    assertTrue(
        report.contains("\n## Collocates of \"&lt;svg onload=alert(1)>\"\n\nSome text.\n"), report);
    assertTrue(report.contains("\n## two # lines \\| \\*x\\*\n\nMore text.\n"), report);
    assertFalse(report.contains("<svg"), report);
    String html = HtmlRenderer.builder().build().render(Parser.builder().build().parse(report));
    assertFalse(html.contains("<svg"), html);
    assertTrue(
        html.contains("<h2>Collocates of &quot;&lt;svg onload=alert(1)&gt;&quot;</h2>"), html);
    assertTrue(html.contains("<h2>two # lines | *x*</h2>"), html);
  }

  @Test
  void aHostileTableCellIsEscaped() {
    Table table = Table.create("t", StringColumn.create("signatory", "<script>alert(1)</script>"));
    String report =
        MarkdownReport.render(corpus, List.of(new ReportSection("Signatories", "Text.", table)));
    assertFalse(report.contains("<script"), report);
    assertTrue(report.contains("| &lt;script>alert(1)&lt;/script> |"), report);
  }

  @Test
  void aTitleEndingInHashesKeepsThem() {
    assertEquals("## Terms of C \\#", MarkdownReport.heading(2, "Terms of C #"));
    assertEquals("## Terms of C#", MarkdownReport.heading(2, "Terms of C#"));
    assertEquals("### \\# alone", MarkdownReport.heading(3, "# alone"));
    String html =
        HtmlRenderer.builder()
            .build()
            .render(Parser.builder().build().parse(MarkdownReport.heading(2, "Terms of C ##")));
    assertEquals("<h2>Terms of C ##</h2>\n", html);
  }
}
