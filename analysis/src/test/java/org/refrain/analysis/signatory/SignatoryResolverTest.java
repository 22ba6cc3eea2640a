package org.refrain.analysis.signatory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refrain.analysis.signatory.SignatoryResolver.MERGE_AT;
import static org.refrain.analysis.signatory.SignatoryResolver.REVIEW_BELOW;
import static org.refrain.analysis.signatory.SignatoryResolver.REVIEW_FROM;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.refrain.analysis.HandLetters;
import org.refrain.analysis.SampleLetters;
import org.refrain.corpus.Letter;
import org.refrain.corpus.signatory.SignatoryKind;
import org.refrain.corpus.signatory.SignatoryMention;

/**
 * Invariants of resolution, as properties over the sample corpus, over random corpora built from a
 * pool of look-alike spellings, and over every order the letters may come in; and small hand cases.
 */
class SignatoryResolverTest {

  private static final NameNormalizer NORMALIZER = new NameNormalizer(NameLexicon.standard());

  // ------------------------------------------------------------------ invariants

  /** Checks every invariant of {@code r} resolving {@code letters}. */
  static void checkInvariants(List<Letter> letters, SignatoryResolution r) {
    // Every mention in exactly one entity, and entityOf agrees.
    Map<String, SignatoryEntity> owner = new HashMap<>();
    for (SignatoryEntity entity : r.entities()) {
      for (MentionRef ref : entity.mentions()) {
        String key = ref.letter().id() + "@" + ref.position();
        SignatoryEntity previous = owner.put(key, entity);
        assertNull(
            previous,
            key + " in " + entity.id() + " and " + (previous == null ? "" : previous.id()));
        assertSame(ref.mention(), ref.letter().signatories().get(ref.position()));
      }
    }
    int mentions = 0;
    for (Letter letter : letters) {
      for (int i = 0; i < letter.signatories().size(); i++) {
        mentions++;
        SignatoryEntity entity = r.entityOf(letter.id(), i);
        assertNotNull(entity, "no entity for " + letter.id() + "@" + i);
        assertSame(entity, owner.get(letter.id() + "@" + i));
      }
    }
    assertEquals(mentions, owner.size(), "mentions outside the letters");

    // Entity ids unique and found by id.
    Set<String> ids = new HashSet<>();
    for (SignatoryEntity entity : r.entities()) {
      assertTrue(ids.add(entity.id()), "duplicate id " + entity.id());
      assertSame(entity, r.entity(entity.id()));
      assertTrue(entity.id().matches("[\\p{L}\\p{N}]+(-[\\p{L}\\p{N}]+)*"), entity.id());
    }

    // Two entries of one letter are one entity only when written with one folded name.
    for (Letter letter : letters) {
      Map<SignatoryEntity, String> keyIn = new HashMap<>();
      for (int i = 0; i < letter.signatories().size(); i++) {
        SignatoryMention m = letter.signatories().get(i);
        String key = m.kind() + ":" + NORMALIZER.words(m);
        String other = keyIn.putIfAbsent(r.entityOf(letter.id(), i), key);
        if (other != null && !usedAlias(r.entityOf(letter.id(), i))) {
          assertEquals(other, key, "two entries of " + letter.id() + " in one entity");
        }
      }
    }

    // Merges: above the line unless the user said so; one merge per joined variant.
    for (SignatoryEntity entity : r.entities()) {
      for (Merge merge : entity.merges()) {
        if (merge.match().rule() == MatchRule.USER_ALIAS) {
          assertEquals(1.0, merge.match().score());
        } else {
          assertTrue(merge.match().score() >= MERGE_AT, merge.toString());
          assertNotEquals(MatchRule.NONE, merge.match().rule(), merge.toString());
          assertNotEquals(MatchRule.SHARED_INITIALS, merge.match().rule(), merge.toString());
        }
      }
      Set<String> keys = new HashSet<>();
      entity
          .mentions()
          .forEach(ref -> keys.add(ref.mention().kind() + ":" + NORMALIZER.words(ref.mention())));
      assertEquals(keys.size() - 1, entity.merges().size(), entity.id() + " " + entity.aliases());
      // Mentions in date order then list order; aliases are the names written.
      for (int i = 1; i < entity.mentions().size(); i++) {
        MentionRef a = entity.mentions().get(i - 1);
        MentionRef b = entity.mentions().get(i);
        int byDate = Letter.CHRONOLOGICAL.compare(a.letter(), b.letter());
        assertTrue(byDate < 0 || (byDate == 0 && a.position() < b.position()), entity.id());
      }
      assertEquals(
          entity.mentions().stream().map(m -> m.mention().name()).distinct().toList(),
          entity.aliases());
      if (entity.country() != null) {
        assertEquals(entity.country(), entity.countries().get(0).country());
      }
    }

    // Review: within [REVIEW_FROM, 1], best first, outcomes consistent with the entities.
    double last = 1;
    for (ReviewPair pair : r.review()) {
      double score = pair.match().score();
      assertTrue(score >= REVIEW_FROM && score <= 1, pair.toString());
      assertTrue(score <= last, "review not sorted at " + pair);
      last = score;
      SignatoryEntity a = r.entity(pair.entityA());
      SignatoryEntity b = r.entity(pair.entityB());
      assertTrue(a.aliases().contains(pair.a()), pair.toString());
      assertTrue(b.aliases().contains(pair.b()), pair.toString());
      switch (pair.outcome()) {
        case MERGED -> {
          assertSame(a, b, pair.toString());
          assertTrue(score < REVIEW_BELOW, pair.toString());
        }
        case SEPARATE -> {
          assertNotEquals(a, b, pair.toString());
          assertTrue(score < MERGE_AT, pair.toString());
        }
        case SAME_LETTER -> {
          assertNotEquals(a, b, pair.toString());
          assertTrue(score >= MERGE_AT, pair.toString());
          assertFalse(Collections.disjoint(a.letters(), b.letters()), pair.toString());
        }
        case USER_SEPARATE -> {
          assertNotEquals(a, b, pair.toString());
          assertTrue(score >= MERGE_AT, pair.toString());
        }
      }
    }

    // Entities: most letters first.
    for (int i = 1; i < r.entities().size(); i++) {
      assertTrue(
          r.entities().get(i - 1).letters().size() >= r.entities().get(i).letters().size(),
          r.entities().get(i).id());
    }
    assertEquals(letters.stream().sorted(Letter.CHRONOLOGICAL).toList(), r.letters());
  }

