package org.refrain.corpus.signatory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HeaderRecognizerTest {

  private final HeaderRecognizer headers = new HeaderRecognizer(SignatoryLexicon.standard());

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "Groups;ORGANIZATIONS",
        "Organizations:;ORGANIZATIONS",
        "ORGANISATIONS;ORGANIZATIONS",
        "Individuals;INDIVIDUALS",
        "individuals:;INDIVIDUALS",
        "Signatories;MIXED",
        "Signed by:;MIXED",
        "Endorsed by;MIXED",
        "Signature organizations and individuals (as of March 18, 2024);MIXED",
        "Members and supporters of the Coalition include:;MIXED",
        "Individual signatories:;INDIVIDUALS",
      })
  void recognisesSectionHeaders(String line, Section section) {
    assertEquals(Optional.of(section), headers.section(line));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Human Rights Watch",
        "Stepping Stones",
        "Country",
        "Thank you for your consideration. We would be pleased to discuss these matters further"
            + " with your staff and with the undersigned organizations: all of them.",
      })
  void entriesAreNoHeaders(String line) {
    assertEquals(Optional.empty(), headers.section(line));
  }

  @Test
  void recognisesTableHeaderRows() {
    assertEquals(
        Optional.of(Section.ORGANIZATIONS),
        headers.tableHeader(List.of("Organization", "Country"), Section.MIXED));
    assertEquals(
        Optional.of(Section.INDIVIDUALS),
        headers.tableHeader(List.of("Name", "Country"), Section.INDIVIDUALS));
    assertEquals(
        Optional.empty(), headers.tableHeader(List.of("Human Rights Watch", "USA"), Section.MIXED));
  }
}
