package org.refrain.analysis.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refrain.analysis.language.LanguageFixtures.ANNOTATOR;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refrain.analysis.annotate.AnnotatedLetter;
import org.refrain.analysis.annotate.Sentence;
import org.refrain.corpus.CorpusReader;
import org.refrain.corpus.Paragraph;

/**
 * The term stages read what a letter says, not its formulas: two letters of our own, read from text
 * by the corpus reader (so the splitter decides what is salutation, closing and signatory list),
 * whose salutation, closing and signature block use words found nowhere else.
 */
class ContentOnlyTest {

  private static final String PRISONS =
      """
      Joint letter on prisons

      March 1, 2021

      Dear Ambassador Zorbington,

      We urge the council to renew the mandate of the special rapporteur on prisons. We ask the \
      ambassador to visit the prisons and to report on the detainees held there.

      Thank you for your kind consideration of these grave matters.

      Yours faithfully,

      Quixotic Foundation, Norway
      Xylophone Watch, Peru
      Zanzibar Centre, Japan
      """;

  private static final String REFUGEES =
      """
      Joint letter on refugees

      May 5, 2023

      Excellencies,

      We call on your government to protect refugees and to halt forced returns. Refugees face \
      torture when they are returned, and the council has said so.

      Sincerely,

      Quixotic Foundation, Norway
      Yodel Network, Chile
      Zanzibar Centre, Japan
      """;

  /** Words only the salutations, closings and signature blocks use. */
  private static final List<String> FORMULA_WORDS =
      List.of(
          "zorbington",
          "dear",
          "excellenc",
          "consideration",
          "grave",
          "faithfully",
          "sincerely",
          "quixotic",
          "xylophone",
          "yodel",
          "zanzibar",
          "foundation");

  @TempDir static Path dir;

  private static List<AnnotatedLetter> letters() {
    try {
      Files.writeString(dir.resolve("a-prisons.txt"), PRISONS);
      Files.writeString(dir.resolve("b-refugees.txt"), REFUGEES);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return CorpusReader.create().read(List.of(dir)).letters().stream()
        .map(ANNOTATOR::annotate)
        .toList();
  }

  private static void assertNoFormulaWord(Collection<String> terms) {
    for (String term : terms) {
      for (String word : FORMULA_WORDS) {
        assertFalse(term.contains(word), "'" + term + "' is a word of a formula: " + terms);
      }
    }
  }

  @Test
  void theLettersAreReadWithASalutationAClosingAndASignatoryList() {
    List<AnnotatedLetter> letters = letters();
    assertEquals(2, letters.size());
    AnnotatedLetter prisons = letters.get(0);
    assertEquals(
        List.of(
            Paragraph.Role.SALUTATION,
            Paragraph.Role.CONTENT,
            Paragraph.Role.CLOSING,
            Paragraph.Role.CLOSING),
        prisons.letter().paragraphs().stream().map(Paragraph::role).toList());
    assertEquals(3, prisons.letter().signatories().size());
    // The content sentences are those of the content paragraph, and point back into the text.
    List<Sentence> content = prisons.contentSentences();
    assertEquals(2, content.size());
    Paragraph body = prisons.letter().paragraphs().get(1);
    for (Sentence sentence : content) {
      assertEquals(1, sentence.paragraph());
      assertTrue(body.span().contains(sentence.span()));
      assertTrue(body.text().contains(sentence.text(prisons.letter().text())));
    }
  }

  @Test
  void termsCountTheContentOnlyAndTheWordCountStaysTheLetters() {
    List<LetterTerms> terms = TermCounter.upTo(3).count(letters());
    LetterTerms prisons = terms.get(0);
    assertNoFormulaWord(prisons.counts().keySet());
    assertNoFormulaWord(terms.get(1).counts().keySet());
    assertEquals(2, prisons.count("prison"));
    assertEquals(1, prisons.count("mandate"));
    // "Ambassador" is in the salutation and the content: only the content's counts.
    assertEquals(1, prisons.count("ambassador"));
    assertEquals(2, terms.get(1).count("refugee"));
    // The formulas' words still count toward the denominator, as stop words do.
    assertEquals(prisons.letter().words(), prisons.words());
  }

  @Test
  void keynessAndDistinctiveTermsHaveNoWordOfAFormula() {
    List<AnnotatedLetter> letters = letters();
    List<LetterTerms> terms = TermCounter.upTo(3).count(letters);
    Keyness everything = Keyness.of(1.0, 1); // every term, so absence means not counted
    KeynessPeriods periods =
        KeynessPeriods.choose(letters.stream().map(AnnotatedLetter::letter).toList()).orElseThrow();
    Set<String> key = new TreeSet<>();
    periods.compare(terms, everything).terms().forEach(t -> key.add(t.term()));
    assertNoFormulaWord(key);
    assertTrue(key.containsAll(List.of("prison", "mandate", "refugee", "torture")), key.toString());

    Set<String> distinctive = new TreeSet<>();
    DistinctiveTerms.of(terms, everything, 1000).forEach(d -> distinctive.add(d.term().term()));
    assertNoFormulaWord(distinctive);
    assertTrue(distinctive.containsAll(List.of("prison", "refugee")), distinctive.toString());
  }

  @Test
  void collocatesLeaveTheSalutationOutAndTheConcordanceKeepsIt() {
    List<AnnotatedLetter> letters = letters();
    PhraseQuery ambassador = PhraseQuery.parse("ambassador", ANNOTATOR, false);
    Collocation c = CollocateFinder.of(true, 1).find(letters, ambassador, 5);
    assertEquals(1, c.matches());
    assertNoFormulaWord(c.collocates().stream().map(Collocate::term).toList());
    assertTrue(
        c.collocates().stream().anyMatch(x -> x.term().equals("visit")), c.collocates().toString());
    // The concordance is a search of every paragraph: it finds "Dear Ambassador Zorbington," too.
    assertEquals(2, Concordancer.find(letters, ambassador, 3).size());
  }
}
