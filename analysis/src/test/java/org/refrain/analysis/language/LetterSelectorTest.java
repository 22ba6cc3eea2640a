package org.refrain.analysis.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refrain.analysis.language.LanguageFixtures.letter;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.refrain.analysis.annotate.AnnotatedLetter;
import org.refrain.corpus.Letter;
import org.refrain.corpus.LetterCopy;
import org.refrain.corpus.LetterKind;

/** Parsing {@code field=value[,value]}, the errors a user sees, and what each field matches. */
class LetterSelectorTest {

  private static final Letter HRC =
      letter("2022-03-24_hrc49_letter#1")
          .date("2022-03-24")
          .addressee("President Moon Jae-in")
          .venue("HRC", 49)
          .paragraphs("Dear President Moon.")
          .build();
  private static final Letter PRESS =
      letter("2020-03-03_press#1")
          .kind(LetterKind.PRESS_RELEASE)
          .date("2020-03-03")
          .venue("HRC", null)
          .paragraphs("A coalition urged the President.")
          .build();
  private static final Letter UNDATED =
      letter("undated-note#2").addressee("UN General Assembly").paragraphs("Dear all.").build();

  @Test
  void parsesFieldAndCommaSeparatedValues() {
    LetterSelector selector = LetterSelector.parse(" Year = 2020 , 2022 ");
    assertEquals("year", selector.field());
    assertEquals(List.of("2020", "2022"), selector.values());
    assertEquals("year=2020,2022", selector.toString());
    assertTrue(selector.test(HRC));
    assertTrue(selector.test(PRESS));
    assertFalse(selector.test(UNDATED));
  }

