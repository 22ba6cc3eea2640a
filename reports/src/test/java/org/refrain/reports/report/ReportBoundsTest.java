package org.refrain.reports.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.refrain.analysis.AnalysisSettings;
import org.refrain.analysis.CorpusAnalysis;
import org.refrain.corpus.Corpus;
import org.refrain.corpus.Letter;
import org.refrain.corpus.LetterKind;
import org.refrain.corpus.metadata.LetterDate;
import org.refrain.reports.TestLetters;
import org.refrain.reports.render.MarkdownReport;
import org.refrain.reports.table.ReuseTable;
import org.refrain.reports.table.SignerTable;

/**
 * The report past its size limits: no table with a column per letter beyond them, Markdown tables
 * cut with a line saying so, and the long forms written whatever the size.
 */
class ReportBoundsTest {

  private static final String SHARED =
      "We urge the Human Rights Council to renew the mandate of the Special Rapporteur on the"
          + " situation of human rights and to keep the accountability work of the Office.";

  /** {@code n} short dated letters sharing a sentence, each signed by two of a few bodies. */
  private static Corpus letters(int n) {
    List<Letter> letters = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      LocalDate day = LocalDate.of(2000, 1, 1).plusDays(7L * i);
      letters.add(
          TestLetters.builder(String.format("letter-%03d.txt", i), 1)
              .kind(LetterKind.LETTER)
              .date(new LetterDate(day, LetterDate.Precision.DAY, LetterDate.Source.STATED, ""))
              .paragraph("Dear members of the Council,")
              .paragraph(SHARED + " Letter number " + i + " adds its own remark on item " + i + ".")
              .organization("Group " + (i % 7), "Group " + (i % 7), null, null)
              .organization("Alliance " + (i % 3), "Alliance " + (i % 3), null, null)
              .build());
    }
    return new Corpus(letters, List.of(), n);
  }

  private static Report report(Corpus corpus) {
    return Report.of(
        CorpusAnalysis.of(corpus, AnalysisSettings.defaults().withThreads(2)), List.of());
  }

  @Test
  void pastTheMatrixLimitOnlyTheLongFormsAreWritten() {
    int n = Math.max(ReuseTable.MATRIX_LIMIT, SignerTable.MATRIX_LIMIT) + 1;
    Corpus corpus = letters(n);
    Report report = report(corpus);
    assertFalse(report.tables().containsKey("similarity.csv"));
    assertFalse(report.tables().containsKey(SignatoryPart.PRESENCE_CSV));
    assertEquals(n * 2, report.tables().get(SignatoryPart.SIGNED_CSV).rowCount());
    assertTrue(report.tables().get("similarity-nearest.csv").rowCount() >= n, "the guard");
    String markdown = MarkdownReport.render(corpus, report.sections());
    assertWithinBounds(markdown);
    assertFalse(markdown.contains("L" + (LetterKey.MAX_COLUMNS + 1) + " ="), "no key past 40");
  }

  @Test
  void betweenTheColumnLimitAndTheMatrixLimitTheMatricesAreCsvOnly() {
    int n = LetterKey.MAX_COLUMNS + 5;
    Corpus corpus = letters(n);
    Report report = report(corpus);
    assertEquals(n, report.tables().get("similarity.csv").rowCount());
    assertTrue(report.tables().containsKey(SignatoryPart.PRESENCE_CSV));
    String markdown = MarkdownReport.render(corpus, report.sections());
    assertWithinBounds(markdown);
    assertTrue(
        markdown.contains("The latest 40 of 45 letters are shown (undated ones left out)."),
        markdown);
  }

  /** Every Markdown table has at most 200 rows and at most 40 letter columns. */
  private static void assertWithinBounds(String markdown) {
    int rows = 0;
    for (String line : markdown.split("\n")) {
      if (line.startsWith("|")) {
        rows++;
        long cells = line.chars().filter(c -> c == '|').count() - 1;
        assertTrue(cells <= LetterKey.MAX_COLUMNS + 5, cells + " cells: " + line);
        assertTrue(rows <= MarkdownReport.MAX_ROWS + 2, "a table of more than 200 rows");
      } else {
        rows = 0;
      }
    }
  }
}
