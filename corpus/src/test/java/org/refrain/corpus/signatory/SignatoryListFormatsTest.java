package org.refrain.corpus.signatory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.refrain.corpus.Span;
import org.refrain.corpus.clean.Line;

/** The six layouts of the sample corpus, each with its own lines. */
class SignatoryListFormatsTest {

  private static final String BISERKO =
      "Former Commission of Inquiry (COI) member on the situation of human rights in the DPRK"
          + " & current chair at the Helsinki Human Rights Committee in Serbia";
  private static final String LEE =
      "Former UN Special Rapporteur on the situation of human rights in Myanmar / Former"
          + " Chairperson of UN Committee on the Rights of the Child";
  private static final String ALTON =
      "Independent Crossbench Member of the House of Lords & Co-chair of the All Party"
          + " Parliamentary Group on North Korea";
  private static final String MUNTARBHORN =
      "Former UN Special Rapporteur on the situation of human rights in the DPRK";

  private final SignatoryListParser parser = SignatoryListParser.create();

  private SignatoryList parse(String... lines) {
    return parser.parse("test.txt", TestLines.of(lines));
  }

  @Test
  void pipeTableSplitOverLinesWithEmptyCountryCells() {
    List<Line> lines =
        TestLines.of(
            "Groups",
            "1969 KAL Abductees' Families Association |",
            "| South Korea |",
            "FIDH - International Federation for Human Rights |",
            "|",
            "|",
            "HanVoice |",
            "| Canada |",
            "Individuals",
            "Sonja Biserko | " + BISERKO + " |");
    SignatoryList list = parser.parse("test.txt", lines);
    assertEquals(
        List.of(
            "O|1969 KAL Abductees' Families Association||South Korea||",
            "O|International Federation for Human Rights|FIDH|||",
            "O|HanVoice||Canada||",
            "P|Sonja Biserko||||" + BISERKO),
        TestLines.render(list));
    SignatoryMention fidh = list.mentions().get(1);
    assertEquals("FIDH - International Federation for Human Rights | | |", fidh.raw());
    assertEquals(Span.of(lines.get(3).span().start(), lines.get(5).span().end()), fidh.span());
    assertEquals(List.of(), list.diagnostics());
  }

  @Test
  void wordProcessorTableRowsWithHeaderAndRuling() {
    SignatoryList list =
        parse(
            "| Organization | Country |",
            "|---|---|",
            "| Human Rights Watch (HRW) | USA |",
            "| Stepping Stones | UK |",
            "| Amnesty International | |");
    assertEquals(
        List.of(
            "O|Human Rights Watch|HRW|United States||",
            "O|Stepping Stones||United Kingdom||",
            "O|Amnesty International||||"),
        TestLines.render(list));
  }

  @Test
  void alternatingLinesWhereTheGazetteerNotParityDecides() {
    List<Line> lines =
        TestLines.of(
            "Groups",
            "BALAOD Mindanaw",
            "Philippines",
            "FIDH - International Federation for Human Rights",
            "HanVoice",
            "Canada",
            "Individuals",
            "Sonja Biserko",
            BISERKO,
            "Timothy Cho",
            "Inquiry Clerk to the All-Party Parliamentary Group on North Korea");
    SignatoryList list = parser.parse("test.txt", lines);
    assertEquals(
        List.of(
            "O|BALAOD Mindanaw||Philippines||",
            "O|International Federation for Human Rights|FIDH|||",
            "O|HanVoice||Canada||",
            "P|Sonja Biserko||||" + BISERKO,
            "P|Timothy Cho||||Inquiry Clerk to the All-Party Parliamentary Group on North Korea"),
        TestLines.render(list));
    assertEquals("BALAOD Mindanaw Philippines", list.mentions().get(0).raw());
    assertEquals(
        Span.of(lines.get(1).span().start(), lines.get(2).span().end()),
        list.mentions().get(0).span());
    assertEquals(lines.get(3).span(), list.mentions().get(1).span());
  }

  @Test
  void alternatingLinesWithBlankLinesAndAMissingCountry() {
    SignatoryList list =
        parse(
            "Groups",
            "Korean War POW Family Association",
            "South Korea",
            "",
            "",
            "Liberty in North Korea (LiNK)",
            "",
            "",
            "",
            "LUMEN",
            "United States of America");
    assertEquals(
        List.of(
            "O|Korean War POW Family Association||South Korea||",
            "O|Liberty in North Korea|LiNK|||",
            "O|LUMEN||United States||"),
        TestLines.render(list));
  }

  @Test
  void personAndDescriptionOnAlternatingLinesWithoutHeader() {
    SignatoryList list = parse("Vitit Muntarbhorn", MUNTARBHORN, "Tomoharu Ebihara");
    assertEquals(
        List.of("P|Vitit Muntarbhorn||||" + MUNTARBHORN, "P|Tomoharu Ebihara||||"),
        TestLines.render(list));
  }