  private static boolean usedAlias(SignatoryEntity entity) {
    return entity.merges().stream().anyMatch(m -> m.match().rule() == MatchRule.USER_ALIAS);
  }

  /** Everything a resolution says, as text: equal renderings are equal results. */
  static String render(SignatoryResolution r) {
    StringBuilder out = new StringBuilder();
    for (SignatoryEntity e : r.entities()) {
      out.append(e.id())
          .append('|')
          .append(e.name())
          .append('|')
          .append(e.kind())
          .append('|')
          .append(e.acronym())
          .append('|')
          .append(e.country())
          .append('|')
          .append(e.countries())
          .append('|')
          .append(e.aliases())
          .append('\n');
      for (MentionRef ref : e.mentions()) {
        out.append("  ")
            .append(ref.letter().id())
            .append('@')
            .append(ref.position())
            .append(' ')
            .append(ref.raw())
            .append('\n');
      }
      for (Merge m : e.merges()) {
        out.append("  merge ").append(m).append('\n');
      }
    }
    r.review().forEach(p -> out.append("review ").append(p).append('\n'));
    r.warnings().forEach(w -> out.append("warning ").append(w).append('\n'));
    return out.toString();
  }

  // ------------------------------------------------------------------ the sample corpus

  @Test
  void sampleCorpusKeepsEveryInvariant() {
    List<Letter> letters = SampleLetters.letters();
    SignatoryResolution r = SignatoryResolver.create().resolve(letters);
    checkInvariants(letters, r);
    assertEquals(272, r.entities().stream().mapToInt(e -> e.mentions().size()).sum());
    assertTrue(r.entities().size() < 272, "nothing merged");
    assertFalse(r.review().isEmpty());
  }

