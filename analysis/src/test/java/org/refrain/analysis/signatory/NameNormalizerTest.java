package org.refrain.analysis.signatory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.refrain.corpus.Span;
import org.refrain.corpus.signatory.SignatoryKind;
import org.refrain.corpus.signatory.SignatoryMention;

class NameNormalizerTest {

  private final NameNormalizer normalizer = new NameNormalizer(NameLexicon.standard());

  private static SignatoryMention mention(SignatoryKind kind, String name, String title) {
    return new SignatoryMention(name, name, kind, null, null, title, null, Span.of(0, 0));
  }

  // --- organisations

  @Test
  void orgWordsDropTheAnywhere() {
    assertEquals(List.of("88", "project"), normalizer.orgWords("The 88 Project"));
    assertEquals(List.of("friends", "of", "earth"), normalizer.orgWords("Friends of the Earth"));
  }

  @Test
  void orgWordsDropTrailingLegalForms() {
    assertEquals(List.of("balay", "mindanaw"), normalizer.orgWords("Balay Mindanaw, Inc."));
    assertEquals(List.of("hilfe", "verein"), normalizer.orgWords("Hilfe Verein e.V."));
    assertEquals(List.of("acme", "trading"), normalizer.orgWords("Acme Trading Co. Ltd."));
    assertEquals(List.of("acme", "gmbh", "trading"), normalizer.orgWords("Acme GmbH Trading"));
  }

  @Test
  void aLegalFormAloneIsKept() {
    assertEquals(List.of("inc"), normalizer.orgWords("Inc."));
    assertEquals(List.of("ngo"), normalizer.orgWords("The NGO"));
  }

  @Test
  void britishSpellingsAreReadAsAmerican() {
    assertEquals(
        normalizer.orgWords("North Korea Strategy Center"),
        normalizer.orgWords("North Korea Strategy Centre"));
    assertEquals(
        List.of("arakan", "rohingya", "national", "organization"),
        normalizer.orgWords("Arakan Rohingya National Organisation"));
  }

  @Test
  void orgWordsFoldMarks() {
    assertEquals(List.of("hhk", "catacombs"), normalizer.orgWords("HHK_Catacombs"));
    assertEquals(
        List.of("coalition", "for", "justice", "and", "accountability"),
        normalizer.orgWords("Coalition for Justice & Accountability"));
    assertEquals(
        List.of("1969", "kal", "abductees", "families", "association"),
        normalizer.orgWords("1969 KAL Abductees’ Families Association"));
  }

  // --- persons

  @Test
  void honorificsAreDropped() {
    assertEquals(List.of("kim", "kyu", "li"), normalizer.personParts("Dr. Kim Kyu Li"));
    assertEquals(
        List.of("tomas", "ojea", "quintana"), normalizer.personParts("Prof. Tomás Ojea Quintana"));
    assertEquals(List.of("geoffrey", "nice"), normalizer.personParts("Sir Geoffrey Nice KC"));
  }

  @Test
  void aPeersTerritorialDesignationIsDropped() {
    assertEquals(List.of("alton"), normalizer.personParts("Lord Alton of Liverpool"));
    assertEquals(List.of("cox"), normalizer.personParts("Baroness Cox of Queensbury"));
    assertEquals(List.of("david", "alton"), normalizer.personParts("Lord David Alton"));
    assertEquals(List.of("alton"), normalizer.personParts("The Rt. Hon. Lord Alton of Liverpool"));
  }

  @Test
  void ofIsKeptInANameThatIsNotAPeers() {
    assertEquals(List.of("maria", "of", "nazareth"), normalizer.personParts("Maria of Nazareth"));
  }

  @Test
  void theHonourableAndPostNominalsAreDropped() {
    assertEquals(
        List.of("michael", "kirby"), normalizer.personParts("The Hon. Michael Kirby AC CMG"));
    assertEquals(List.of("benedict", "rogers"), normalizer.personParts("Benedict Rogers, Ph.D."));
    assertEquals(List.of("jane", "doe"), normalizer.personParts("Jane Doe PhD OBE"));
  }