  @Test
  void countryGluedToName() {
    SignatoryList list =
        parse(
            "Groups",
            "Human AsiaSouth Korea",
            "Lawyers for human rights and unification of KoreaSouth Korea",
            "The 88 ProjectUnited States of America",
            "Arakan Rohingya National Organisation (ARNO)United Kingdom",
            "Liberty in North Korea (LiNK) ");
    assertEquals(
        List.of(
            "O|Human Asia||South Korea||",
            "O|Lawyers for human rights and unification of Korea||South Korea||",
            "O|The 88 Project||United States||",
            "O|Arakan Rohingya National Organisation|ARNO|United Kingdom||",
            "O|Liberty in North Korea|LiNK|||"),
        TestLines.render(list));
  }

  @Test
  void personGluedToDescriptionWithOrWithoutHeader() {
    String[] entries = {
      "David Alton, LordIndependent Crossbench Member of the House of Lords & Co-chair of the All"
          + " Party Parliamentary Group on North Korea ",
      "Sonja BiserkoFormer Commission of Inquiry (COI) member on the situation of human rights in"
          + " the DPRK & current chair at the Helsinki Human Rights Committee in Serbia",
      "Yanghee Lee, Ph.D.Former UN Special Rapporteur on the situation of human rights in Myanmar"
          + " / Former Chairperson of UN Committee on the Rights of the Child",
      "Vitit MuntarbhornFormer UN Special Rapporteur on the situation of human rights in the DPRK"
    };
    List<String> expected =
        List.of(
            "P|David Alton|||Lord|" + ALTON,
            "P|Sonja Biserko||||" + BISERKO,
            "P|Yanghee Lee|||Ph.D.|" + LEE,
            "P|Vitit Muntarbhorn||||" + MUNTARBHORN);
    assertEquals(expected, TestLines.render(parse(entries)));
    String[] withHeader = new String[entries.length + 1];
    withHeader[0] = "Individuals";
    System.arraycopy(entries, 0, withHeader, 1, entries.length);
    assertEquals(expected, TestLines.render(parse(withHeader)));
  }

  @Test
  void nameCommaCountryThenPersonsAfterBlankLinesWithoutHeader() {
    SignatoryList list =
        parse(
            "The 88 Project, U.S.A.",
            "Arakan Rohingya National Organisation, U.K.",
            "Amnesty International",
            "HHK_Catacombs, South Korea",
            "Jananeethi - Access to Justice, India",
            "Human Rights Concern-Eritrea, Eritrea",
            "",
            "",
            "Marzuki Darusman, Former UN Special Rapporteur/Commission on Inquiry (COI) member on"
                + " the situation of human rights in the DPRK",
            "David Alton, " + ALTON + " ",
            "Geoffrey Nice, British barrister & former deputy prosecutor of the International"
                + " Criminal Tribunal for the Former Yugoslavia ");
    assertEquals(
        List.of(
            "O|The 88 Project||United States||",
            "O|Arakan Rohingya National Organisation||United Kingdom||",
            "O|Amnesty International||||",
            "O|HHK_Catacombs||South Korea||",
            "O|Jananeethi - Access to Justice||India||",
            "O|Human Rights Concern-Eritrea||Eritrea||",
            "P|Marzuki Darusman||||Former UN Special Rapporteur/Commission on Inquiry (COI) member"
                + " on the situation of human rights in the DPRK",
            "P|David Alton||||" + ALTON,
            "P|Geoffrey Nice||||British barrister & former deputy prosecutor of the International"
                + " Criminal Tribunal for the Former Yugoslavia"),
        TestLines.render(list));
  }

  @Test
  void commaInsideANameIsNoCountry() {
    SignatoryList list =
        parse(
            "Balay Alternative Legal Advocates for Development in Mindanaw, Inc. (BALAOD Mindanaw)");
    assertEquals(
        List.of(
            "O|Balay Alternative Legal Advocates for Development in Mindanaw, Inc.|BALAOD"
                + " Mindanaw|||"),
        TestLines.render(list));
  }

