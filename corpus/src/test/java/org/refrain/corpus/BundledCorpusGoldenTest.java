package org.refrain.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refrain.corpus.CorpusFixtures.count;
import static org.refrain.corpus.CorpusFixtures.letter;
import static org.refrain.corpus.CorpusFixtures.mention;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.refrain.corpus.claim.ClaimCheck;
import org.refrain.corpus.claim.Counts;
import org.refrain.corpus.metadata.LetterDate;
import org.refrain.corpus.signatory.SignatoryKind;
import org.refrain.corpus.signatory.SignatoryMention;

/**
 * The sample corpus as a human reads it (issue 2's table), and the whole reading compared with a
 * reviewed golden file. Regenerate the file with {@code -Drefrain.golden.update=true} and review
 * the diff.
 */
class BundledCorpusGoldenTest {

  private static final Path GOLDEN =
      Path.of("src/test/resources/org/refrain/corpus/golden/bundled-corpus.txt");

  private final Corpus corpus = CorpusFixtures.bundled();

  @Test
  void sixRecordsFromFiveDocumentsWithoutErrors() {
    assertEquals(6, corpus.letters().size());
    assertEquals(5, corpus.sourcesRead());
    assertTrue(
        corpus.diagnostics().stream().noneMatch(d -> d.severity() == Diagnostic.Severity.ERROR),
        corpus.diagnostics().toString());
  }

  @Test
  void hrc49LetterRepeatedOnItsPageIsReadOnce() {
    Letter l = letter(corpus, "2022-03-24", 1);
    assertEquals(LetterKind.LETTER, l.kind());
    assertEquals(1, corpus.letters().stream().filter(x -> x.source().equals(l.source())).count());
    assertEquals(LocalDate.of(2022, 3, 24), l.date().value());
    assertEquals(LetterDate.Source.INFERRED, l.date().source());
    assertEquals("HRC 49", l.venue().label());
    assertEquals("President Moon Jae-in", l.addressee());
    assertTrue(l.preamble().startsWith("On March 24, NKDB signed"));
    assertTrue(l.paragraphs().get(0).text().startsWith("Dear President Moon Jae-in"));
    assertEquals(28, count(l, SignatoryKind.ORGANIZATION));
    assertEquals(4, count(l, SignatoryKind.PERSON));
    assertEquals(new Counts(28, 4, null, 6), l.claimed());
    assertEquals(6, l.listed().countries());
    assertEquals(ClaimCheck.Status.CONSISTENT, l.claimCheck().status());
    assertTrue(
        corpus.diagnostics().stream()
            .anyMatch(
                d -> d.file().equals(l.source()) && d.message().startsWith("repeats the letter")));
  }

  @Test
  void twoLettersOfOctober2020() {
    Letter unga = letter(corpus, "2020-10-14", 1);
    Letter eu = letter(corpus, "2020-10-14", 2);
    for (Letter l : List.of(unga, eu)) {
      assertEquals(LocalDate.of(2020, 10, 14), l.date().value());
      assertEquals(LetterDate.Source.STATED, l.date().source());
      assertEquals("UNGA 75", l.venue().label());
      assertEquals(33, count(l, SignatoryKind.ORGANIZATION), l.id());
      assertEquals(4, count(l, SignatoryKind.PERSON), l.id());
      assertEquals(37, l.claimed().total());
      assertEquals(7, l.claimed().countries());
      assertEquals(37, l.listed().total());
      assertEquals(5, l.listed().countries());
      assertEquals(ClaimCheck.Status.CONSISTENT, l.claimCheck().status());
      assertEquals(6, l.paragraphs().stream().filter(Paragraph::item).count(), l.id());
    }
    assertEquals("UN General Assembly", unga.addressee());
    assertTrue(
        eu.addressee().startsWith("Josep Borrell Fontelles, High Representative"), eu.addressee());
    assertTrue(
        eu.title()
            .startsWith("Joint open letter concerning the UN General Assembly’s 2020 resolution"));
  }

