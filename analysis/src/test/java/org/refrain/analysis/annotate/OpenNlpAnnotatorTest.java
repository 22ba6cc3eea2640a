package org.refrain.analysis.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.refrain.corpus.Letter;

/** The annotator on the whole sample corpus: offsets, Universal Dependencies tags and lemmas. */
class OpenNlpAnnotatorTest {

  private static final Set<String> UD_TAGS =
      Set.of(
          "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON",
          "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X");

  private static List<Token> allTokens() {
    List<Token> all = new ArrayList<>();
    for (AnnotatedLetter a : AnnotateFixtures.annotatedBundled()) {
      all.addAll(a.tokens());
    }
    return all;
  }

  /** The distinct lemmas of the corpus tokens written {@code text} that pass {@code filter}. */
  private static Set<String> lemmasOf(String text, Predicate<Token> filter) {
    Set<String> lemmas = new TreeSet<>();
    int n = 0;
    for (Token t : allTokens()) {
      if (t.text().equals(text) && filter.test(t)) {
        lemmas.add(t.lemma());
        n++;
      }
    }
    assertTrue(n > 0, "no token '" + text + "' in the sample corpus");
    return lemmas;
  }

  @Test
  void everyLetterIsAnnotatedWithSpansThatPointBackToItsText() {
    assertEquals(6, AnnotateFixtures.annotatedBundled().size());
    for (AnnotatedLetter annotated : AnnotateFixtures.annotatedBundled()) {
      AnnotateFixtures.assertWellFormed(annotated);
      Letter letter = annotated.letter();
      for (Token token : annotated.tokens()) {
        assertEquals(
            token.text(), letter.text().substring(token.span().start(), token.span().end()));
        assertFalse(
            token.text().chars().anyMatch(Character::isWhitespace),
            letter.id() + ": token with white space '" + token.text() + "'");
      }
    }
  }

  @Test
  void tokensCoverEveryNonBlankCharacterOfTheBody() {
    for (AnnotatedLetter annotated : AnnotateFixtures.annotatedBundled()) {
      Letter letter = annotated.letter();
      boolean[] covered = new boolean[letter.text().length()];
      for (Token t : annotated.tokens()) {
        for (int i = t.span().start(); i < t.span().end(); i++) {
          covered[i] = true;
        }
      }
      for (var p : letter.paragraphs()) {
        for (int i = p.span().start(); i < p.span().end(); i++) {
          char c = letter.text().charAt(i);
          assertTrue(
              covered[i] || AnnotateFixtures.blank(c),
              letter.id() + ": character " + i + " '" + c + "' is in no token");
        }
      }
    }
  }

  @Test
  void sentenceCountsOfTheSampleCorpus() {
    // Counted by reading the letters: greetings ("Your Excellency,") and closings ("Sincerely,")
    // are sentences of their own, each numbered recommendation is one sentence, and the press
    // release's paragraphs have one to three sentences each.
    Map<String, Integer> expected = new LinkedHashMap<>();
    expected.put("2020-02-21_hrc43_letter-to-president-moon#1", 36);
    expected.put("2020-03-03_press-release_coalition-urges-president-moon#1", 15);
    expected.put("2020-10-14_unga75-and-eu_joint-letters#1", 22);
    expected.put("2020-10-14_unga75-and-eu_joint-letters#2", 22);
    expected.put("2022-03-24_hrc49_letter-to-president-moon#1", 17);
    expected.put("2024-03-18_hrc55_letter-to-permanent-representatives#1", 16);
    Map<String, Integer> actual = new LinkedHashMap<>();
    for (AnnotatedLetter a : AnnotateFixtures.annotatedBundled()) {
      actual.put(a.letter().id(), a.sentences().size());
    }
    assertEquals(expected, actual);
  }

  @Test
  void sentencesPerParagraphOfTheFirstLetter() {
    // 2020-02-21: greeting, then paragraphs of 2, 3, 3, 1, 4, 2, 4, 5, 6, 3 and 2 sentences.
    AnnotatedLetter a =
        AnnotateFixtures.annotatedBundled("2020-02-21_hrc43_letter-to-president-moon#1");
    int[] perParagraph = new int[a.letter().paragraphs().size()];
    for (Sentence s : a.sentences()) {
      perParagraph[s.paragraph()]++;
    }
    assertEquals(
        List.of(1, 2, 3, 3, 1, 4, 2, 4, 5, 6, 3, 2), Arrays.stream(perParagraph).boxed().toList());
  }

  @Test
  void tagsAreUniversalDependenciesTags() {
    for (Token t : allTokens()) {
      for (String part : t.tag().split("\\+")) {
        assertTrue(UD_TAGS.contains(part), "not a UD tag: " + t);
      }
    }
  }

