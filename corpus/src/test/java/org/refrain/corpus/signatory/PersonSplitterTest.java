package org.refrain.corpus.signatory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonSplitterTest {

  private final PersonSplitter splitter;

  PersonSplitterTest() {
    SignatoryLexicon lexicon = SignatoryLexicon.standard();
    CountryGazetteer gazetteer = CountryGazetteer.load();
    splitter = new PersonSplitter(lexicon, new NameClassifier(lexicon, gazetteer), gazetteer);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      quoteCharacter = '"',
      nullValues = "-",
      value = {
        "Sonja BiserkoFormer Commission of Inquiry;Sonja Biserko;-;Former Commission of Inquiry",
        "Yanghee Lee, Ph.D.Former UN Special Rapporteur;Yanghee Lee;Ph.D.;Former UN Special"
            + " Rapporteur",
        "David Alton, LordIndependent Crossbench Member;David Alton;Lord;Independent Crossbench"
            + " Member",
        "David Alton, Lord;David Alton;Lord;-",
        "Lord Alton of Liverpool / Independent Crossbench Member;Lord Alton of Liverpool;-;"
            + "Independent Crossbench Member",
        "Kim Jeong-sam (elder brother of missionary Kim Jeong-wook);Kim Jeong-sam;-;elder brother"
            + " of missionary Kim Jeong-wook",
        "Ken Kato, Director, Human Rights in Asia;Ken Kato;-;Director, Human Rights in Asia",
        "Tomoharu Ebihara;Tomoharu Ebihara;-;-",
        "Human Rights Watch (HRW);Human Rights Watch (HRW);-;-",
      })
  void splitsAtTheFirstSeparator(String text, String name, String postNominal, String rest) {
    PersonSplit split = splitter.split(text);
    assertEquals(name, split.name());
    assertEquals(postNominal, split.postNominal());
    assertEquals(rest, split.description());
  }

  @Test
  void parenthesisInsideADescriptionDoesNotCut() {
    PersonSplit split =
        splitter.split(
            "Marzuki Darusman, Former UN Special Rapporteur/Commission on Inquiry (COI)");
    assertEquals("Marzuki Darusman", split.name());
  }
}
