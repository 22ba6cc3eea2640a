package org.refrain.analysis.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refrain.analysis.demand.Strength;
import org.refrain.corpus.Letter;

class CorpusIndexTest {

  @TempDir Path dir;

  private static final Letter A =
      IndexFixtures.letter(
          "a#1",
          "2020-02-21",
          "President Moon Jae-in",
          "We urge you to close the political prison camps known as kwanliso.",
          "The camps hold tens of thousands of prisoners.");
  private static final Letter B =
      IndexFixtures.letter(
          "b#1",
          "2022-03-24",
          "UN General Assembly",
          "Prisoners of war and their descendants remain in the North.",
          "We urge member states to support the resolution.");
  private static final Letter C =
      IndexFixtures.letter(
          "c#1",
          "2024-03-18",
          "Permanent Representatives",
          "Forced repatriation breaches the principle of non-refoulement.");

  private static SearchResult search(Path dir, String query) throws IOException {
    try (PassageIndex index = PassageIndex.open(dir)) {
      return index.search(new SearchRequest(query, SearchRequest.Filter.NONE, 10));
    }
  }

  @Test
  void buildsThenUpdatesOnlyWhatChanged() throws IOException {
    CorpusIndex.Update first =
        CorpusIndex.update(dir, List.of(IndexFixtures.plain(A), IndexFixtures.plain(B)), "one");
    assertEquals(new CorpusIndex.Update(2, 0, 0, 0, true), first);
    assertEquals("one", CorpusIndex.fingerprint(dir).orElseThrow());

    Letter changed =
        IndexFixtures.letter(
            "b#1",
            "2022-03-24",
            "UN General Assembly",
            "Prisoners of war and their descendants remain in the North.",
            "We urge member states to co-sponsor the resolution.");
    CorpusIndex.Update second =
        CorpusIndex.update(
            dir,
            List.of(IndexFixtures.plain(A), IndexFixtures.plain(changed), IndexFixtures.plain(C)),
            "two");
    // b changed (one removed, one added), c new, a kept.
    assertEquals(new CorpusIndex.Update(2, 1, 1, 0, false), second);
    try (PassageIndex index = PassageIndex.open(dir)) {
      assertEquals(3, index.letters());
      assertEquals(5, index.passages());
    }
    assertEquals(1, search(dir, "\"co-sponsor the resolution\"").total());
    assertEquals(0, search(dir, "\"support the resolution\"").total());

    CorpusIndex.Update third = CorpusIndex.update(dir, List.of(IndexFixtures.plain(C)), "three");
    assertEquals(new CorpusIndex.Update(0, 2, 1, 0, false), third);
    assertEquals(0, search(dir, "kwanliso").total());
    assertEquals(1, search(dir, "refoulement").total());
  }

  @Test
  void familiesChangeInPlace() throws IOException {
    IndexedLetter a =
        new IndexedLetter(
            A, Map.of(), Map.of(), Map.of(0, new IndexedLetter.Family("R1", 2, false)));
    CorpusIndex.update(dir, List.of(a, IndexFixtures.plain(B)), "one");
    assertEquals("R1", search(dir, "kwanliso").hits().get(0).family());
    assertEquals(2, search(dir, "kwanliso").hits().get(0).familyLetters());

    IndexedLetter renumbered =
        new IndexedLetter(
            A, Map.of(), Map.of(), Map.of(0, new IndexedLetter.Family("R7", 3, true)));
    CorpusIndex.Update update =
        CorpusIndex.update(dir, List.of(renumbered, IndexFixtures.plain(B)), "two");
    assertEquals(new CorpusIndex.Update(0, 0, 2, 1, false), update);
    SearchResult.Hit hit = search(dir, "kwanliso").hits().get(0);
    assertEquals("R7", hit.family());
    assertEquals(3, hit.familyLetters());
    assertTrue(hit.boilerplate());
    assertEquals(null, search(dir, "thousands").hits().get(0).family());
  }

  @Test
  void anotherSchemaIsBuiltAgain() throws IOException {
    // An index without our stamp (another tool's, or an older schema's) is replaced, not mixed.
    try (FSDirectory d = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
      w.addDocument(new org.apache.lucene.document.Document());
      w.setLiveCommitData(Map.of(IndexFields.COMMIT_SCHEMA, "refrain-index-0").entrySet());
      w.commit();
    }
    assertTrue(CorpusIndex.fingerprint(dir).isEmpty());
    CorpusIndex.Update update = CorpusIndex.update(dir, List.of(IndexFixtures.plain(A)), "x");
    assertTrue(update.rebuilt());
    try (FSDirectory d = FSDirectory.open(dir);
        DirectoryReader r = DirectoryReader.open(d)) {
      assertEquals(3, r.numDocs()); // the letter and its two passages, nothing else
    }
  }

