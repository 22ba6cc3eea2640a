package org.refrain.analysis.signatory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameFoldingTest {

  @Test
  void accentsAndCaseAreDropped() {
    assertEquals("tomas ojea quintana", NameFolding.fold("Tomás Ojea QUINTANA"));
    assertEquals("centro para la apertura", NameFolding.fold("Centro para la Apertura"));
    assertEquals("fur menschenrechte", NameFolding.fold("Für Menschenrechte"));
    // Letters that do not decompose: NFD alone kept them.
    assertEquals("soren lodz dorde strasse", NameFolding.fold("Søren Łódź Đorđe Straße"));
  }

  @Test
  void apostrophesAndFullStopsAreDroppedNotBreaks() {
    assertEquals("citizens alliance", NameFolding.fold("Citizens’ Alliance"));
    assertEquals("citizens alliance", NameFolding.fold("Citizens' Alliance"));
    assertEquals("abductees families", NameFolding.fold("Abductees‘ Families"));
    assertEquals("cote divoire", NameFolding.fold("Côte dʼIvoire"));
    assertEquals("obrien", NameFolding.fold("O`Brien"));
    assertEquals("verein ev", NameFolding.fold("Verein e.V."));
    assertEquals("usa", NameFolding.fold("U.S.A."));
  }

  @Test
  void ampersandAndPlusReadAsAnd() {
    assertEquals("justice and accountability", NameFolding.fold("Justice & Accountability"));
    assertEquals("justice and accountability", NameFolding.fold("Justice&Accountability"));
    assertEquals("a and b", NameFolding.fold("A+B"));
  }

  @Test
  void otherMarksBreakWords() {
    assertEquals("hhk catacombs", NameFolding.fold("HHK_Catacombs"));
    assertEquals("concern eritrea", NameFolding.fold("Concern-Eritrea"));
    assertEquals("a b c", NameFolding.fold("  a / b,\t(c)  "));
    assertEquals("", NameFolding.fold("—!?"));
  }

  @Test
  void wordsAreTheFoldedWordsAndNoneForMarksOnly() {
    assertEquals(List.of("han", "voice"), NameFolding.words("Han  Voice"));
    assertEquals(List.of(), NameFolding.words(" -- "));
    assertEquals(List.of("88", "project"), NameFolding.words("88 Project"));
  }

  @Test
  void compactJoinsAndInitialsTakeFirstLetters() {
    assertEquals("hanvoice", NameFolding.compact(List.of("han", "voice")));
    assertEquals(
        NameFolding.compact(NameFolding.words("HanVoice")),
        NameFolding.compact(NameFolding.words("Han Voice")));
    assertEquals("hrw", NameFolding.initials(List.of("human", "rights", "watch")));
    assertEquals("", NameFolding.initials(List.of()));
  }

  @Test
  void withoutKeepsOrderOfTheRest() {
    assertEquals(
        List.of("human", "rights", "korea"),
        NameFolding.without(List.of("human", "rights", "in", "korea", "in"), w -> w.equals("in")));
  }
}
