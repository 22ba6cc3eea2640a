package org.refrain.analysis.signatory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.refrain.analysis.SampleLetters;
import org.refrain.corpus.Letter;

/**
 * Resolution of the sample corpus against the hand-made gold clustering of its 272 signatory
 * mentions ({@code gold.csv}), the look-alike traps the issue names, and the three facts it asks
 * for (CSW, HRW, Yanghee Lee).
 */
class SignatoryGoldTest {

  private static final Path GOLDEN =
      Path.of("src/test/resources/org/refrain/analysis/signatory/golden/sample-resolution.txt");

  private static final SignatoryGold GOLD = SignatoryGold.load("gold.csv");
  private static final SignatoryResolution RESOLVED =
      SignatoryResolver.create().resolve(SampleLetters.letters());

  /** Different entities that look alike: never in one entity. */
  private static final List<List<String>> TRAPS =
      List.of(
          List.of("No Chain", "No Fence"),
          List.of(
              "Committee for Human Rights in North Korea",
              "Council for Human Rights in North Korea"),
          List.of("Korean War POW Family Association", "Korean War Abductees Family Union"),
          List.of("Unification Academy", "Unification Media Group"),
          List.of("Unification Academy", "Unification Strategy Institution"),
          List.of("Unification Media Group", "Unification Strategy Institution"),
          List.of("Human Rights Watch", "Human Rights Without Frontiers"),
          List.of("Human Rights Watch", "Human Rights Foundation"),
          List.of("Human Rights Without Frontiers", "Human Rights Foundation"),
          List.of("Justice For North Korea", "Justice For All"),
          List.of("Geoffrey Nice", "Geoffrey Nice Foundation"),
          List.of("Kim Kyu Li", "Kim Hyuk"),
          List.of(
              "Families of the Disappeared", "Families of Victims of Involuntary Disappearance"),
          List.of(
              "Coalition for Justice & Accountability", "Center for Justice and Accountability"));

  /**
   * The whole resolution of the sample (entities, mentions, merges with their details, review
   * pairs) against a reviewed file, so any change in it, or output that differs from one JVM to the
   * next, shows in a diff. Regenerate with {@code -Drefrain.golden.update=true} and review.
   */
  @Test
  void sampleResolutionMatchesTheReviewedGoldenFile() throws Exception {
    String actual = SignatoryResolverTest.render(RESOLVED);
    if (Boolean.getBoolean("refrain.golden.update")) {
      Files.createDirectories(GOLDEN.getParent());
      Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), actual);
  }

  @Test
  void goldMatchesTheParsedMentions() {
    assertEquals(272, GOLD.rows.size());
    for (SignatoryGold.Row row : GOLD.rows) {
      Letter letter =
          SampleLetters.letters().stream()
              .filter(l -> l.id().equals(row.letter()))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no letter " + row.letter()));
      assertEquals(row.name(), letter.signatories().get(row.index()).name(), row.key());
    }
  }

  @Test
  void pairwisePrecisionAndRecallAreAtLeast097() {
    SignatoryGold.Score score = GOLD.score(RESOLVED);
    System.out.println("sample signatory resolution: " + score);
    assertTrue(score.precision() >= 0.97, score.toString());
    assertTrue(score.recall() >= 0.97, score.toString());
  }

  @Test
  void noTrapIsMerged() {
    for (List<String> trap : TRAPS) {
      Set<String> a = entitiesNamed(trap.get(0));
      Set<String> b = entitiesNamed(trap.get(1));
      assertTrue(!a.isEmpty() && !b.isEmpty(), "trap names must occur: " + trap);
      assertTrue(a.stream().noneMatch(b::contains), "merged: " + trap);
    }
    SignatoryEntity icc = RESOLVED.entity("international-christian-concern");
    assertNotNull(icc);
    assertEquals("ICC", icc.acronym());
    assertTrue(icc.aliases().stream().noneMatch(n -> n.contains("Criminal")));
  }

  @Test
  void christianSolidarityWorldwideSignsAllFiveDocuments() {
    SignatoryEntity csw = RESOLVED.entity("christian-solidarity-worldwide");
    assertEquals(5, sources(csw).size(), sources(csw).toString());
    assertTrue(csw.aliases().contains("Cristian Solidarity Worldwide"));
    assertEquals("CSW", csw.acronym());
  }

  @Test
  void humanRightsWatchSignsFourDocuments() {
    SignatoryEntity hrw = RESOLVED.entity("human-rights-watch");
    assertEquals(
        Set.of(
            "2020-02-21_hrc43_letter-to-president-moon.txt",
            "2020-03-03_press-release_coalition-urges-president-moon.txt",
            "2022-03-24_hrc49_letter-to-president-moon.txt",
            "2024-03-18_hrc55_letter-to-permanent-representatives.txt"),
        sources(hrw));
  }

  @Test
  void yangheeLeeIsOnePersonAcrossThreeDocuments() {
    SignatoryEntity lee = RESOLVED.entityOf(SampleLetters.MOON_2022, 31);
    assertEquals("Lee Yang-Hee", lee.mentions().get(lee.mentions().size() - 1).mention().name());
    assertEquals(lee, RESOLVED.entityOf(SampleLetters.MOON_2020, 72));
    assertEquals(lee, RESOLVED.entityOf(SampleLetters.UNGA_2020, 35));
    assertEquals(lee, RESOLVED.entityOf(SampleLetters.EU_2020, 35));
    assertEquals("Yanghee Lee", lee.name());
    assertEquals(
        Set.of(
            "2020-02-21_hrc43_letter-to-president-moon.txt",
            "2020-10-14_unga75-and-eu_joint-letters.txt",
            "2022-03-24_hrc49_letter-to-president-moon.txt"),
        sources(lee));
  }

  @Test
  void everyMergeSaysWhyByARuleAboveTheLine() {
    // How many merges each entity has (one per extra folded name) is SignatoryResolverTest's.
    long merges = 0;
    for (SignatoryEntity entity : RESOLVED.entities()) {
      for (Merge merge : entity.merges()) {
        assertTrue(merge.match().score() >= SignatoryResolver.MERGE_AT, merge.toString());
        assertTrue(merge.match().rule().merges(), merge.toString());
        merges++;
      }
    }
    assertEquals(13, merges, "the sample's spellings merged by rules");
  }

  @Test
  void aCountryConflictIsShown() {
    SignatoryEntity noChain = RESOLVED.entity("no-chain");
    assertEquals("United States", noChain.country());
    assertEquals(
        List.of("United States", "South Korea"),
        noChain.countries().stream().map(CountryCount::country).toList());
    assertTrue(noChain.countryConflict());
  }

  private static Set<String> entitiesNamed(String name) {
    Set<String> ids = new TreeSet<>();
    for (SignatoryEntity entity : RESOLVED.entities()) {
      if (entity.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(name))) {
        ids.add(entity.id());
      }
    }
    return ids;
  }

  private static Set<String> sources(SignatoryEntity entity) {
    Set<String> sources = new TreeSet<>();
    entity.letters().forEach(l -> sources.add(l.source()));
    return sources;
  }
}