  @Test
  void nameInParenthesesCountryAndMixedEntriesWithoutSectionHeader() {
    SignatoryList list =
        parse(
            "Members and supporters of the Coalition include:",
            "",
            "Burma Partnership (Thailand)",
            "",
            "Free North Korea Radio (ROK) ",
            "",
            "COMJAN (Investigation Commission on Missing Japanese Probably Related to North Korea)"
                + " (Japan)",
            "",
            "David Hawk, Visiting Scholar, Columbia University, Institute for the Study of Human"
                + " Rights, and author of Hidden Gulag",
            "",
            "Han Voice (Canada)",
            "",
            "Human Rights Watch",
            "",
            "Ken Kato, Director, Human Rights in Asia (Japan)",
            "",
            "Kontras (Indonesia)",
            "",
            "Liberty in North Korea - LiNK (USA)",
            "",
            "North Korea Freedom Coalition",
            "",
            "PSALT NK (Prayer Service Action Love Truth for North Korea)",
            "",
            "Suzanne Scholte, Seoul Peace Prize Recipient & Defence Forum Foundation (USA)",
            "",
            "Tomoharu Ebihara",
            "",
            "Tomoyuki Kawazoe, Representative, Kanagawa Association for The Rescue of Japanese"
                + " Kidnapped by North Korea / Member, Reporters Without Borders",
            "",
            "Yuki Akimoto, Burmainfo (Japan)");
    assertEquals(
        List.of(
            "O|Burma Partnership||Thailand||",
            "O|Free North Korea Radio||South Korea||",
            "O|COMJAN||Japan||Investigation Commission on Missing Japanese Probably Related to"
                + " North Korea",
            "P|David Hawk|||Visiting Scholar|Columbia University, Institute for the Study of"
                + " Human Rights, and author of Hidden Gulag",
            "O|Han Voice||Canada||",
            "O|Human Rights Watch||||",
            "P|Ken Kato||Japan|Director|Human Rights in Asia",
            "O|Kontras||Indonesia||",
            "O|Liberty in North Korea|LiNK|United States||",
            "O|North Korea Freedom Coalition||||",
            "O|PSALT NK||||Prayer Service Action Love Truth for North Korea",
            "P|Suzanne Scholte||United States||Seoul Peace Prize Recipient & Defence Forum"
                + " Foundation",
            "P|Tomoharu Ebihara||||",
            "P|Tomoyuki Kawazoe|||Representative|Kanagawa Association for The Rescue of Japanese"
                + " Kidnapped by North Korea / Member, Reporters Without Borders",
            "P|Yuki Akimoto||Japan||Burmainfo"),
        TestLines.render(list));
    assertEquals(List.of(), list.diagnostics());
  }

  @Test
  void nameSlashDescriptionUnderColonHeaders() {
    SignatoryList list =
        parse(
            "Signature organizations and individuals (as of March 18, 2024)",
            "",
            "Individuals:",
            "",
            "Lord Alton of Liverpool / " + ALTON,
            "",
            "Kim Jeong-sam (elder brother of missionary Kim Jeong-wook who has been held in"
                + " detention in North Korea since 2013)",
            "",
            "Suzanne Scholte / Seoul Peace Prize Recipient & President of Defense Forum Foundation"
                + " (USA)",
            "",
            "Organizations:",
            "",
            "Asian Forum for Human Rights and Development (FORUM-ASIA)",
            "",
            "Stepping Stones");
    assertEquals(
        List.of(
            "P|Lord Alton of Liverpool||||" + ALTON,
            "P|Kim Jeong-sam||||elder brother of missionary Kim Jeong-wook who has been held in"
                + " detention in North Korea since 2013",
            "P|Suzanne Scholte||United States||Seoul Peace Prize Recipient & President of Defense"
                + " Forum Foundation",
            "O|Asian Forum for Human Rights and Development|FORUM-ASIA|||",
            "O|Stepping Stones||||"),
        TestLines.render(list));
  }

  @Test
  void twoPeopleInOneEntryShareRawSpanAndDescription() {
    String entry =
        "Kim Kyu Li and Kim Hyuk (elder sister and cousin of Kim Cheol-ok who was repatriated by"
            + " China to North Korea on October 9, 2023)";
    List<Line> lines = TestLines.of("Individuals:", "", entry);
    SignatoryList list = parser.parse("test.txt", lines);
    assertEquals(2, list.mentions().size());
    SignatoryMention first = list.mentions().get(0);
    SignatoryMention second = list.mentions().get(1);
    assertEquals("Kim Kyu Li", first.name());
    assertEquals("Kim Hyuk", second.name());
    for (SignatoryMention m : list.mentions()) {
      assertEquals(SignatoryKind.PERSON, m.kind());
      assertEquals(entry, m.raw());
      assertEquals(lines.get(2).span(), m.span());
      assertEquals(
          "elder sister and cousin of Kim Cheol-ok who was repatriated by China to North Korea on"
              + " October 9, 2023",
          m.affiliation());
    }
    // Without the header the pair of person-shaped names decides by itself.
    assertEquals(
        List.of(SignatoryKind.PERSON, SignatoryKind.PERSON),
        parse(entry).mentions().stream().map(SignatoryMention::kind).toList());
  }

  @Test
  void rawJoinsTrimmedLinesWithSingleSpaces() {
    SignatoryList list = parse("Groups", "  Human Asia  ", "\tSouth Korea  ");
    assertEquals("Human Asia South Korea", list.mentions().get(0).raw());
    assertTrue(list.diagnostics().isEmpty());
  }
}