  @Test
  void aReaderKeepsItsCommitWhileTheIndexIsUpdated() throws IOException {
    CorpusIndex.update(dir, List.of(IndexFixtures.plain(A)), "one");
    try (PassageIndex open = PassageIndex.open(dir)) {
      CorpusIndex.update(dir, List.of(IndexFixtures.plain(B)), "two");
      assertEquals(
          1, open.search(new SearchRequest("kwanliso", SearchRequest.Filter.NONE, 5)).total());
      assertEquals(
          0, open.search(new SearchRequest("descendants", SearchRequest.Filter.NONE, 5)).total());
    }
    assertEquals(0, search(dir, "kwanliso").total());
    assertEquals(1, search(dir, "descendants").total());
  }

  @Test
  void aSecondWriterIsToldTheIndexIsBusy() throws IOException {
    CorpusIndex.update(dir, List.of(IndexFixtures.plain(A)), "one");
    try (FSDirectory d = FSDirectory.open(dir);
        IndexWriter held = new IndexWriter(d, new IndexWriterConfig())) {
      IndexBusyException e =
          assertThrows(
              IndexBusyException.class,
              () -> CorpusIndex.update(dir, List.of(IndexFixtures.plain(B)), "two"));
      assertTrue(e.getMessage().contains("another process"), e.getMessage());
    }
    assertEquals("one", CorpusIndex.fingerprint(dir).orElseThrow());
  }

  @Test
  void filtersNarrowToTheirLetters() throws IOException {
    CorpusIndex.update(
        dir,
        List.of(
            IndexFixtures.asking(A, "political-prisons", "We urge you to close the camps."),
            IndexFixtures.plain(B),
            IndexFixtures.plain(C)),
        "one");
    try (PassageIndex index = PassageIndex.open(dir)) {
      SearchRequest.Filter askPrisons =
          new SearchRequest.Filter("political-prisons", Strength.ASK, null, null, null, null, null);
      assertEquals(
          List.of("a#1", "a#1"),
          index.search(new SearchRequest("camps OR prisoners", askPrisons, 10)).hits().stream()
              .map(SearchResult.Hit::letter)
              .toList());
      SearchRequest.Filter mention =
          new SearchRequest.Filter(
              "political-prisons", Strength.MENTION, null, null, null, null, null);
      assertEquals(0, index.search(new SearchRequest("camps", mention, 10)).total());
      SearchRequest.Filter moon =
          new SearchRequest.Filter(null, null, null, null, "President Moon", null, null);
      assertEquals(2, index.search(new SearchRequest("we OR prisoners", moon, 10)).total());
      SearchRequest.Filter y2022 = PassageIndex.year(SearchRequest.Filter.NONE, 2022);
      assertEquals(
          List.of("b#1"),
          index.search(new SearchRequest("prisoners", y2022, 10)).hits().stream()
              .map(SearchResult.Hit::letter)
              .toList());
      SearchRequest.Filter hrw =
          new SearchRequest.Filter(null, null, null, null, null, null, "HRW");
      assertEquals(3, index.search(new SearchRequest("we OR the", hrw, 10)).letters());
      assertFalse(index.asked("Moon", null).isEmpty());
      assertEquals(
          "We urge you to close the camps.",
          index.asked("Moon", null).get("political-prisons").get(0).wording());
    }
  }

  @Test
  void highlightsAreSpansOfThePassage() throws IOException {
    CorpusIndex.update(dir, List.of(IndexFixtures.plain(A), IndexFixtures.plain(B)), "one");
    SearchResult r = search(dir, "\"prisoners of war\" OR kwanliso");
    assertEquals(2, r.total());
    for (SearchResult.Hit hit : r.hits()) {
      assertFalse(hit.highlights().isEmpty());
      String marked =
          hit.text().substring(hit.highlights().get(0).start(), hit.highlights().get(0).end());
      assertTrue(marked.equals("Prisoners of war") || marked.equals("kwanliso"), marked);
    }
    IllegalArgumentException bad =
        assertThrows(IllegalArgumentException.class, () -> search(dir, "AND ("));
    assertTrue(bad.getMessage().startsWith("cannot read the query 'AND ('"), bad.getMessage());
  }
}