  @Test
  void sampleCorpusGivesTheSameResultInAnyOrder() {
    List<Letter> letters = SampleLetters.letters();
    String expected = render(SignatoryResolver.create().resolve(letters));
    List<Letter> reversed = new ArrayList<>(letters);
    Collections.reverse(reversed);
    assertEquals(expected, render(SignatoryResolver.create().resolve(reversed)));
    Random random = new Random(20240318L);
    for (int round = 0; round < 10; round++) {
      List<Letter> shuffled = new ArrayList<>(letters);
      Collections.shuffle(shuffled, random);
      assertEquals(
          expected, render(SignatoryResolver.create().resolve(shuffled)), "round " + round);
    }
  }

  @Test
  void resolvingTwiceGivesEqualResults() {
    SignatoryResolver resolver = SignatoryResolver.create();
    assertEquals(
        render(resolver.resolve(SampleLetters.letters())),
        render(resolver.resolve(SampleLetters.letters())));
  }

  @Test
  void noLettersNoEntities() {
    SignatoryResolution r = SignatoryResolver.create().resolve(List.of());
    assertTrue(r.entities().isEmpty());
    assertTrue(r.review().isEmpty());
    assertTrue(r.warnings().isEmpty());
  }

  // ------------------------------------------------------------------ random corpora

  /** Spellings that look alike, some the same body, some traps. */
  private static final String[][] ORGS = {
    {"Christian Solidarity Worldwide", "CSW", "United Kingdom"},
    {"Cristian Solidarity Worldwide", null, "United Kingdom"},
    {"Chrstian Solidarity Worldwide", null, null},
    {"Christian Solidarity Worldwide International", null, null},
    {"CSW", null, "United Kingdom"},
    {"No Chain", null, "United States"},
    {"No Chain for North Korea", null, "South Korea"},
    {"No Chair", null, null},
    {"No Fence", null, "Japan"},
    {"Han Voice", null, "Canada"},
    {"HanVoice", null, "Canada"},
    {"Transitional Justice Working Group", "TJWG", "South Korea"},
    {"TJWG", null, "South Korea"},
    {"International Christian Concern", "ICC", "United States"},
    {"International Criminal Court", "ICC", null},
    {"Committee for Human Rights in North Korea", "HRNK", "United States"},
    {"Council for Human Rights in North Korea", null, null},
    {"Walk Free", null, null},
    {"Walk Free Foundation", null, "Australia"},
    {"Human Rights Watch", "HRW", "United States"},
    {"Human rights watch", null, null},
    {"Human Rights Without Frontiers", "HRWF", "Belgium"},
    {"Centro para la Apertura y el Desarrollo de América Latina", "CADAL", "Argentina"},
    {"CADAL", null, "Argentina"},
  };

  private static final String[][] PERSONS = {
    {"Lee Yang-Hee", null},
    {"Yanghee Lee", "Former UN Special Rapporteur"},
    {"Yi Yang-hee", null},
    {"Kim Kyu Li", null},
    {"Kim Hyuk", null},
    {"Kyuli Kim", null},
    {"Lord Alton of Liverpool", "House of Lords"},
    {"David Alton", "House of Lords"},
    {"D. Alton", null},
    {"Marzuki Darusman", null},
    {"Marzuki Darusmen", null},
  };

  private static List<Letter> randomCorpus(Random random, int count) {
    List<Letter> letters = new ArrayList<>();
    for (int n = 0; n < count; n++) {
      HandLetters.Builder b =
          HandLetters.letter("random-" + n + "#1")
              .date("2021-0" + (1 + random.nextInt(4)) + "-1" + random.nextInt(3));
      Set<String> keys = new HashSet<>();
      int size = 2 + random.nextInt(9);
      for (int i = 0; i < size; i++) {
        if (random.nextInt(3) == 0) {
          String[] p = PERSONS[random.nextInt(PERSONS.length)];
          SignatoryMention m = probe(SignatoryKind.PERSON, p[0]);
          if (keys.add("p" + NORMALIZER.words(m))) {
            b.person(p[0], p[1], null, null);
          }
        } else {
          String[] o = ORGS[random.nextInt(ORGS.length)];
          SignatoryMention m = probe(SignatoryKind.ORGANIZATION, o[0]);
          if (keys.add("o" + NORMALIZER.words(m))) {
            b.org(o[0], o[1], random.nextInt(4) == 0 ? null : o[2]);
          }
        }
      }
      letters.add(b.build());
    }
    return letters;
  }