  @Test
  void hyphenatedPartsAreJoined() {
    assertEquals(List.of("lee", "yanghee"), normalizer.personParts("Lee Yang-Hee"));
    assertEquals(List.of("ahn", "myeongchul"), normalizer.personParts("Ahn Myeong-chul"));
  }

  @Test
  void aLoneHonorificIsStillAName() {
    assertEquals(List.of("lord"), normalizer.personParts("Lord"));
    assertEquals(List.of("smith"), normalizer.personParts("Dr Smith"));
  }

  @Test
  void wordsDependOnKind() {
    assertEquals(
        List.of("dr", "smith", "foundation"),
        normalizer.words(mention(SignatoryKind.ORGANIZATION, "Dr Smith Foundation", null)));
    assertEquals(
        List.of("smith", "foundation"),
        normalizer.words(mention(SignatoryKind.PERSON, "Dr Smith Foundation", null)));
  }

  @Test
  void aNameWithoutLettersFallsBackToTheNameAsWritten() {
    assertEquals(
        List.of("***"), normalizer.words(mention(SignatoryKind.ORGANIZATION, " *** ", null)));
  }

  @Test
  void peersAreKnownByHonorificOrTitle() {
    assertEquals(
        "lord",
        normalizer.peerTitle(mention(SignatoryKind.PERSON, "Lord Alton of Liverpool", null)));
    assertEquals(
        "lord", normalizer.peerTitle(mention(SignatoryKind.PERSON, "David Alton", "Lord")));
    assertEquals(
        "baroness", normalizer.peerTitle(mention(SignatoryKind.PERSON, "Baroness Cox", null)));
    assertNull(normalizer.peerTitle(mention(SignatoryKind.PERSON, "Dr David Alton", "Professor")));
    assertNull(normalizer.peerTitle(mention(SignatoryKind.ORGANIZATION, "Lord Alton Trust", null)));
  }

  @Test
  void aPeersDesignationIsThePlaceAfterOf() {
    assertEquals(
        "liverpool",
        normalizer.designation(mention(SignatoryKind.PERSON, "Lord Alton of Liverpool", null)));
    assertEquals(
        "shaws",
        normalizer.designation(
            mention(SignatoryKind.PERSON, "Baroness Kennedy of The Shaws", null)));
    assertNull(normalizer.designation(mention(SignatoryKind.PERSON, "David Alton", "Lord")));
    assertNull(normalizer.designation(mention(SignatoryKind.PERSON, "Tomás Ojea-Quintana", null)));
  }

  // --- acronyms and initials

  @Test
  void acronymLikeNeedsOneWordMostlyCapitals() {
    assertTrue(NameNormalizer.acronymLike("CADAL"));
    assertTrue(NameNormalizer.acronymLike("LiNK"));
    assertTrue(NameNormalizer.acronymLike(" DPRK "));
    assertTrue(NameNormalizer.acronymLike("PSCORE"));
    assertFalse(NameNormalizer.acronymLike("NKnet")); // two capitals of five letters
    assertFalse(NameNormalizer.acronymLike("HanVoice"));
    assertFalse(NameNormalizer.acronymLike("Han Voice"));
    assertFalse(NameNormalizer.acronymLike("HRW Asia"));
    assertFalse(NameNormalizer.acronymLike("A"));
    assertFalse(NameNormalizer.acronymLike("nkdb"));
    assertFalse(NameNormalizer.acronymLike(""));
  }

  @Test
  void initialsOfAllWordsAndOfContentWords() {
    assertEquals(Set.of("hrw"), normalizer.initials(List.of("human", "rights", "watch")));
    assertEquals(
        Set.of("cfhrink", "chrnk"),
        normalizer.initials(
            List.of("committee", "for", "human", "rights", "in", "north", "korea")));
    assertEquals(
        Set.of("cfjaa", "cja"),
        normalizer.initials(List.of("coalition", "for", "justice", "and", "accountability")));
  }

  @Test
  void oneWordHasNoInitials() {
    assertEquals(Set.of(), normalizer.initials(List.of("lumen")));
    assertEquals(Set.of(), normalizer.initials(List.of()));
  }

  @Test
  void fewerThanTwoContentWordsGiveOnlyAllInitials() {
    assertEquals(Set.of("ftp"), normalizer.initials(List.of("for", "the", "people")));
  }
}
