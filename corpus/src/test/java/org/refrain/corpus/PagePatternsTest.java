package org.refrain.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Letters written for these tests in the shapes real web pages take and the samples do not (issue
 * 15): footnote markers and a notes section, page titles that are no addressee, counts stated in
 * other words, a venue named only in a re: line, dates from the page, each read through the real
 * {@link CorpusReader}.
 */
class PagePatternsTest {

  private static Corpus read(String name) {
    try {
      Path file = Path.of(PagePatternsTest.class.getResource("patterns/" + name).toURI());
      return CorpusReader.create().read(List.of(file));
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Letter only(String name) {
    Corpus corpus = read(name);
    assertEquals(1, corpus.letters().size(), corpus.diagnostics().toString());
    return corpus.letters().get(0);
  }

  @Test
  void footnoteMarkersDoNotHideTheProseAndNotesStayOutOfTheList() {
    Letter l = only("footnotes.txt");
    assertEquals(3, l.signatories().size(), l.signatories().toString());
    assertTrue(l.text().contains("non-proliferation.1"), "the marker is kept in the text");
    assertFalse(l.text().contains("https://"), l.text());
    assertTrue(l.signatories().stream().noneMatch(m -> m.raw().contains("Notes")));
  }

  @Test
  void notesAfterAListWithoutClosing() {
    Letter l = only("footnotes-no-closing.txt");
    assertEquals(3, l.signatories().size(), l.signatories().toString());
    assertFalse(l.text().contains("https://"), l.text());
  }

  @Test
  void numberedNotesWithoutHeadingOrLinksStayOutOfBodyAndList() {
    Letter l = only("notes-plain.txt");
    assertEquals(3, l.signatories().size(), l.signatories().toString());
    assertFalse(l.text().contains("Ibid"), l.text());
    assertFalse(l.text().contains("resolution 52/3"), l.text());
  }

  @Test
  void superscriptNotesAfterAListWithoutClosing() {
    Letter l = only("notes-no-closing-superscript.txt");
    assertEquals(3, l.signatories().size(), l.signatories().toString());
    assertFalse(l.text().contains("Opinion No. 12/2023"), l.text());
  }

  @Test
  void aNumberedListThenNumberedNotes() {
    Letter l = only("numbered-list-and-notes.txt");
    assertEquals(4, l.signatories().size(), l.signatories().toString());
    assertEquals("Front Line Defenders", l.signatories().get(3).name());
    assertFalse(l.text().contains("Foreign Agents, adopted"), l.text());
  }

  @Test
  void aNumberedListIsNoNotesSectionThoughTheBodyHasAMarker() {
    Letter l = only("numbered-list-one-marker.txt");
    assertEquals(4, l.signatories().size(), l.signatories().toString());
  }

  @Test
  void numberedDemandsStayInTheBodyAndTheNoteAfterTheListIsOut() {
    Letter l = only("numbered-demands.txt");
    assertTrue(l.text().contains("Request a report on the implementation"), l.text());
    assertTrue(l.text().contains("clear signal"), l.text());
    assertFalse(l.text().contains("A/HRC/55/30"), l.text());
    assertEquals(3, l.signatories().size(), l.signatories().toString());
  }

  @Test
  void aHeadlineIsNoAddressee() {
    assertEquals(null, only("headline.txt").addressee());
    Letter dear = only("headline-dear.txt");
    assertEquals("Ambassador", dear.addressee());
    assertEquals("Myanmar: Junta Must Free Political Leaders", dear.title());
  }

  @Test
  void aHeadlineWithLetterToIsNoAddresseeAndTheSalutationNamesOne() {
    Letter l = only("headline-letter-to.txt");
    assertEquals("Members of the Security Council", l.addressee());
  }

  @Test
  void aTitleThatNamesTheAddressee() {
    assertEquals("UN Security Council Members", only("letter-to-title.txt").addressee());
  }

  @Test
  void aCountInTheLeadInIsAClaim() {
    Letter l = only("lead-in-count.txt");
    assertEquals(4, l.claimed().organizations(), l.claimEvidence());
    assertEquals(
        org.refrain.corpus.claim.ClaimCheck.Status.CONSISTENT,
        l.claimCheck().status(),
        l.claimCheck().detail());
  }

  @Test
  void aCountAsTheSubjectOfSignedIsAClaimAndOtherNumbersAreNot() {
    Letter l = only("subject-count.txt");
    assertEquals(3, l.claimed().organizations(), l.claimEvidence());
    assertTrue(l.claimed().atLeast(), l.claimEvidence());
    assertEquals(
        org.refrain.corpus.claim.ClaimCheck.Status.CONSISTENT,
        l.claimCheck().status(),
        l.claimCheck().detail());
  }

  @Test
  void todayOnAPostedPageIsThePostingDate() {
    Letter l = only("dated-today.txt");
    assertEquals(java.time.LocalDate.of(2024, 5, 14), l.date().value(), l.date().evidence());
    assertEquals(
        org.refrain.corpus.metadata.LetterDate.Source.PUBLISHED,
        l.date().source(),
        l.date().evidence());
  }

  @Test
  void aPreambleDateBeforeTheEventsTheLetterCitesIsNotItsDate() {
    Letter l = only("cites-later.txt");
    assertTrue(
        l.date() == null || !l.date().value().isBefore(java.time.LocalDate.of(2024, 3, 10)),
        String.valueOf(l.date()));
  }

  @Test
  void aReLineNamesTheVenueAndTheFirstSentenceTheCount() {
    Letter l = only("re-line.txt");
    assertEquals("HRC 58", l.venue().label());
    assertEquals("Ambassador", l.addressee());
    assertEquals(3, l.claimed().organizations(), l.claimEvidence());
    assertEquals(
        org.refrain.corpus.claim.ClaimCheck.Status.CONSISTENT,
        l.claimCheck().status(),
        l.claimCheck().detail());
  }
}