  private static SignatoryMention probe(SignatoryKind kind, String name) {
    return new SignatoryMention(
        name, name, kind, null, null, null, null, org.refrain.corpus.Span.of(0, 0));
  }

  @Test
  void randomCorporaKeepEveryInvariantInAnyOrder() {
    Random random = new Random(7L);
    for (int round = 0; round < 40; round++) {
      List<Letter> letters = randomCorpus(random, 1 + random.nextInt(12));
      SignatoryResolution r = SignatoryResolver.create().resolve(letters);
      checkInvariants(letters, r);
      String expected = render(r);
      List<Letter> shuffled = new ArrayList<>(letters);
      Collections.shuffle(shuffled, random);
      assertEquals(
          expected, render(SignatoryResolver.create().resolve(shuffled)), "round " + round);
      Collections.reverse(shuffled);
      assertEquals(
          expected, render(SignatoryResolver.create().resolve(shuffled)), "round " + round);
    }
  }

  // ------------------------------------------------------------------ hand cases

  private static SignatoryEntity entityNamed(SignatoryResolution r, String alias) {
    List<SignatoryEntity> found =
        r.entities().stream().filter(e -> e.aliases().contains(alias)).toList();
    assertEquals(1, found.size(), alias + " in " + found);
    return found.get(0);
  }

  @Test
  void spellingsOfOneBodyAcrossLettersBecomeOneEntity() {
    List<Letter> letters =
        List.of(
            HandLetters.letter("a#1")
                .date("2021-01-01")
                .org("Christian Solidarity Worldwide", "CSW", "United Kingdom")
                .build(),
            HandLetters.letter("b#1")
                .date("2021-02-01")
                .org("Cristian Solidarity Worldwide")
                .build(),
            HandLetters.letter("c#1").date("2021-03-01").org("CSW").build(),
            HandLetters.letter("d#1")
                .date("2021-04-01")
                .org("Christian Solidarity Worldwide")
                .build());
    SignatoryResolution r = SignatoryResolver.create().resolve(letters);
    checkInvariants(letters, r);
    assertEquals(1, r.entities().size(), render(r));
    SignatoryEntity csw = r.entities().get(0);
    assertEquals("christian-solidarity-worldwide", csw.id());
    assertEquals("Christian Solidarity Worldwide", csw.name());
    assertEquals("CSW", csw.acronym());
    assertEquals("United Kingdom", csw.country());
    assertEquals(
        List.of("Christian Solidarity Worldwide", "Cristian Solidarity Worldwide", "CSW"),
        csw.aliases());
    assertEquals(
        Set.of(MatchRule.ACRONYM, MatchRule.TYPO),
        csw.merges().stream().map(m -> m.match().rule()).collect(Collectors.toSet()));
    assertEquals("a#1", csw.first().id());
    assertEquals("d#1", csw.last().id());
    assertEquals(4, csw.letters().size());
  }

  @Test
  void twoEntriesOfOneLetterAreNeverMerged() {
    Letter one =
        HandLetters.letter("one#1")
            .date("2021-01-01")
            .org("Christian Solidarity Worldwide")
            .org("Cristian Solidarity Worldwide")
            .build();
    SignatoryResolution r = SignatoryResolver.create().resolve(List.of(one));
    assertNotEquals(r.entityOf("one#1", 0), r.entityOf("one#1", 1));
    assertEquals(1, r.review().size(), r.review().toString());
    ReviewPair pair = r.review().get(0);
    assertEquals(ReviewPair.Outcome.SAME_LETTER, pair.outcome());
    assertEquals(MatchRule.TYPO, pair.match().rule());
  }

