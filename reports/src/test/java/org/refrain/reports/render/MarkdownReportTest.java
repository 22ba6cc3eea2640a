package org.refrain.reports.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.refrain.corpus.Corpus;
import org.refrain.corpus.Diagnostic;
import org.refrain.reports.TestLetters;
import org.refrain.reports.table.ClaimsTable;
import org.refrain.reports.table.LettersTable;

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
}
