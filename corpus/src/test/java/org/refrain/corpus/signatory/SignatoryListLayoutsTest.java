package org.refrain.corpus.signatory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Layouts the sample corpus does not have but other letters do. */
class SignatoryListLayoutsTest {

  private final SignatoryListParser parser = SignatoryListParser.create();

  private SignatoryList parse(String... lines) {
    return parser.parse("test.txt", TestLines.of(lines));
  }

  @Test
  void bulletedList() {
    SignatoryList list =
        parse(
            "- Human Rights Watch (USA)",
            "• Stepping Stones, UK",
            "* Tomoharu Ebihara",
            "– Kontras (Indonesia)");
    assertEquals(
        List.of(
            "O|Human Rights Watch||United States||",
            "O|Stepping Stones||United Kingdom||",
            "P|Tomoharu Ebihara||||",
            "O|Kontras||Indonesia||"),
        TestLines.render(list));
    assertEquals("• Stepping Stones, UK", list.mentions().get(1).raw());
  }

  @Test
  void numberedList() {
    SignatoryList list =
        parse(
            "1. The 88 Project, U.S.A.",
            "2) Burma Partnership (Thailand)",
            "(3) Conectas (Brazil)",
            "10. 1969 KAL Abductees' Families Association, South Korea");
    assertEquals(
        List.of(
            "O|The 88 Project||United States||",
            "O|Burma Partnership||Thailand||",
            "O|Conectas||Brazil||",
            "O|1969 KAL Abductees' Families Association||South Korea||"),
        TestLines.render(list));
  }

  @Test
  void tabSeparatedTableWithHeaderRow() {
    SignatoryList list =
        parse(
            "Organisation\tCountry",
            "Human Rights Watch\tUSA",
            "No Fence\tJapan",
            "Mulmangcho\t",
            "Individuals",
            "Name\tAffiliation",
            "Timothy Cho\tInquiry Clerk to the All-Party Parliamentary Group on North Korea");
    assertEquals(
        List.of(
            "O|Human Rights Watch||United States||",
            "O|No Fence||Japan||",
            "O|Mulmangcho||||",
            "P|Timothy Cho||||Inquiry Clerk to the All-Party Parliamentary Group on North Korea"),
        TestLines.render(list));
  }

  @Test
  void headerSplitOverTwoTableLinesKeepsItsSection() {
    SignatoryList list = parse("Individual |", "| Country |", "Tomoharu Ebihara |", "| Japan |");
    assertEquals(List.of("P|Tomoharu Ebihara||Japan||"), TestLines.render(list));
  }
}
