package org.refrain.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refrain.corpus.metadata.LetterDate;

/**
 * One letter, many copies: the same letter read from two files with different furniture, preambles
 * and posting dates is one letter with both sources; near-identical letters to different
 * addressees, and one text sent on two dates, stay apart; {@link CorpusReader#keepingCopies} keeps
 * every copy.
 */
class LetterCopiesTest {

  private static Path resource(String dir) throws URISyntaxException {
    return Path.of(LetterCopiesTest.class.getResource("copies/" + dir).toURI());
  }

  @Test
  void theSameLetterAsTextAndHtmlIsOneLetterWithBothSources() throws URISyntaxException {
    Corpus corpus = CorpusReader.create().read(List.of(resource("same-letter")));
    assertEquals(1, corpus.letters().size(), corpus.letters().toString());
    Letter l = corpus.letters().get(0);
    assertEquals("coalition-site#1", l.id(), "the copy with a stated date is kept");
    assertEquals(LocalDate.of(2021, 5, 10), l.date().value());
    assertEquals(LetterDate.Source.STATED, l.date().source());
    assertEquals(List.of("coalition-site.txt", "partner-site.html"), l.sources());
    assertEquals(1, l.copies().size());
    LetterCopy copy = l.copies().get(0);
    assertEquals("partner-site#1", copy.id());
    assertEquals(LocalDate.of(2021, 5, 20), copy.date().value());
    assertEquals(LetterDate.Source.PUBLISHED, copy.date().source());
    assertEquals(2, corpus.sourcesRead());
    assertEquals(
        List.of(
            "coalition-site.txt: warning: letter #1 is also in other files (partner-site.html#1;"
                + " 2021-05-10): read once, every source kept"),
        corpus.diagnostics().stream()
            .filter(d -> d.message().contains("also in other files"))
            .map(Diagnostic::toString)
            .toList());
  }

  @Test
  void keepingCopiesReadsEachFileAsItsOwnLetter() throws URISyntaxException {
    Corpus corpus = CorpusReader.create().keepingCopies().read(List.of(resource("same-letter")));
    assertEquals(2, corpus.letters().size());
    assertTrue(corpus.letters().stream().allMatch(l -> l.copies().isEmpty()));
    assertTrue(corpus.diagnostics().stream().noneMatch(d -> d.message().contains("other files")));
  }

  @Test
  void theSameTextUnderTwoStatedDatesIsTwoLetters() throws URISyntaxException {
    Corpus corpus = CorpusReader.create().read(List.of(resource("template")));
    assertEquals(2, corpus.letters().size());
    assertEquals(
        List.of(LocalDate.of(2021, 5, 10), LocalDate.of(2021, 9, 14)),
        corpus.letters().stream().map(l -> l.date().value()).toList());
    assertTrue(corpus.letters().stream().allMatch(l -> l.copies().isEmpty()));
  }

  /** The bundled UNGA and EU letters, each in a file of its own: most words shared, two letters. */
  @Test
  void lettersToDifferentAddresseesStayTwo(@TempDir Path dir) throws IOException {
    Path bundled = Path.of("letters/2020-10-14_unga75-and-eu_joint-letters.txt").toAbsolutePath();
    String text = Files.readString(bundled, StandardCharsets.UTF_8);
    int cut = text.indexOf("===================================");
    Files.writeString(dir.resolve("unga.txt"), text.substring(0, cut), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("eu.txt"), text.substring(cut), StandardCharsets.UTF_8);
    Corpus corpus = CorpusReader.create().read(List.of(dir));
    assertEquals(2, corpus.letters().size(), corpus.diagnostics().toString());
    assertTrue(corpus.letters().stream().allMatch(l -> l.copies().isEmpty()));
  }

  @Test
  void aCopyInTwoMoreFilesIsOneLetterWithThreeSources(@TempDir Path dir)
      throws IOException, URISyntaxException {
    Path txt = resource("same-letter").resolve("coalition-site.txt");
    String text = Files.readString(txt, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("a.txt"), text, StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("b.txt"),
        text.replace("Posted on: 12 May 2021", "Posted on: 1 June 2021")
            .replace("Today our coalition sent", "Our partners sent")
            .replace("\"situation of detainees\"", "“situation of detainees”"),
        StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("c.md"),
        "# Re-posted\n\n" + text.replace("News\n", ""),
        StandardCharsets.UTF_8);
    Corpus corpus = CorpusReader.create().read(List.of(dir));
    assertEquals(1, corpus.letters().size(), corpus.letters().toString());
    assertEquals(List.of("a.txt", "b.txt", "c.md"), corpus.letters().get(0).sources());
    assertEquals(LocalDate.of(2021, 5, 10), corpus.letters().get(0).date().value());
  }

  @Test
  void aChangedParagraphIsAnotherLetter(@TempDir Path dir) throws IOException, URISyntaxException {
    Path txt = resource("same-letter").resolve("coalition-site.txt");
    String text = Files.readString(txt, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("a.txt"), text, StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("b.txt"),
        text.replace(
            "Since the mandate was created, the Special Rapporteur has documented arbitrary"
                + " detention, indefinite national service and enforced disappearances, and no"
                + " government official has been held to account for any of them.",
            "The Commission of Inquiry found in 2016 that crimes against humanity had been"
                + " committed, and the government has since refused every request for access."),
        StandardCharsets.UTF_8);
    Corpus corpus = CorpusReader.create().read(List.of(dir));
    assertEquals(2, corpus.letters().size());
  }

  @Test
  void theSameWordsToAnotherAddresseeAreAnotherLetter(@TempDir Path dir)
      throws IOException, URISyntaxException {
    String body = body();
    Files.writeString(
        dir.resolve("a.txt"),
        "To: Permanent Representatives of EU member states\n\n10 May 2021\n\n" + body,
        StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("b.txt"),
        "To: Permanent Representatives of the African Group\n\n10 May 2021\n\n" + body,
        StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("c.txt"),
        "To: permanent representatives of EU Member States.\n\nPosted on: 3 June 2021\n\n" + body,
        StandardCharsets.UTF_8);
    Corpus corpus = CorpusReader.create().read(List.of(dir));
    assertEquals(
        List.of("a.txt; c.txt", "b.txt"),
        corpus.letters().stream().map(l -> String.join("; ", l.sources())).toList(),
        corpus.letters().stream().map(Letter::addressee).toList().toString());
  }

  /** The copy with the longer list is kept when neither states a date of its own. */
  @Test
  void withoutOwnDatesTheLongerListIsKept(@TempDir Path dir)
      throws IOException, URISyntaxException {
    String body = body();
    Files.writeString(dir.resolve("a.txt"), body, StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("b.txt"), body + "6. Eritrean Law Society, Eritrea\n", StandardCharsets.UTF_8);
    Corpus corpus = CorpusReader.create().read(List.of(dir));
    assertEquals(1, corpus.letters().size());
    assertEquals("b#1", corpus.letters().get(0).id());
    assertEquals(List.of("b.txt", "a.txt"), corpus.letters().get(0).sources());
  }

  private static String body() throws IOException, URISyntaxException {
    String text =
        Files.readString(
            resource("same-letter").resolve("coalition-site.txt"), StandardCharsets.UTF_8);
    return text.substring(text.indexOf("Excellencies,"));
  }
}
