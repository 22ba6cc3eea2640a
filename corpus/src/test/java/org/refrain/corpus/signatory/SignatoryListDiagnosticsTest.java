package org.refrain.corpus.signatory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.refrain.corpus.Diagnostic;

/** Lines that cannot be read become bounded warnings, never exceptions. */
class SignatoryListDiagnosticsTest {

  private final SignatoryListParser parser = SignatoryListParser.create();

  @Test
  void countryWithNoEntryIsAWarningWithFileAndLine() {
    SignatoryList list =
        parser.parse("letter.txt", TestLines.of("Groups", "Japan", "Human Asia", "South Korea"));
    assertEquals(List.of("O|Human Asia||South Korea||"), TestLines.render(list));
    assertEquals(1, list.diagnostics().size());
    Diagnostic d = list.diagnostics().get(0);
    assertEquals("letter.txt", d.file());
    assertEquals(2, d.line());
    assertEquals(Diagnostic.Severity.WARNING, d.severity());
  }

  @Test
  void secondCountryForOneEntryIsAWarning() {
    SignatoryList list = parser.parse("letter.txt", TestLines.of("Human Asia", "Japan", "Canada"));
    assertEquals(List.of("O|Human Asia||Japan||"), TestLines.render(list));
    assertEquals(3, list.diagnostics().get(0).line());
  }

  @Test
  void proseAndStrayBordersAreSkippedWithWarnings() {
    SignatoryList list =
        parser.parse(
            "letter.txt",
            TestLines.of(
                "Thank you for your consideration. We would be pleased to discuss these matters"
                    + " further with your staff.",
                "|",
                "Groups",
                "Human Asia",
                "***"));
    assertEquals(List.of("O|Human Asia||||"), TestLines.render(list));
    assertEquals(List.of(1, 2, 5), list.diagnostics().stream().map(Diagnostic::line).toList());
  }

  @Test
  void closingLinesAreNoEntries() {
    SignatoryList list =
        parser.parse(
            "letter.txt",
            TestLines.of("Sincerely,", "", "Thank you for your consideration.", "Groups", "LUMEN"));
    assertEquals(List.of("O|LUMEN||||"), TestLines.render(list));
    assertEquals(List.of(), list.diagnostics());
  }

  @Test
  void warningsAreBounded() {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      lines.add("|");
    }
    SignatoryList list = parser.parse("letter.txt", TestLines.of(lines.toArray(new String[0])));
    assertEquals(SignatoryListParser.MAX_DIAGNOSTICS + 1, list.diagnostics().size());
    assertTrue(
        list.diagnostics().get(SignatoryListParser.MAX_DIAGNOSTICS).message().contains("450"));
  }

  @Test
  void emptyInputGivesAnEmptyList() {
    assertEquals(new SignatoryList(List.of(), List.of()), parser.parse("x", List.of()));
    assertEquals(
        new SignatoryList(List.of(), List.of()), parser.parse("x", TestLines.of("", "  ", "")));
  }

  @Test
  void missingArgumentsAreProgrammerErrors() {
    assertThrows(NullPointerException.class, () -> parser.parse(null, List.of()));
    assertThrows(NullPointerException.class, () -> parser.parse("x", null));
  }
}
