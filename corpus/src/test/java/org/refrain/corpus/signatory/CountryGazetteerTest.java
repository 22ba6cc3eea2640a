package org.refrain.corpus.signatory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CountryGazetteerTest {

  private final CountryGazetteer gazetteer = CountryGazetteer.load();

  @ParameterizedTest
  @CsvSource(
      delimiter = '=',
      quoteCharacter = '"',
      value = {
        "USA=United States",
        "U.S.A.=United States",
        "US=United States",
        "U.S.=United States",
        "United States of America=United States",
        "America=United States",
        "UK=United Kingdom",
        "U.K.=United Kingdom",
        "Great Britain=United Kingdom",
        "Britain=United Kingdom",
        "England=United Kingdom",
        "Scotland=United Kingdom",
        "Wales=United Kingdom",
        "ROK=South Korea",
        "Republic of Korea=South Korea",
        "Korea (Republic of)=South Korea",
        "S. Korea=South Korea",
        "DPRK=North Korea",
        "Democratic People's Republic of Korea=North Korea",
        "Democratic People’s Republic of Korea=North Korea",
        "Burma=Myanmar",
        "Timor Leste=Timor-Leste",
        "East Timor=Timor-Leste",
        "Czechia=Czech Republic",
        "the Philippines=Philippines",
        "cote d’ivoire=Côte d'Ivoire",
        "Türkiye=Turkey",
      })
  void aliasesGiveTheCanonicalName(String alias, String canonical) {
    assertEquals(Optional.of(canonical), gazetteer.canonical(alias));
  }

  @ParameterizedTest
  @ValueSource(strings = {"south korea", "SOUTH KOREA", "  South Korea ", "South Korea.", "usa."})
  void ignoresCaseSpaceAndTrailingPeriods(String text) {
    assertTrue(gazetteer.canonical(text).isPresent(), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Korea", "Asia", "Human Asia", "", "   ", "Open North Korea", "Inc."})
  void otherTextIsNoCountry(String text) {
    assertEquals(Optional.empty(), gazetteer.canonical(text));
  }

  @Test
  void everyUnMemberStateIsItsOwnCanonicalName() {
    for (String state : UN_MEMBER_STATES) {
      assertEquals(Optional.of(state), gazetteer.canonical(state), state);
    }
    assertEquals(193, UN_MEMBER_STATES.size());
    assertTrue(gazetteer.names().containsAll(UN_MEMBER_STATES));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      quoteCharacter = '"',
      value = {
        "The 88 Project, U.S.A.;United States;The 88 Project",
        "Burma Partnership (Thailand);Thailand;Burma Partnership",
        "Free North Korea Radio (ROK);South Korea;Free North Korea Radio",
        "Human AsiaSouth Korea;South Korea;Human Asia",
        "Lawyers for human rights and unification of KoreaSouth Korea;South Korea;"
            + "Lawyers for human rights and unification of Korea",
        "Arakan Rohingya National Organisation (ARNO)United Kingdom;United Kingdom;"
            + "Arakan Rohingya National Organisation (ARNO)",
        "LUMENUnited States of America;United States;LUMEN",
        "Foo, Korea, Republic of;South Korea;Foo",
        "Amnesty International – United Kingdom;United Kingdom;Amnesty International",
        "Human Rights Watch - USA;United States;Human Rights Watch",
        "World Organisation Against Torture (OMCT) — Switzerland;Switzerland;"
            + "World Organisation Against Torture (OMCT)",
      })
  void findsCountriesSetOffAtTheEnd(String text, String country, String before) {
    CountrySuffix suffix = gazetteer.trailing(text).orElseThrow();
    assertEquals(country, suffix.country());
    assertEquals(before, text.substring(0, suffix.nameEnd()).strip());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Open North Korea",
        "Asian Human Rights & Humanity Association of Japan",
        "Human Rights Concern-Eritrea",
        "Jananeethi - Access to Justice",
        "CAMPUS",
        "South Korea",
        "Liberty in North Korea (LiNK) ",
        "Balay Alternative Legal Advocates for Development in Mindanaw, Inc. (BALAOD Mindanaw)",
      })
  void findsNoCountryInNamesThatOnlyMentionOne(String text) {
    assertEquals(Optional.empty(), gazetteer.trailing(text));
  }

  @Test
  void aliasNamingTwoCountriesFailsFast() {
    assertThrows(
        IllegalArgumentException.class,
        () -> CountryGazetteer.of(List.of("Niger\tNG", "Nigeria\tNG")));
  }

  @Test
  void readsTsvWithCommentsAndBlankLines() {
    CountryGazetteer g = CountryGazetteer.of(List.of("# comment", "", "Atlantis\tAtl|Poseidonia"));
    assertEquals(Optional.of("Atlantis"), g.canonical("poseidonia"));
    assertEquals(java.util.Set.of("Atlantis"), g.names());
  }

  static final List<String> UN_MEMBER_STATES =
      List.of(
          "Afghanistan",
          "Albania",
          "Algeria",
          "Andorra",
          "Angola",
          "Antigua and Barbuda",
          "Argentina",
          "Armenia",
          "Australia",
          "Austria",
          "Azerbaijan",
          "Bahamas",
          "Bahrain",
          "Bangladesh",
          "Barbados",
          "Belarus",
          "Belgium",
          "Belize",
          "Benin",
          "Bhutan",
          "Bolivia",
          "Bosnia and Herzegovina",
          "Botswana",
          "Brazil",
          "Brunei",
          "Bulgaria",
          "Burkina Faso",
          "Burundi",
          "Cabo Verde",
          "Cambodia",
          "Cameroon",
          "Canada",
          "Central African Republic",
          "Chad",
          "Chile",
          "China",
          "Colombia",
          "Comoros",
          "Congo",
          "Costa Rica",
          "Côte d'Ivoire",
          "Croatia",
          "Cuba",
          "Cyprus",
          "Czech Republic",
          "Democratic Republic of the Congo",
          "Denmark",
          "Djibouti",
          "Dominica",
          "Dominican Republic",
          "Ecuador",
          "Egypt",
          "El Salvador",
          "Equatorial Guinea",
          "Eritrea",
          "Estonia",
          "Eswatini",
          "Ethiopia",
          "Fiji",
          "Finland",
          "France",
          "Gabon",
          "Gambia",
          "Georgia",
          "Germany",
          "Ghana",
          "Greece",
          "Grenada",
          "Guatemala",
          "Guinea",
          "Guinea-Bissau",
          "Guyana",
          "Haiti",
          "Honduras",
          "Hungary",
          "Iceland",
          "India",
          "Indonesia",
          "Iran",
          "Iraq",
          "Ireland",
          "Israel",
          "Italy",
          "Jamaica",
          "Japan",
          "Jordan",
          "Kazakhstan",
          "Kenya",
          "Kiribati",
          "Kuwait",
          "Kyrgyzstan",
          "Laos",
          "Latvia",
          "Lebanon",
          "Lesotho",
          "Liberia",
          "Libya",
          "Liechtenstein",
          "Lithuania",
          "Luxembourg",
          "Madagascar",
          "Malawi",
          "Malaysia",
          "Maldives",
          "Mali",
          "Malta",
          "Marshall Islands",
          "Mauritania",
          "Mauritius",
          "Mexico",
          "Micronesia",
          "Moldova",
          "Monaco",
          "Mongolia",
          "Montenegro",
          "Morocco",
          "Mozambique",
          "Myanmar",
          "Namibia",
          "Nauru",
          "Nepal",
          "Netherlands",
          "New Zealand",
          "Nicaragua",
          "Niger",
          "Nigeria",
          "North Korea",
          "North Macedonia",
          "Norway",
          "Oman",
          "Pakistan",
          "Palau",
          "Panama",
          "Papua New Guinea",
          "Paraguay",
          "Peru",
          "Philippines",
          "Poland",
          "Portugal",
          "Qatar",
          "Romania",
          "Russia",
          "Rwanda",
          "Saint Kitts and Nevis",
          "Saint Lucia",
          "Saint Vincent and the Grenadines",
          "Samoa",
          "San Marino",
          "Sao Tome and Principe",
          "Saudi Arabia",
          "Senegal",
          "Serbia",
          "Seychelles",
          "Sierra Leone",
          "Singapore",
          "Slovakia",
          "Slovenia",
          "Solomon Islands",
          "Somalia",
          "South Africa",
          "South Korea",
          "South Sudan",
          "Spain",
          "Sri Lanka",
          "Sudan",
          "Suriname",
          "Sweden",
          "Switzerland",
          "Syria",
          "Tajikistan",
          "Tanzania",
          "Thailand",
          "Timor-Leste",
          "Togo",
          "Tonga",
          "Trinidad and Tobago",
          "Tunisia",
          "Turkey",
          "Turkmenistan",
          "Tuvalu",
          "Uganda",
          "Ukraine",
          "United Arab Emirates",
          "United Kingdom",
          "United States",
          "Uruguay",
          "Uzbekistan",
          "Vanuatu",
          "Venezuela",
          "Vietnam",
          "Yemen",
          "Zambia",
          "Zimbabwe");
}
