package org.refrain.corpus.signatory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrgNameReaderTest {

  private final OrgNameReader reader =
      new OrgNameReader(new NameClassifier(SignatoryLexicon.standard(), CountryGazetteer.load()));

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      quoteCharacter = '"',
      nullValues = "-",
      value = {
        "Human Rights Watch (HRW);Human Rights Watch;HRW;-",
        "Liberty in North Korea - LiNK;Liberty in North Korea;LiNK;-",
        "FIDH - International Federation for Human Rights;International Federation for Human"
            + " Rights;FIDH;-",
        "SARAM – Für Menschen in Nordkorea;Für Menschen in Nordkorea;SARAM;-",
        "COMJAN (Investigation Commission on Missing Japanese);COMJAN;-;Investigation Commission"
            + " on Missing Japanese",
        "Foo Network (FN) (a network of lawyers);Foo Network;FN;a network of lawyers",
        "Jananeethi - Access to Justice;Jananeethi - Access to Justice;-;-",
        "Human Rights Concern-Eritrea;Human Rights Concern-Eritrea;-;-",
        "(HRW);(HRW);-;-",
      })
  void readsNameAcronymAndExpansion(String text, String name, String acronym, String expansion) {
    OrgName org = reader.read(text);
    assertEquals(name, org.name());
    assertEquals(acronym, org.acronym());
    assertEquals(expansion, org.expansion());
  }
}
