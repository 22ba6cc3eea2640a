package org.refrain.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticGrouperTest {

  private final DiagnosticGrouper grouper = new DiagnosticGrouper();

  private static Diagnostic repeat(String file, int line, int first) {
    return Diagnostic.warning(file, line, "repeats the letter at line " + first + "; read once");
  }

  @Test
  void aHandfulIsPrintedOneByOneAsToday() {
    List<Diagnostic> few = new ArrayList<>();
    for (int i = 1; i <= DiagnosticGrouper.SHOWN_ONE_BY_ONE; i++) {
      few.add(repeat("f" + i + ".txt", 10 + i, 1));
    }
    assertEquals(few.stream().map(Diagnostic::toString).toList(), grouper.lines(few));
  }

  @Test
  void manyOfOneKindAreOneLineWithACountAndTheFirstNamed() {
    List<Diagnostic> many = new ArrayList<>();
    many.add(repeat("a.txt", 12, 1));
    many.add(repeat("b.txt", 40, 3));
    many.add(repeat("c.txt", 7, 2));
    for (int i = 0; i < 17_974; i++) {
      many.add(repeat("d" + i + ".txt", 100 + i, 5));
    }
    assertEquals(
        List.of("warning: 17,977 letters repeat an earlier one (a.txt:12, b.txt:40, c.txt:7, ...)"),
        grouper.lines(many));
  }

  @Test
  void aGroupStandsWhereItsFirstMemberStoodAndRareKindsKeepTheirLines() {
    List<Diagnostic> mixed = new ArrayList<>();
    mixed.add(Diagnostic.warning("a.txt", 0, "not valid UTF-8; read as windows-1252 instead"));
    for (int i = 0; i < 8; i++) {
      mixed.add(repeat("b.txt", 20 + 10 * i, 1));
    }
    mixed.add(Diagnostic.warning("c.txt", 3, "a table border with no row to belong to"));
    mixed.add(repeat("d.txt", 9, 1));
    assertEquals(
        List.of(
            "a.txt: warning: not valid UTF-8; read as windows-1252 instead",
            "warning: 9 letters repeat an earlier one (b.txt:20, b.txt:30, b.txt:40, ...)",
            "c.txt:3: warning: a table border with no row to belong to"),
        grouper.lines(mixed));
  }

  @Test
  void unreadableFilesAreOneLinePerFileOnlyUpToTheLimit() {
    List<Diagnostic> errors = new ArrayList<>();
    for (int i = 0; i < 1_200; i++) {
      String why = i % 2 == 0 ? "Permission denied" : "Is a directory";
      errors.add(Diagnostic.error(String.format("f%04d.txt", i), "cannot be read (" + why + ")"));
    }
    assertEquals(
        List.of("error: 1,200 files cannot be read (f0000.txt, f0001.txt, f0002.txt, ...)"),
        grouper.lines(errors));
  }

  @Test
  void hostileInputKindsHaveGroupNames() {
    List<Diagnostic> many = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      many.add(
          Diagnostic.warning(
              "c" + i + ".txt",
              0,
              (i + 2)
                  + " control characters (NUL, escape codes and the like) removed from the text"));
      many.add(
          Diagnostic.error(
              "h" + i + ".txt",
              "too large to be a letter ("
                  + (21 + i)
                  + " MB; Refrain reads files of up to 20 MB)"));
    }
    assertEquals(
        List.of(
            "warning: 8 files had control characters removed (c0.txt, c1.txt, c2.txt, ...)",
            "error: 8 files are too large to be letters (h0.txt, h1.txt, h2.txt, ...)"),
        grouper.lines(many));
  }

  @Test
  void pdfAndWordFailuresHaveGroupNames() {
    // The reasons the PDF and Word readers give, as they give them, many times over.
    List<String> reasons =
        List.of(
            "the PDF has no text layer (scanned?); Refrain does no OCR",
            "the PDF is encrypted with a password; not read",
            "the PDF has 2001 pages, more than the 2000 Refrain reads",
            "is not a readable PDF (End-of-File, expected line at offset 12)",
            "is not a readable Word document (No valid entries or contents found)",
            "expands far beyond its size (a zip bomb?); not read",
            "is larger than 50 MB; not parsed (a limit)",
            "took longer than 60 s to parse; skipped");
    List<Diagnostic> many = new ArrayList<>();
    for (String reason : reasons) {
      for (int i = 0; i < 6; i++) {
        many.add(Diagnostic.error("f" + i + ".pdf", reason));
      }
    }
    List<String> lines = grouper.lines(many);
    assertEquals(reasons.size(), lines.size(), lines.toString());
    for (String line : lines) {
      assertTrue(!line.contains(" times: "), "a named group: " + line);
    }
  }

  @Test
  void aKindWithNoGroupNameIsGroupedUnderItsMessage() {
    List<Diagnostic> many = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      many.add(Diagnostic.warning("x.txt", i + 1, "sidecar date '20" + i + "-13' cannot be read"));
    }
    assertEquals(
        List.of(
            "warning: 7 times: sidecar date '…' cannot be read (x.txt:1, x.txt:2, x.txt:3, ...)"),
        grouper.lines(many));
  }

  @Test
  void aKindIgnoresNumbersQuotesDetailAndPathsButNotSeverity() {
    assertEquals(
        DiagnosticGrouper.kind(Diagnostic.warning("a", 1, "no name could be read from \"A, B\"")),
        DiagnosticGrouper.kind(Diagnostic.warning("b", 2, "no name could be read from \"C\"")));
    assertEquals(
        DiagnosticGrouper.kind(
            Diagnostic.warning(
                "x.txt",
                0,
                "another file read has this name; the letters of /a/x.txt are named" + " x.txt~2")),
        DiagnosticGrouper.kind(
            Diagnostic.warning(
                "y.txt",
                0,
                "another file read has this name; the letters of /b/c/y.txt are named"
                    + " y.txt~3")));
    assertEquals(
        DiagnosticGrouper.kind(Diagnostic.error("a", "cannot be read (Permission denied)")),
        DiagnosticGrouper.kind(Diagnostic.error("b", "cannot be read (Is a directory)")));
    assertNotEquals(
        DiagnosticGrouper.kind(Diagnostic.error("a", "the file is empty")),
        DiagnosticGrouper.kind(Diagnostic.warning("a", 0, "the file is empty")));
  }
}