  @Test
  void aThirdSpellingDoesNotJoinTwoEntriesOfOneLetter() {
    // Each L1 spelling is a slip of the L2 spelling; only one of them may join it.
    List<Letter> letters =
        List.of(
            HandLetters.letter("l1#1")
                .date("2021-01-01")
                .org("Christian Solidarity Worldwide")
                .org("Chrstian Solidarity Worldwide")
                .build(),
            HandLetters.letter("l2#1")
                .date("2021-02-01")
                .org("Christan Solidarity Worldwide")
                .build());
    SignatoryResolution r = SignatoryResolver.create().resolve(letters);
    checkInvariants(letters, r);
    assertNotEquals(r.entityOf("l1#1", 0), r.entityOf("l1#1", 1));
    assertEquals(2, r.entities().size(), render(r));
    assertTrue(
        r.review().stream().anyMatch(p -> p.outcome() == ReviewPair.Outcome.SAME_LETTER),
        r.review().toString());
  }

  @Test
  void oneNameListedTwiceInOneLetterIsOneEntity() {
    Letter one =
        HandLetters.letter("one#1")
            .date("2021-01-01")
            .org("Human Rights Watch")
            .org("Human rights watch")
            .build();
    SignatoryResolution r = SignatoryResolver.create().resolve(List.of(one));
    assertEquals(1, r.entities().size());
    assertEquals(2, r.entities().get(0).mentions().size());
    assertTrue(r.entities().get(0).merges().isEmpty());
  }

  @Test
  void organisationsAndPersonsAreNeverCompared() {
    List<Letter> letters =
        List.of(
            HandLetters.letter("a#1").date("2021-01-01").org("Geoffrey Nice").build(),
            HandLetters.letter("b#1").date("2021-02-01").person("Geoffrey Nice").build());
    SignatoryResolution r = SignatoryResolver.create().resolve(letters);
    checkInvariants(letters, r);
    assertEquals(2, r.entities().size());
    assertEquals(
        Set.of("geoffrey-nice", "geoffrey-nice-2"),
        r.entities().stream().map(SignatoryEntity::id).collect(Collectors.toSet()));
    assertEquals(
        Set.of(SignatoryKind.ORGANIZATION, SignatoryKind.PERSON),
        r.entities().stream().map(SignatoryEntity::kind).collect(Collectors.toSet()));
    assertTrue(r.review().isEmpty());
  }

  @Test
  void theNameShownIsAFullNameBeforeAnAcronymThenTheMostWritten() {
    List<Letter> letters =
        List.of(
            HandLetters.letter("a#1").date("2021-01-01").org("CADAL", null, "Argentina").build(),
            HandLetters.letter("b#1").date("2021-02-01").org("CADAL").build(),
            HandLetters.letter("c#1")
                .date("2021-03-01")
                .org("Centro para la Apertura y el Desarrollo de América Latina", "CADAL", null)
                .build());
    SignatoryEntity e = SignatoryResolver.create().resolve(letters).entities().get(0);
    assertEquals("Centro para la Apertura y el Desarrollo de América Latina", e.name());
    assertEquals("CADAL", e.acronym());
    assertEquals(3, e.mentions().size());
  }

  @Test
  void tiedSpellingsNameTheEntityByTheLatestLetter() {
    List<Letter> letters =
        List.of(
            HandLetters.letter("a#1")
                .date("2021-01-01")
                .org("Citizens Network for Democracy")
                .build(),
            HandLetters.letter("b#1")
                .date("2021-02-01")
                .org("Citizen Network for Democracy")
                .build(),
            HandLetters.letter("c#1")
                .date("2021-03-01")
                .org("Citizen Network for Democracy")
                .build(),
            HandLetters.letter("d#1")
                .date("2021-04-01")
                .org("Citizens Network for Democracy")
                .build());
    SignatoryResolution r = SignatoryResolver.create().resolve(letters);
    assertEquals(1, r.entities().size(), render(r));
    assertEquals("Citizens Network for Democracy", r.entities().get(0).name());
    // One more "Citizen" makes it the most written.
    List<Letter> more = new ArrayList<>(letters);
    more.add(
        HandLetters.letter("a0#1").date("2020-01-01").org("Citizen Network for Democracy").build());
    assertEquals(
        "Citizen Network for Democracy",
        SignatoryResolver.create().resolve(more).entities().get(0).name());
  }

