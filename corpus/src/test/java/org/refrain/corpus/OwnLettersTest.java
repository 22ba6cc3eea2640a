package org.refrain.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.refrain.corpus.CorpusFixtures.count;
import static org.refrain.corpus.CorpusFixtures.letter;
import static org.refrain.corpus.CorpusFixtures.mention;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.refrain.corpus.claim.ClaimCheck;
import org.refrain.corpus.metadata.LetterDate;
import org.refrain.corpus.signatory.SignatoryKind;
import org.refrain.corpus.signatory.SignatoryMention;

/**
 * Letters written for these tests in layouts the sample corpus does not have: a bulleted list, a
 * numbered list, a table exported from a word processor, an HTML page, a Markdown page with "Name –
 * Country" entries and a "To ...," salutation, a letter dated "21 November 2017", and a page whose
 * posting date differs from the letter's date. They must parse by the same rules as the samples.
 */
class OwnLettersTest {

  private static Corpus corpus;

  @BeforeAll
  static void read() throws URISyntaxException {
    Path dir = Path.of(OwnLettersTest.class.getResource("own").toURI());
    corpus = CorpusReader.create().read(List.of(dir));
  }

  @Test
  void everyDocumentIsOneLetter() {
    assertEquals(5, corpus.letters().size(), corpus.diagnostics().toString());
    assertEquals(5, corpus.sourcesRead());
  }

  @Test
  void bulletedListAndDayMonthYearDate() {
    Letter l = letter(corpus, "bulleted-list", 1);
    assertEquals(LocalDate.of(2017, 11, 21), l.date().value());
    assertEquals("HRC 38", l.venue().label());
    assertEquals(
        "H.E. Federica Mogherini, High Representative of the Union for Foreign Affairs and Security Policy",
        l.addressee());
    assertEquals(
        "Joint letter on the renewal of the mandate of the Special Rapporteur on Eritrea",
        l.title());
    assertEquals(3, l.paragraphs().stream().filter(Paragraph::item).count());
    assertEquals(12, count(l, SignatoryKind.ORGANIZATION));
    assertEquals(3, count(l, SignatoryKind.PERSON));
    SignatoryMention africa = mention(l, "Africa Monitors");
    assertEquals("Africa Monitors", africa.name());
    assertEquals("South Africa", africa.country());
    SignatoryMention hrce = mention(l, "Human Rights Concern - Eritrea (HRCE) (UK)");
    assertEquals("HRCE", hrce.acronym());
    assertEquals("United Kingdom", hrce.country());
    assertEquals("Netherlands", mention(l, "Dr. Mirjam van Reisen").country());
    assertEquals(ClaimCheck.Status.CONSISTENT, l.claimCheck().status(), l.claimCheck().detail());
  }

  @Test
  void numberedListOnAPageWithAnotherPostingDate() {
    Letter l = letter(corpus, "posting-date_numbered", 1);
    assertEquals(LocalDate.of(2019, 11, 28), l.date().value());
    assertEquals(LetterDate.Source.STATED, l.date().source());
    assertEquals(LocalDate.of(2019, 12, 5), l.published());
    assertEquals("Human Rights Council", l.addressee());
    assertEquals(9, count(l, SignatoryKind.ORGANIZATION));
    assertEquals(2, count(l, SignatoryKind.PERSON));
    SignatoryMention forum = mention(l, "FORUM-ASIA");
    assertEquals("Asian Forum for Human Rights and Development", forum.name());
    assertEquals("Thailand", forum.country());
    assertEquals(ClaimCheck.Status.CONSISTENT, l.claimCheck().status(), l.claimCheck().detail());
  }

  @Test
  void tabSeparatedTableFromAWordProcessor() {
    Letter l = letter(corpus, "wordprocessor-table", 1);
    assertEquals(5, count(l, SignatoryKind.ORGANIZATION));
    assertEquals(0, count(l, SignatoryKind.PERSON));
    assertEquals("South Korea", mention(l, "Korean War Abductees Family Union").country());
    assertEquals("UNGA 78", l.venue().label());
    assertEquals(ClaimCheck.Status.CONSISTENT, l.claimCheck().status(), l.claimCheck().detail());
  }

  @Test
  void htmlPageWithATable() {
    Letter l = letter(corpus, "html-letter", 1);
    assertEquals(LocalDate.of(2021, 10, 1), l.date().value());
    assertEquals("UNGA 76", l.venue().label());
    assertEquals("UN General Assembly", l.addressee());
    assertEquals(2, l.paragraphs().stream().filter(Paragraph::item).count());
    assertEquals(4, count(l, SignatoryKind.ORGANIZATION));
    assertEquals("HRW", mention(l, "Human Rights Watch").acronym());
    assertEquals("United States", mention(l, "Human Rights Watch").country());
    assertNull(l.preamble());
    assertEquals(ClaimCheck.Status.CONSISTENT, l.claimCheck().status(), l.claimCheck().detail());
  }

  @Test
  void markdownWithDashSeparatedCountriesAndAToSalutation() {
    Letter l = letter(corpus, "markdown-dashes", 1);
    assertEquals(LetterKind.LETTER, l.kind());
    assertEquals("Joint NGO letter to EU foreign ministers on Afghanistan", l.title());
    assertEquals(LocalDate.of(2022, 1, 12), l.date().value());
    assertEquals("To the Foreign Ministers of the EU Member States,", l.paragraphs().get(0).text());
    assertEquals(3, l.paragraphs().stream().filter(Paragraph::item).count());
    assertEquals(6, count(l, SignatoryKind.ORGANIZATION));
    SignatoryMention hrw = mention(l, "Human Rights Watch");
    assertEquals("Human Rights Watch", hrw.name());
    assertNull(hrw.acronym());
    assertEquals("United States", hrw.country());
    SignatoryMention omct = mention(l, "OMCT");
    assertEquals("World Organisation Against Torture", omct.name());
    assertEquals("Switzerland", omct.country());
    assertEquals(6, l.listed().countries());
    assertEquals(ClaimCheck.Status.CONSISTENT, l.claimCheck().status());
  }
}