  @Test
  void anUnknownFieldIsRefusedWithTheFieldsThatExist() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> LetterSelector.parse("colour=red"));
    assertTrue(e.getMessage().contains("unknown field 'colour'"), e.getMessage());
    for (String field : LetterSelector.FIELDS) {
      assertTrue(e.getMessage().contains(field), e.getMessage());
    }
  }

  @Test
  void textWithoutAnEqualsSignOrFieldIsRefused() {
    IllegalArgumentException noEquals =
        assertThrows(IllegalArgumentException.class, () -> LetterSelector.parse("2020"));
    assertTrue(noEquals.getMessage().contains("'2020' is not FIELD=VALUE"), noEquals.getMessage());
    assertTrue(noEquals.getMessage().contains("year"), noEquals.getMessage());
    IllegalArgumentException noField =
        assertThrows(IllegalArgumentException.class, () -> LetterSelector.parse("=2020"));
    assertTrue(noField.getMessage().contains("FIELD=VALUE"), noField.getMessage());
  }

  @Test
  void anEmptyValueIsRefused() {
    for (String text : new String[] {"year=", "year= ", "year=2020,", "year=2020,,2022"}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> LetterSelector.parse(text), text);
      assertTrue(e.getMessage().contains("empty value for field 'year'"), e.getMessage());
    }
  }

  @Test
  void yearMatchesTheDateYearAndUndated() {
    assertTrue(LetterSelector.parse("year=undated").test(UNDATED));
    assertFalse(LetterSelector.parse("year=undated").test(HRC));
    assertTrue(LetterSelector.parse("year=2022").test(HRC));
  }

  @Test
  void dateIsAPrefixOfTheIsoDate() {
    assertTrue(LetterSelector.parse("date=2022-03").test(HRC));
    assertTrue(LetterSelector.parse("date=2022-03-24").test(HRC));
    assertFalse(LetterSelector.parse("date=2022-04").test(HRC));
    assertFalse(LetterSelector.parse("date=2022").test(UNDATED));
  }

  @Test
  void aLetterReadFromSeveralFilesIsChosenByAnyOfThem() {
    Letter merged =
        HRC.withCopies(
            List.of(new LetterCopy("partner-site#2", "partner-site.html", 2, null, null)));
    assertTrue(LetterSelector.parse("source=partner-site.html").test(merged));
    assertTrue(LetterSelector.parse("source=2022-03-24_hrc49_letter").test(merged));
    assertTrue(LetterSelector.parse("letter=partner-site#2").test(merged));
    assertFalse(LetterSelector.parse("source=partner-site.html").test(HRC));
  }

  @Test
  void letterAndSourceMatchIgnoringCaseAndExtension() {
    assertTrue(LetterSelector.parse("letter=2022-03-24_HRC49_letter#1").test(HRC));
    assertFalse(LetterSelector.parse("letter=2022-03-24_hrc49_letter").test(HRC));
    assertTrue(LetterSelector.parse("source=2022-03-24_hrc49_letter.txt").test(HRC));
    assertTrue(LetterSelector.parse("source=2022-03-24_hrc49_letter").test(HRC));
    assertTrue(LetterSelector.parse("source=undated-note.txt").test(UNDATED));
    assertFalse(LetterSelector.parse("source=2020-03-03_press").test(HRC));
  }

  @Test
  void kindIsTheKindLabel() {
    assertTrue(LetterSelector.parse("kind=press-release").test(PRESS));
    assertFalse(LetterSelector.parse("kind=press-release").test(HRC));
    assertTrue(LetterSelector.parse("kind=letter").test(HRC));
  }

  @Test
  void addresseeMatchesWordsInAnyCase() {
    assertTrue(LetterSelector.parse("addressee=moon").test(HRC));
    assertTrue(LetterSelector.parse("addressee=General Assembly").test(UNDATED));
    assertFalse(LetterSelector.parse("addressee=moon").test(UNDATED));
    assertFalse(LetterSelector.parse("addressee=moon").test(PRESS));
  }

  @Test
  void bodyAndSessionMatchTheVenue() {
    assertTrue(LetterSelector.parse("body=hrc").test(HRC));
    assertTrue(LetterSelector.parse("body=HRC").test(PRESS));
    assertFalse(LetterSelector.parse("body=unga").test(HRC));
    assertFalse(LetterSelector.parse("body=hrc").test(UNDATED));
    assertTrue(LetterSelector.parse("session=49").test(HRC));
    assertTrue(LetterSelector.parse("session=43,49").test(HRC));
    assertFalse(LetterSelector.parse("session=49").test(PRESS));
  }

  @Test
  void onTheSampleCorpusEachFieldPicksTheLettersAReaderExpects() {
    List<AnnotatedLetter> sample = LanguageFixtures.sample();
    assertEquals(
        List.of(
            LanguageFixtures.MOON_2020,
            LanguageFixtures.PRESS_2020,
            LanguageFixtures.UNGA_2020,
            LanguageFixtures.EU_2020),
        select(sample, "year=2020"));
    assertEquals(
        List.of(LanguageFixtures.UNGA_2020, LanguageFixtures.EU_2020),
        select(sample, "date=2020-10"));
    assertEquals(
        List.of(LanguageFixtures.UNGA_2020, LanguageFixtures.EU_2020),
        select(sample, "source=2020-10-14_unga75-and-eu_joint-letters.txt"));
    assertEquals(List.of(LanguageFixtures.PRESS_2020), select(sample, "kind=press-release"));
    assertEquals(
        List.of(LanguageFixtures.MOON_2020, LanguageFixtures.MOON_2022),
        select(sample, "addressee=moon"));
    assertEquals(List.of(LanguageFixtures.MOON_2022), select(sample, "session=49"));
    assertEquals(
        List.of(LanguageFixtures.UNGA_2020, LanguageFixtures.EU_2020), select(sample, "body=unga"));
  }

  private static List<String> select(List<AnnotatedLetter> letters, String selector) {
    LetterSelector s = LetterSelector.parse(selector);
    return letters.stream().map(AnnotatedLetter::letter).filter(s).map(Letter::id).toList();
  }

  @Test
  void addresseeWordsMatchWholeWordsOnly() {
    assertFalse(LetterSelector.parse("addressee=un").test(HRC));
    assertTrue(LetterSelector.parse("addressee=un").test(UNDATED));
  }

  @Test
  void wholeWordsAreWhatTheLookaroundRegexFinds() {
    List<String> addressees =
        List.of(
            "UN General Assembly",
            "the UN's Council",
            "un1 un",
            "Ⅻun",
            "un²",
            "Ún un",
            "(un)",
            "unun un-",
            "General\nAssembly of the UN");
    for (String addressee : addressees) {
      for (String words : List.of("un", "general assembly", "un-", "assembly of", "e")) {
        boolean regex =
            java.util.regex.Pattern.compile(
                    "(?<![\\p{L}\\p{N}])"
                        + java.util.regex.Pattern.quote(words)
                        + "(?![\\p{L}\\p{N}])")
                .matcher(addressee.toLowerCase(java.util.Locale.ROOT))
                .find();
        Letter letter = letter("a#1").addressee(addressee).paragraphs("Dear all.").build();
        assertEquals(
            regex,
            LetterSelector.parse("addressee=" + words).test(letter),
            addressee + " / " + words);
      }
    }
  }
}
