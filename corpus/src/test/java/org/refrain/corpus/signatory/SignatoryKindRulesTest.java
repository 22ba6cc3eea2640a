package org.refrain.corpus.signatory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules that decide an entry's kind and fields, one at a time. */
class SignatoryKindRulesTest {

  private final SignatoryListParser parser = SignatoryListParser.create();

  private SignatoryMention only(String... lines) {
    List<SignatoryMention> mentions = parser.parse("test.txt", TestLines.of(lines)).mentions();
    assertEquals(1, mentions.size(), () -> "mentions: " + mentions);
    return mentions.get(0);
  }

  private String kindOf(String... lines) {
    return TestLines.render(only(lines)).substring(0, 1);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      quoteCharacter = '"',
      value = {
        // an organisation keyword anywhere in the name part
        "Geoffrey Nice Foundation, Netherlands;O",
        "Robert F. Kennedy Human Rights (USA);O",
        "Unification Academy;O",
        // an honorific
        "Lord Alton of Liverpool;P",
        "Dr. Kim Min-ji (Japan);P",
        // a person-shaped name with a description
        "Geoffrey Nice, British barrister & former deputy prosecutor;P",
        "Yuki Akimoto, Burmainfo (Japan);P",
        // a bare person-shaped name
        "Tomoharu Ebihara;P",
        "Tomás Ojea-Quintana;P",
        // a person-shaped name with only a country is an organisation
        "Han Voice (Canada);O",
        "Stepping Stones, U.K.;O",
        // not person-shaped: one word, all caps, function words, place words
        "Mulmangcho;O",
        "THINK;O",
        "Daily NK;O",
        "No Chain;O",
        "Beyond the Boundary;O",
        "Open North Korea;O",
        "World Without Genocide (USA);O",
      })
  void decidesKindByShapeWithoutHeader(String line, String kind) {
    assertEquals(kind, kindOf(line));
  }

  @Test
  void headerDecidesKindAndSwitches() {
    SignatoryList list =
        parser.parse(
            "test.txt",
            TestLines.of(
                "Stepping Stones",
                "Individuals",
                "Stepping Stones",
                "Organisations:",
                "Tomoharu Ebihara",
                "Signed by:",
                "Tomoharu Ebihara",
                "Stepping Stones (UK)"));
    assertEquals(
        List.of(
            "P|Stepping Stones||||",
            "P|Stepping Stones||||",
            "O|Tomoharu Ebihara||||",
            "P|Tomoharu Ebihara||||",
            "O|Stepping Stones||United Kingdom||"),
        TestLines.render(list));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      quoteCharacter = '"',
      value = {
        "Human Rights Watch (HRW);Human Rights Watch;HRW",
        "Liberty in North Korea - LiNK (USA);Liberty in North Korea;LiNK",
        "FIDH - International Federation for Human Rights;International Federation for Human"
            + " Rights;FIDH",
        "International Child Rights Center (InCRC);International Child Rights Center;InCRC",
        "Network for North Korean Democracy and Human Rights (NKnet);Network for North Korean"
            + " Democracy and Human Rights;NKnet",
        "Asian Forum for Human Rights and Development (FORUM-ASIA);Asian Forum for Human Rights"
            + " and Development;FORUM-ASIA",
        "Global Centre for the Responsibility to Protect (GCR2P);Global Centre for the"
            + " Responsibility to Protect;GCR2P",
        "Families of the Disappeared (FoD);Families of the Disappeared;FoD",
        "Jananeethi - Access to Justice, India;Jananeethi - Access to Justice;",
        "Human Rights Concern-Eritrea, Eritrea;Human Rights Concern-Eritrea;",
      })
  void readsEachAcronymForm(String line, String name, String acronym) {
    SignatoryMention m = only("Groups", line);
    assertEquals(name, m.name());
    assertEquals(acronym, m.acronym());
  }

  @Test
  void anExpansionInParenthesesIsNoAcronym() {
    SignatoryMention m = only("PSALT NK (Prayer Service Action Love Truth for North Korea)");
    assertEquals("PSALT NK", m.name());
    assertEquals(null, m.acronym());
    assertEquals("Prayer Service Action Love Truth for North Korea", m.affiliation());
    assertEquals(SignatoryKind.ORGANIZATION, m.kind());
  }

  @Test
  void titleIsTheRoleBeforeTheAffiliationWhenSeparable() {
    SignatoryMention kato = only("Ken Kato, Director, Human Rights in Asia (Japan)");
    assertEquals("Director", kato.title());
    assertEquals("Human Rights in Asia", kato.affiliation());
    SignatoryMention nice =
        only("Geoffrey Nice, British barrister & former deputy prosecutor, ICTY");
    assertEquals(null, nice.title());
    assertEquals("British barrister & former deputy prosecutor, ICTY", nice.affiliation());
  }

  @Test
  void countryOnItsOwnLineIsCanonical() {
    SignatoryMention m = only("Groups", "Christian Solidarity Worldwide (CSW)", "UK");
    assertEquals("United Kingdom", m.country());
    assertEquals("CSW", m.acronym());
  }
}
