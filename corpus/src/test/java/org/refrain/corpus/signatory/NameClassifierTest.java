package org.refrain.corpus.signatory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NameClassifierTest {

  private final NameClassifier names =
      new NameClassifier(SignatoryLexicon.standard(), CountryGazetteer.load());

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Sonja Biserko",
        "Kim Kyu Li",
        "Kim Jeong-sam",
        "Lee Yang-Hee",
        "Tomás Ojea-Quintana",
        "Robert F. Kennedy",
        "Ludwig van Beethoven",
        "Kim Jong Un",
      })
  void personShapedNames(String name) {
    assertTrue(names.isPersonShaped(name), name);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "HanVoice", // one word
        "Daily NK", // all-caps token
        "Liberty LiNK", // mixed-case acronym
        "No Chain", // function word
        "Human Asia", // organisation keyword and place word
        "Open North Korea", // country
        "Article 19", // digit
        "Former Ambassador", // starts with a role word
        "Inquiry Clerk to the All-Party Parliamentary Group", // too long, function words
        "Sonja Biserko Marzuki Darusman Timothy", // five words
      })
  void notPersonShaped(String name) {
    assertFalse(names.isPersonShaped(name), name);
  }

  @Test
  void honorificLedNames() {
    assertTrue(names.isHonorificLed("Lord Alton of Liverpool"));
    assertTrue(names.isHonorificLed("Dr. Kim"));
    assertFalse(names.isHonorificLed("Professor of Law at Yonsei University"));
    assertFalse(names.isHonorificLed("Lord"));
  }

  @Test
  void personPairsNeedTwoPersonHalves() {
    assertEquals(List.of("Kim Kyu Li", "Kim Hyuk"), names.personPair("Kim Kyu Li and Kim Hyuk"));
    assertEquals(List.of(), names.personPair("Asia Justice and Rights"));
    assertEquals(List.of(), names.personPair("Now Action & Unity for Human Rights"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"LiNK", "InCRC", "NKnet", "FORUM-ASIA", "GCR2P", "FoD", "HRW", "BALAOD Mindanaw"})
  void acronyms(String text) {
    assertTrue(names.isAcronym(text), text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Prayer Service Action Love Truth for North Korea",
        "HanVoice",
        "Jananeethi",
        "Inc.",
        "Rights",
        "elder brother",
      })
  void notAcronyms(String text) {
    assertFalse(names.isAcronym(text), text);
  }

  @Test
  void rolesAndDescriptions() {
    assertTrue(names.isRole("Director"));
    assertTrue(names.isRole("Visiting Scholar"));
    assertFalse(names.isRole("Columbia University"));
    assertTrue(names.startsLikeDescription("Former UN Special Rapporteur"));
    assertTrue(names.startsLikeDescription("elder brother of missionary Kim Jeong-wook"));
    assertFalse(names.startsLikeDescription("Inquiry Clerk to the All-Party Parliamentary Group"));
    assertFalse(names.startsLikeDescription("\u00A0"));
  }

  @Test
  void organisationKeywordsAnywhere() {
    assertTrue(names.hasOrgKeyword("1969 KAL Abductees' Families Association"));
    assertTrue(names.hasOrgKeyword("Lawyers for human rights and unification of Korea"));
    assertFalse(names.hasOrgKeyword("Tomoharu Ebihara"));
  }
}
