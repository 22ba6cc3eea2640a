package org.refrain.analysis.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refrain.analysis.AnalysisSettings;
import org.refrain.analysis.CorpusAnalysis;
import org.refrain.analysis.HandLetters;
import org.refrain.analysis.SampleLetters;
import org.refrain.analysis.demand.LetterDemands;
import org.refrain.analysis.demand.Strength;
import org.refrain.analysis.demand.Taxonomy;
import org.refrain.analysis.reuse.ReuseSettings;
import org.refrain.corpus.Corpus;
import org.refrain.corpus.Letter;

/** Search and draft check on the sample corpus: the cases the issue names. */
class SampleIndexTest {

  @TempDir static Path dir;
  private static PassageIndex index;

  @BeforeAll
  static void build() throws IOException {
    IndexFixtures.sample(dir);
    index = PassageIndex.open(dir);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private static Set<String> letters(String query, SearchRequest.Filter filter) throws IOException {
    return index.search(new SearchRequest(query, filter, 1000)).hits().stream()
        .map(SearchResult.Hit::letter)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void kwanlisoIsInTheTwoOctober2020Letters() throws IOException {
    assertEquals(
        Set.of(SampleLetters.UNGA_2020, SampleLetters.EU_2020),
        letters("kwanliso", SearchRequest.Filter.NONE));
    SearchResult r = index.search(new SearchRequest("kwanliso", SearchRequest.Filter.NONE, 3));
    assertEquals(2, r.letters());
    assertEquals(Map.of(2020, r.total()), r.perYear());
    assertEquals(List.of(new SearchResult.FacetCount("2020", 2)), r.facets().get("year"));
    // Every passage in the two letters' shared list is in a reuse family of both.
    assertTrue(r.hits().stream().allMatch(h -> h.family() != null && h.familyLetters() == 2));
  }

  @Test
  void prisonersOfWarIsA2022Phrase() throws IOException {
    assertEquals(
        Set.of(SampleLetters.MOON_2022),
        letters("\"prisoners of war\"", SearchRequest.Filter.NONE));
    // Stop words count in a phrase: the words in another order are not it.
    assertEquals(Set.of(), letters("\"war of prisoners\"", SearchRequest.Filter.NONE));
  }

  @Test
  void aDemandFilterKeepsTheLettersAskingForIt() throws IOException {
    Set<String> asking =
        IndexFixtures.Sample.LETTERS.stream()
            .filter(l -> l.demands().get("non-refoulement") == Strength.ASK)
            .map(l -> l.letter().id())
            .collect(Collectors.toSet());
    assertFalse(asking.isEmpty(), "no sample letter asks for non-refoulement");
    SearchRequest.Filter filter =
        new SearchRequest.Filter("non-refoulement", Strength.ASK, null, null, null, null, null);
    Set<String> found = letters("rights", filter);
    assertFalse(found.isEmpty());
    assertTrue(asking.containsAll(found), found + " not all in " + asking);
    assertEquals(asking.size(), index.search(new SearchRequest("rights", filter, 0)).letters());
  }

  @Test
  void spellingsAndQuotesFindTheSameWords() throws IOException {
    Set<String> proper = letters("non-refoulement", SearchRequest.Filter.NONE);
    assertFalse(proper.isEmpty());
    assertEquals(proper, letters("non-refoulment", SearchRequest.Filter.NONE));
    // Fuzzy matching is on the stem ("refoul"), so it finds at least the same letters.
    assertTrue(letters("refoulment~", SearchRequest.Filter.NONE).containsAll(proper));
    assertEquals(
        letters("\"people's republic\"", SearchRequest.Filter.NONE),
        letters("\"people’s republic\"", SearchRequest.Filter.NONE));
    assertFalse(letters("\"close camps\"~5", SearchRequest.Filter.NONE).isEmpty());
  }

  @Test
  void theUngaLetterIsMostLikeTheEuLetter() throws IOException {
    List<PassageIndex.Similar> like = index.like(SampleLetters.UNGA_2020, 3);
    assertEquals(SampleLetters.EU_2020, like.get(0).letter());
    assertTrue(like.get(0).sharedPassages() > 5, like.get(0).toString());
  }

  private static DraftCheck check(Letter draft, String addressee, String venue) throws IOException {
    CorpusAnalysis analysis =
        CorpusAnalysis.of(new Corpus(List.of(draft), List.of(), 1), AnalysisSettings.defaults());
    LetterDemands demands =
        analysis.demands().letter(draft.id()).orElse(new LetterDemands(draft, List.of()));
    return new DraftChecker(index, ReuseSettings.defaults())
        .check(draft, demands, Taxonomy.bundled(), addressee, venue);
  }

  /** The 2022 letter's opening paragraph, as the sample has it. */
  private static String opener2022() {
    return SampleLetters.letters().stream()
        .filter(l -> l.id().equals(SampleLetters.MOON_2022))
        .findFirst()
        .orElseThrow()
        .paragraphs()
        .stream()
        .map(p -> p.text())
        .filter(t -> t.startsWith("We are writing on behalf of 28"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aDraftsOpenerIsReusedFrom2022AndItsNewParagraphIsNew() throws IOException {
    Letter draft =
        HandLetters.letter("draft#1")
            .paragraphs(
                opener2022(),
                "Farmers in remote provinces see their harvests requisitioned each autumn by local"
                    + " officials, leaving households without seed grain for the spring planting"
                    + " season and forcing children out of school into the fields.")
            .build();
    DraftCheck check = check(draft, null, null);
    DraftCheck.Paragraph opener = check.paragraphs().get(0);
    assertTrue(opener.isReused());
    assertFalse(opener.boilerplate(), "the opener asks for something: substance");
    assertEquals(opener.words(), opener.reusedWords());
    assertEquals(SampleLetters.MOON_2022, opener.matches().get(0).passage().letter());
    assertEquals(1.0, opener.matches().get(0).similarity(), 1e-9);
    assertTrue(
        opener.matches().stream()
            .anyMatch(m -> m.passage().letter().equals(SampleLetters.MOON_2020)),
        "the 2020 variant of the opener is not among the matches");
    DraftCheck.Paragraph fresh = check.paragraphs().get(1);
    assertFalse(fresh.isReused());
    assertEquals(0, fresh.reusedWords());
    assertEquals(opener.words(), check.reusedWords());
    assertEquals(fresh.words(), check.newWords());
  }

  @Test
  void aDraftToPresidentMoonMissesTheUnResolutions() throws IOException {
    Letter draft =
        HandLetters.letter("moon-draft#1")
            .addressee("President Moon Jae-in")
            .paragraphs(
                "We urge your government to raise the situation of political prisoners at every"
                    + " opportunity.",
                "We also ask you to meet the families of detainees.")
            .build();
    DraftCheck check = check(draft, draft.addressee(), null);
    DraftCheck.MissingDemand resolutions =
        check.missing().stream()
            .filter(m -> m.demand().equals("un-resolutions"))
            .findFirst()
            .orElseThrow(
                () -> new AssertionError("un-resolutions not missing: " + check.missing()));
    assertEquals(
        List.of(SampleLetters.MOON_2020, SampleLetters.MOON_2022),
        resolutions.letters().stream().map(PassageIndex.Asked::letter).toList());
    assertTrue(resolutions.letters().stream().allMatch(a -> a.wording().contains("resolution")));
    // What the draft asks for is not missing.
    assertTrue(check.demands().stream().anyMatch(d -> d.demand().equals("political-prisons")));
    assertTrue(check.missing().stream().noneMatch(m -> m.demand().equals("political-prisons")));
  }
}