  @Test
  void hrc55LetterDatedByItsList() {
    Letter l = letter(corpus, "2024-03-18", 1);
    assertEquals(LocalDate.of(2024, 3, 18), l.date().value());
    assertEquals("HRC 55", l.venue().label());
    assertTrue(l.addressee().startsWith("Permanent Representatives of Member and Observer States"));
    assertEquals(34, count(l, SignatoryKind.ORGANIZATION));
    assertEquals(9, count(l, SignatoryKind.PERSON));
    assertEquals(
        8,
        l.signatories().stream()
            .filter(m -> m.kind() == SignatoryKind.PERSON)
            .map(SignatoryMention::span)
            .distinct()
            .count());
    assertTrue(l.claimed().isEmpty());
    assertEquals(ClaimCheck.Status.NOT_CHECKABLE, l.claimCheck().status());
  }

  @Test
  void february2020LetterWithPostingDateAndInferredSession() {
    Letter l = letter(corpus, "2020-02-21", 1);
    assertEquals(LocalDate.of(2020, 2, 21), l.date().value());
    assertEquals(LetterDate.Source.STATED, l.date().source());
    assertEquals(LocalDate.of(2020, 3, 3), l.published());
    assertEquals("HRC", l.venue().body());
    assertEquals(43, l.venue().session());
    assertTrue(l.venue().inferred());
    assertEquals("Moon Jae-in, President of the Republic of Korea", l.addressee());
    assertEquals(69, count(l, SignatoryKind.ORGANIZATION));
    assertEquals(7, count(l, SignatoryKind.PERSON));
    assertEquals(new Counts(69, 7, null, 23), l.claimed());
    assertEquals(ClaimCheck.Status.CONSISTENT, l.claimCheck().status());
  }

  @Test
  void pressReleaseReportingALetter() {
    Letter l = letter(corpus, "2020-03-03", 1);
    assertEquals(LetterKind.PRESS_RELEASE, l.kind());
    assertEquals(LocalDate.of(2020, 3, 3), l.date().value());
    assertEquals("South Korea: Stand With North Korean Victims", l.title());
    assertNull(l.addressee());
    assertEquals(41, count(l, SignatoryKind.ORGANIZATION));
    assertEquals(6, count(l, SignatoryKind.PERSON));
    assertEquals(69, l.claimed().organizations());
    assertEquals(7, l.claimed().individuals());
    assertTrue(l.claimEvidence().contains("joined by 68 other groups and 7 concerned individuals"));
    assertEquals(ClaimCheck.Status.NOT_CHECKABLE, l.claimCheck().status());
  }