  @Test
  void directiveVerbAndModalAreTaggedAsSuch() {
    List<Token> tokens = allTokens();
    int weUrge = 0;
    for (int i = 1; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.text().equals("urge") && tokens.get(i - 1).norm().equals("we")) {
        assertEquals("VERB", t.tag(), "'We urge' at " + t.span());
        assertEquals("urge", t.lemma());
        weUrge++;
      }
    }
    assertTrue(weUrge >= 5, "'we urge' found " + weUrge + " times");
    assertEquals(Set.of("AUX"), tagsOf("must"));
    assertEquals(Set.of("AUX"), tagsOf("were"));
  }

  private static Set<String> tagsOf(String text) {
    Set<String> tags = new TreeSet<>();
    for (Token t : allTokens()) {
      if (t.text().equals(text)) {
        tags.add(t.tag());
      }
    }
    return tags;
  }

  @Test
  void lemmasOfInflectedWords() {
    assertEquals(Set.of("prisoner"), lemmasOf("prisoners", t -> true));
    assertEquals(Set.of("camp"), lemmasOf("camps", t -> true));
    assertEquals(Set.of("mechanism"), lemmasOf("mechanisms", t -> true));
    assertEquals(Set.of("be"), lemmasOf("were", t -> true));
    assertEquals(Set.of("violation"), lemmasOf("violations", t -> true));
    assertEquals(Set.of("co-sponsor"), lemmasOf("co-sponsored", t -> true));
  }

  @Test
  void aTypographicPossessiveIsATokenOfItsOwn() {
    // The model leaves "government’s" whole; TokenRepair splits off "’s" as it does "'s", so the
    // noun is counted as "government".
    assertEquals(Set.of("government"), lemmasOf("government", t -> true));
    assertEquals(Set.of("korea"), lemmasOf("Korea", t -> true));
    for (Token t : allTokens()) {
      if (t.text().length() > 2 && t.text().endsWith("’s")) {
        throw new AssertionError("possessive left on " + t);
      }
      assertFalse(t.lemma().contains("+"), t.toString());
    }
  }

  @Test
  void lemmasAreLowerCaseWithStraightApostrophes() {
    for (Token t : allTokens()) {
      assertEquals(Token.normalize(t.lemma()), t.lemma(), t.toString());
    }
    assertEquals(Set.of("korea"), lemmasOf("Korea", t -> true));
  }

  @Test
  void annotatingTheSameLetterTwiceGivesEqualResults() {
    Letter letter =
        AnnotateFixtures.bundled("2024-03-18_hrc55_letter-to-permanent-representatives#1");
    AnnotatedLetter first = AnnotateFixtures.ANNOTATOR.annotate(letter);
    AnnotatedLetter second = AnnotateFixtures.ANNOTATOR.annotate(letter);
    assertNotSame(first, second);
    assertEquals(first, second);
    // A fresh annotator (empty lemma memo) agrees with the shared one (full memo).
    assertEquals(first, OpenNlpAnnotator.create().annotate(letter));
  }

  @Test
  void versionNamesTheLibraryModelsAndRules() {
    String version = AnnotateFixtures.ANNOTATOR.version();
    assertTrue(version.startsWith("refrain-annotate "), version);
    assertTrue(version.contains("opennlp "), version);
    assertTrue(version.contains("opennlp-en-ud-ewt-pos"), version);
    assertTrue(version.contains("abbreviations "), version);
    assertEquals(version, OpenNlpAnnotator.create().version());
  }

  @Test
  void aShortTextIsTokenisedAsInALetter() {
    String query = "  We urge the government’s mechanisms ";
    List<Token> tokens = AnnotateFixtures.ANNOTATOR.tokens(query);
    assertEquals(
        List.of("We", "urge", "the", "government", "’s", "mechanisms"),
        tokens.stream().map(Token::text).toList());
    for (Token t : tokens) {
      assertEquals(t.text(), t.span().in(query));
    }
    assertEquals(2, tokens.get(0).span().start());
    assertEquals("mechanism", tokens.get(5).lemma());
    assertEquals(List.of(), AnnotateFixtures.ANNOTATOR.tokens(" \n "));
  }

  @Test
  void aLetterWithoutParagraphsHasNoSentences() {
    Letter empty = AnnotateFixtures.letter("empty", List.of());
    assertEquals(List.of(), AnnotateFixtures.ANNOTATOR.annotate(empty).sentences());
    Letter blank = AnnotateFixtures.letter("blank", List.of("   "));
    assertEquals(List.of(), AnnotateFixtures.ANNOTATOR.annotate(blank).sentences());
  }

  @Test
  void sentencesNameTheirParagraphInAHandBuiltLetter() {
    Letter letter =
        AnnotateFixtures.letter(
            "hand",
            List.of(
                "Dear President Moon,",
                "We urge you to act. Thank you.",
                "1. Political prisoners: Close all camps."));
    AnnotatedLetter a = AnnotateFixtures.ANNOTATOR.annotate(letter);
    AnnotateFixtures.assertWellFormed(a);
    assertEquals(List.of(0, 1, 1, 2), a.sentences().stream().map(Sentence::paragraph).toList());
    assertEquals(
        List.of(
            "Dear President Moon,",
            "We urge you to act.",
            "Thank you.",
            "1. Political prisoners: Close all camps."),
        a.sentences().stream().map(s -> s.text(letter.text())).toList());
    assertEquals(
        List.of("We", "urge", "you", "to", "act", "."),
        a.sentences().get(1).tokens().stream().map(Token::text).toList());
    assertEquals(5, a.sentences().get(1).words());
  }
}