  @Test
  void countriesAreCountedByLettersAndAConflictIsShown() {
    List<Letter> letters =
        List.of(
            HandLetters.letter("a#1")
                .date("2021-01-01")
                .org("No Chain", null, "South Korea")
                .build(),
            HandLetters.letter("b#1")
                .date("2021-02-01")
                .org("No Chain", null, "United States")
                .build(),
            HandLetters.letter("c#1")
                .date("2021-03-01")
                .org("No Chain", null, "United States")
                .build(),
            HandLetters.letter("d#1").date("2021-04-01").org("No Chain").build());
    SignatoryEntity e = SignatoryResolver.create().resolve(letters).entities().get(0);
    assertEquals("United States", e.country());
    assertTrue(e.countryConflict());
    assertEquals(
        List.of(
            new CountryCount("United States", List.of("b#1", "c#1")),
            new CountryCount("South Korea", List.of("a#1"))),
        e.countries());
  }

  @Test
  void aCountryTieGoesToTheLatestLetter() {
    List<Letter> letters =
        List.of(
            HandLetters.letter("a#1")
                .date("2021-01-01")
                .org("No Chain", null, "United States")
                .build(),
            HandLetters.letter("b#1")
                .date("2021-02-01")
                .org("No Chain", null, "South Korea")
                .build());
    assertEquals(
        "South Korea", SignatoryResolver.create().resolve(letters).entities().get(0).country());
  }

  @Test
  void entitiesAreOrderedByLettersThenName() {
    List<Letter> letters =
        List.of(
            HandLetters.letter("a#1")
                .date("2021-01-01")
                .org("Zeta Group")
                .org("Beta Group")
                .org("Alpha Group")
                .build(),
            HandLetters.letter("b#1").date("2021-02-01").org("Zeta Group").build());
    SignatoryResolution r = SignatoryResolver.create().resolve(letters);
    assertEquals(
        List.of("zeta-group", "alpha-group", "beta-group"),
        r.entities().stream().map(SignatoryEntity::id).toList());
  }

  @Test
  void aPeerFormWithoutSupportIsReviewedNotMerged() {
    List<Letter> letters =
        List.of(
            HandLetters.letter("a#1").date("2021-01-01").person("Lord Alton of Liverpool").build(),
            HandLetters.letter("b#1")
                .date("2021-02-01")
                .person("David Alton", "Professor", "University of Toronto", null)
                .build());
    SignatoryResolution r = SignatoryResolver.create().resolve(letters);
    checkInvariants(letters, r);
    assertEquals(2, r.entities().size());
    assertEquals(1, r.review().size());
    assertEquals(ReviewPair.Outcome.SEPARATE, r.review().get(0).outcome());
    assertEquals(MatchRule.PEER, r.review().get(0).match().rule());
  }

  @Test
  void aMergeNearTheLineIsListedForReviewAndAClearOneIsNot() {
    List<Letter> letters =
        List.of(
            HandLetters.letter("a#1").date("2021-01-01").org("No Chain").org("Han Voice").build(),
            HandLetters.letter("b#1")
                .date("2021-02-01")
                .org("No Chain for North Korea")
                .org("HanVoice")
                .build());
    SignatoryResolution r = SignatoryResolver.create().resolve(letters);
    checkInvariants(letters, r);
    assertEquals(2, r.entities().size(), render(r));
    assertEquals(1, r.review().size(), r.review().toString());
    ReviewPair pair = r.review().get(0);
    assertEquals(ReviewPair.Outcome.MERGED, pair.outcome());
    assertEquals(MatchRule.EXTENSION, pair.match().rule());
    // "No Chain" and "No Chain for North Korea" are written once each: the latest names it.
    assertEquals("no-chain-for-north-korea", pair.entityA());
    assertEquals(pair.entityA(), pair.entityB());
  }