  @Test
  void trickySignatoryLines() {
    Letter unga = letter(corpus, "2020-10-14", 1);
    SignatoryMention glued = mention(unga, "Human AsiaSouth Korea");
    assertEquals("Human Asia", glued.name());
    assertEquals("South Korea", glued.country());
    SignatoryMention endsInKorea = mention(unga, "unification of KoreaSouth Korea");
    assertEquals("Lawyers for human rights and unification of Korea", endsInKorea.name());
    assertEquals("South Korea", endsInKorea.country());
    SignatoryMention acronymGlued = mention(unga, "(HRNK)United States of America");
    assertEquals("Committee for Human Rights in North Korea", acronymGlued.name());
    assertEquals("HRNK", acronymGlued.acronym());
    assertEquals("United States", acronymGlued.country());
    SignatoryMention noCountry = mention(unga, "Liberty in North Korea (LiNK)");
    assertEquals("LiNK", noCountry.acronym());
    assertNull(noCountry.country());
    SignatoryMention gluedPerson = mention(unga, "Sonja BiserkoFormer");
    assertEquals(SignatoryKind.PERSON, gluedPerson.kind());
    assertEquals("Sonja Biserko", gluedPerson.name());

    Letter hrc49 = letter(corpus, "2022-03-24", 1);
    SignatoryMention emptyCells =
        mention(hrc49, "FIDH - International Federation for Human Rights");
    assertNull(emptyCells.country());
    assertEquals("Canada", mention(hrc49, "HanVoice").country());
    assertEquals(
        "United Kingdom", mention(hrc49, "Christian Solidarity Worldwide (CSW)").country());

    Letter hrc55 = letter(corpus, "2024-03-18", 1);
    List<SignatoryMention> twoPeople =
        hrc55.signatories().stream()
            .filter(m -> m.raw().startsWith("Kim Kyu Li and Kim Hyuk"))
            .toList();
    assertEquals(
        List.of("Kim Kyu Li", "Kim Hyuk"), twoPeople.stream().map(SignatoryMention::name).toList());
    SignatoryMention commaInName = mention(hrc55, "Mindanaw, Inc. (BALAOD Mindanaw)");
    assertNull(commaInName.country());
    assertEquals(SignatoryKind.ORGANIZATION, commaInName.kind());
    assertEquals("FORUM-ASIA", mention(hrc55, "(FORUM-ASIA)").acronym());

    Letter feb = letter(corpus, "2020-02-21", 1);
    assertEquals("United States", mention(feb, "The 88 Project, U.S.A.").country());
    assertEquals(
        "United Kingdom", mention(feb, "Arakan Rohingya National Organisation, U.K.").country());
    assertEquals(SignatoryKind.PERSON, mention(feb, "Geoffrey Nice, British barrister").kind());

    Letter release = letter(corpus, "2020-03-03", 1);
    SignatoryMention dashAcronym = mention(release, "Liberty in North Korea - LiNK (USA)");
    assertEquals("Liberty in North Korea", dashAcronym.name());
    assertEquals("LiNK", dashAcronym.acronym());
    assertEquals("United States", dashAcronym.country());
    assertEquals("South Korea", mention(release, "Free North Korea Radio (ROK)").country());
    SignatoryMention kato = mention(release, "Ken Kato, Director");
    assertEquals(SignatoryKind.PERSON, kato.kind());
    assertEquals("Japan", kato.country());
    assertEquals(SignatoryKind.PERSON, mention(release, "Tomoharu Ebihara").kind());
    assertEquals(SignatoryKind.ORGANIZATION, mention(release, "Han Voice (Canada)").kind());
  }

  /** Property: every span lies in its letter's text and reads back as what it claims. */
  @Test
  void spansAreInBoundsOrderedAndReadBack() {
    for (Letter l : corpus.letters()) {
      Span previous = Span.of(0, 0);
      for (Paragraph p : l.paragraphs()) {
        assertEquals(p.text(), p.span().in(l.text()));
        assertTrue(p.span().compareTo(previous) >= 0, l.id());
        previous = p.span();
      }
      previous = Span.of(0, 0);
      for (SignatoryMention m : l.signatories()) {
        assertTrue(m.span().end() <= l.text().length());
        assertTrue(m.span().compareTo(previous) >= 0, l.id() + " " + m);
        String covered = m.span().in(l.text()).replaceAll("\\s+", " ");
        assertTrue(covered.contains(m.raw().substring(0, Math.min(10, m.raw().length()))), m.raw());
        previous = m.span();
      }
    }
  }

  /** Property: every paragraph maps back to the same words in the file as it was read. */
  @Test
  void paragraphsPointBackIntoTheSourceFiles() throws Exception {
    for (Letter l : corpus.letters()) {
      String file = Files.readString(Path.of("letters", l.source()), StandardCharsets.UTF_8);
      for (Paragraph p : l.paragraphs()) {
        Span source = l.sourceMap().sourceSpan(p.span());
        String original = source.in(file);
        assertEquals(
            p.text(),
            original.replace('\u00a0', ' ').replaceAll("[\u200b\u200c\u200d\ufeff\u00ad]", ""),
            l.id());
      }
    }
  }

  @Test
  void readingTwiceGivesTheSameResult() {
    assertEquals(
        CorpusFixtures.render(corpus), CorpusFixtures.render(CorpusReader.create().readBundled()));
  }

  @Test
  void wholeReadingMatchesTheReviewedGoldenFile() throws Exception {
    String actual = CorpusFixtures.render(corpus);
    if (Boolean.getBoolean("refrain.golden.update")) {
      Files.createDirectories(GOLDEN.getParent());
      Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), actual);
  }
}