  @Test
  void mentionRefsOutsideTheListAreRejected() {
    Letter one = HandLetters.letter("one#1").org("Human Rights Watch").build();
    SignatoryMention m = one.signatories().get(0);
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> new MentionRef(one, 1, m));
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> new MentionRef(one, -1, m));
    assertEquals(m.raw(), new MentionRef(one, 0, m).raw());
  }

  @Test
  void matchScoresAreClampedAndRounded() {
    assertEquals(0.0, Match.of(MatchRule.TYPO, -0.2, "x").score());
    assertEquals(1.0, Match.of(MatchRule.TYPO, 1.3, "x").score());
    assertEquals(0.967, Match.of(MatchRule.TYPO, 0.96666, "x").score());
    Match penalised = Match.of(MatchRule.TYPO, 0.95, "slip").penalised(0.1, "countries differ");
    assertEquals(0.85, penalised.score());
    assertEquals("slip; countries differ", penalised.detail());
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> new Match(MatchRule.TYPO, 1.5, "x"));
    assertEquals("same-name", MatchRule.SAME_NAME.label());
    assertEquals("user-separate", ReviewPair.Outcome.USER_SEPARATE.label());
  }

  private static List<Variant> zebras(int count) {
    HandLetters.Builder b = HandLetters.letter("many#1");
    for (int i = 0; i < count; i++) {
      StringBuilder tail = new StringBuilder();
      for (int n = i, k = 0; k < 4; k++, n /= 26) {
        tail.append((char) ('a' + n % 26));
      }
      b.org("Zebra" + tail);
    }
    return new VariantBuilder(NORMALIZER).build(List.of(b.build()));
  }

  @Test
  void aKeySharedByTooManyVariantsYieldsNoPairs() {
    // One-word names sharing only their first four letters ("op:zebr").
    List<Variant> atLimit = zebras(CandidatePairs.MAX_SHARED);
    int n = CandidatePairs.MAX_SHARED;
    assertEquals(n * (n - 1) / 2, CandidatePairs.of(atLimit, NameLexicon.standard()).size());
    assertEquals(0, CandidatePairs.of(zebras(n + 1), NameLexicon.standard()).size());
  }

  @Test
  void candidatePairsShareAKeyAndAreSorted() {
    Letter letter =
        HandLetters.letter("x#1")
            .org("No Chain")
            .org("Human Rights Watch")
            .org("No Chair")
            .org("HRW")
            .org("Stepping Stones")
            .person("Kim Hyuk")
            .person("Hyuk Kim")
            .build();
    List<Variant> variants = new VariantBuilder(NORMALIZER).build(List.of(letter));
    List<String> pairs = new ArrayList<>();
    for (int[] pair : CandidatePairs.of(variants, NameLexicon.standard())) {
      pairs.add(variants.get(pair[0]).shown() + " / " + variants.get(pair[1]).shown());
    }
    assertEquals(
        List.of("No Chain / No Chair", "Human Rights Watch / HRW", "Kim Hyuk / Hyuk Kim"), pairs);
  }

  @Test
  void clustersKnowTheLettersTheyShare() {
    List<Letter> letters =
        List.of(
            HandLetters.letter("a#1").org("One").org("Two").build(),
            HandLetters.letter("b#1").org("Three").build(),
            HandLetters.letter("c#1").org("Four").org("Three").build());
    List<Variant> variants = new VariantBuilder(NORMALIZER).build(letters);
    assertEquals(
        List.of("One", "Two", "Three", "Four"), variants.stream().map(Variant::shown).toList());
    Clusters clusters = new Clusters(variants);
    assertEquals("a#1", clusters.sharedLetter(0, 1));
    assertNull(clusters.sharedLetter(0, 2));
    clusters.union(0, 2);
    assertEquals(clusters.find(0), clusters.find(2));
    assertEquals("a#1", clusters.sharedLetter(2, 1));
    assertEquals("c#1", clusters.sharedLetter(0, 3));
    assertNotEquals(clusters.find(1), clusters.find(3));
  }
}
