package org.refrain.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.refrain.analysis.signatory.BlockingProbe;
import org.refrain.analysis.signatory.MentionRef;
import org.refrain.analysis.signatory.SignatoryEntity;
import org.refrain.analysis.signatory.SignatoryResolution;
import org.refrain.benchmarks.SyntheticSignatories.Change;
import org.refrain.benchmarks.SyntheticSignatories.Entity;
import org.refrain.benchmarks.SyntheticSignatories.Listed;
import org.refrain.corpus.Letter;
import org.refrain.corpus.signatory.SignatoryKind;
import org.refrain.corpus.signatory.SignatoryMention;

class SignatoryBenchmarkTest {

  private static final SyntheticSignatories.Corpus CORPUS = SyntheticSignatories.generate(42, 60);

  @Test
  void theSameSeedGivesTheSameCorpus() {
    SyntheticSignatories.Corpus again = SyntheticSignatories.generate(42, 60);
    assertEquals(CORPUS.letters(), again.letters());
    assertEquals(CORPUS.truth(), again.truth());
    assertEquals(CORPUS.population(), again.population());
    assertNotEquals(
        CORPUS.letters().get(0).signatories(),
        SyntheticSignatories.generate(43, 60).letters().get(0).signatories());
  }

  @Test
  void mentionsAreTheirEntitysNameOrOneOfItsSpellings() {
    assertEquals(60 * SyntheticSignatories.ENTITIES_PER_LETTER, CORPUS.population().size());
    long varied = 0;
    Set<Change> seen = new HashSet<>();
    for (int l = 0; l < CORPUS.letters().size(); l++) {
      Letter letter = CORPUS.letters().get(l);
      List<Listed> truth = CORPUS.truth().get(l);
      assertEquals(letter.signatories().size(), truth.size());
      assertTrue(truth.size() >= SyntheticSignatories.MIN_LIST, letter.id());
      assertTrue(truth.size() <= SyntheticSignatories.MAX_LIST, letter.id());
      Set<Integer> entities = new HashSet<>();
      boolean persons = false;
      for (int i = 0; i < truth.size(); i++) {
        SignatoryMention mention = letter.signatories().get(i);
        Entity entity = CORPUS.population().get(truth.get(i).entity());
        Change change = truth.get(i).change();
        assertTrue(entities.add(entity.id()), "listed twice: " + entity.name());
        assertEquals(entity.kind(), mention.kind());
        assertEquals(mention.raw(), mention.span().in(letter.text()));
        // Organisations first, as in real lists.
        persons |= entity.kind() == SignatoryKind.PERSON;
        assertTrue(!persons || entity.kind() == SignatoryKind.PERSON, mention.raw());
        if (change == Change.NONE) {
          assertEquals(entity.name(), mention.name());
          assertEquals(null, mention.acronym());
        } else {
          varied++;
          seen.add(change);
          SyntheticSignatories.Spelling spelling =
              entity.spellings().stream().filter(s -> s.change() == change).findFirst().get();
          assertEquals(spelling.name(), mention.name());
          assertEquals(spelling.acronym(), mention.acronym());
          assertTrue(
              !mention.name().equals(entity.name()) || mention.acronym() != null, mention.raw());
        }
        assertTrue(mention.country() == null || mention.country().equals(entity.country()));
      }
    }
    double share = (double) varied / CORPUS.mentions();
    assertTrue(Math.abs(share - SyntheticSignatories.VARIED) < 0.05, "varied share " + share);
    assertTrue(seen.containsAll(List.of(Change.TYPO, Change.SPACING, Change.CASE)), "" + seen);
  }

  @Test
  void spellingsAreAsDesigned() {
    for (Entity e : CORPUS.population()) {
      for (SyntheticSignatories.Spelling s : e.spellings()) {
        String name = e.name();
        switch (s.change()) {
          case CASE -> assertTrue(s.name().equalsIgnoreCase(name), s.name());
          case THE -> assertEquals("The " + name, s.name());
          case AMPERSAND -> assertEquals(name.replace(" and ", " & "), s.name());
          case ACRONYM -> assertEquals(name + "/" + e.acronym(), s.name() + "/" + s.acronym());
          case ACRONYM_ONLY -> assertEquals(e.acronym(), s.name());
          case HYPHEN -> assertEquals(name, s.name().replace('-', ' '));
          case TITLE -> assertEquals("Dr. " + name, s.name());
          case TYPO -> assertEquals(1, edits(name, s.name()), name + " / " + s.name());
          case SPACING -> assertEquals(compact(name), compact(s.name()));
          case ORDER -> {
            List<String> words = new ArrayList<>(List.of(name.split(" ")));
            Collections.reverse(words);
            assertEquals(words, List.of(s.name().split(" ")));
          }
          case NONE -> throw new AssertionError("a spelling must change something: " + name);
        }
      }
    }
  }

  @Test
  void namesAreUniqueAndNoTwoAreOneEditApart() {
    List<String> names = CORPUS.population().stream().map(e -> compact(e.name())).toList();
    assertEquals(names.size(), new HashSet<>(names).size());
    for (int i = 0; i < names.size(); i++) {
      for (int j = i + 1; j < names.size(); j++) {
        assertTrue(edits(names.get(i), names.get(j)) > 1, names.get(i) + " / " + names.get(j));
      }
    }
  }

  @Test
  void theTrueResolutionScoresOneAndSingletonsScoreNoRecall() {
    List<Letter> letters = CORPUS.letters();
    BlockingProbe.Blocking blocking = BlockingProbe.of(letters);
    Map<Integer, List<MentionRef>> byEntity = new LinkedHashMap<>();
    List<List<MentionRef>> singletons = new ArrayList<>();
    for (int l = 0; l < letters.size(); l++) {
      for (int i = 0; i < letters.get(l).signatories().size(); i++) {
        MentionRef ref = new MentionRef(letters.get(l), i, letters.get(l).signatories().get(i));
        byEntity
            .computeIfAbsent(CORPUS.truth().get(l).get(i).entity(), e -> new ArrayList<>())
            .add(ref);
        singletons.add(List.of(ref));
      }
    }
    SignatoryScore perfect = score(letters, new ArrayList<>(byEntity.values()), blocking);
    assertEquals(1.0, perfect.precision());
    assertEquals(1.0, perfect.recall());
    assertEquals(1.0, perfect.crossPrecision());
    assertEquals(1.0, perfect.crossRecall());
    assertEquals(byEntity.size(), perfect.listedEntities());
    int[] varied = perfect.varied();
    assertTrue(varied[0] > 0);
    assertEquals(varied[0], varied[2], "every varied name is in its entity's home");

    SignatoryScore split = score(letters, singletons, blocking);
    assertEquals(0, split.foundPairs());
    assertEquals(0.0, split.recall());
    assertTrue(Double.isNaN(split.precision()));
    assertEquals(perfect.truePairs(), split.truePairs());
    assertTrue(perfect.crossTrue() > 0 && perfect.crossTrue() < perfect.truePairs());
  }

  private static SignatoryScore score(
      List<Letter> letters, List<List<MentionRef>> groups, BlockingProbe.Blocking blocking) {
    List<SignatoryEntity> entities = new ArrayList<>();
    for (List<MentionRef> mentions : groups) {
      SignatoryMention first = mentions.get(0).mention();
      entities.add(
          new SignatoryEntity(
              "e" + entities.size(),
              first.name(),
              first.kind(),
              null,
              null,
              List.of(),
              List.of(first.name()),
              mentions,
              List.of()));
    }
    SignatoryResolution resolution =
        new SignatoryResolution(letters, entities, List.of(), List.of());
    return SignatoryScore.of(letters, CORPUS.truth(), CORPUS.population(), resolution, blocking);
  }

  @Test
  void aTinyRunPrintsEveryTable() {
    SignatoryArgs args = SignatoryArgs.parse("--sizes", "20,10", "--repeat", "1");
    ByteArrayOutputStream progress = new ByteArrayOutputStream();
    String report =
        SignatoryBenchmark.run(args, new PrintStream(progress, true, StandardCharsets.UTF_8));
    List<String> lines = report.lines().toList();
    assertEquals("# Signatory resolution", lines.get(0));
    MarkdownTables.assertTable(lines, "| letters | mentions | varied | population |", 2);
    MarkdownTables.assertTable(lines, "| letters | pair precision | pair recall |", 2);
    MarkdownTables.assertTable(lines, "| letters | Coalition.of ms | changes ms |", 2);
    MarkdownTables.assertTable(lines, "| from → to | x mentions |", 1);
    assertTrue(lines.contains("## Varied names by change"), report);
    String first = lines.stream().filter(l -> l.startsWith("| 10 | ")).findFirst().orElseThrow();
    assertTrue(first.contains("| 30 |"), "population of 3 entities per letter: " + first);
    assertFalse(report.contains("NaN"), report);
    assertTrue(progress.toString(StandardCharsets.UTF_8).contains("resolve"));
  }

  @Test
  void readsItsOptions() {
    assertEquals(new SignatoryArgs(List.of(100, 1000, 5000), 42, 3, 120), SignatoryArgs.parse());
    SignatoryArgs args =
        SignatoryArgs.parse(
            "--sizes=300,100,300", "--seed", "7", "--repeat=1", "--stage-seconds=5");
    assertEquals(List.of(100, 300), args.sizes());
    assertEquals(300, args.largest());
    assertEquals(7, args.seed());
    assertEquals(1, args.repeat());
    assertEquals(5, args.stageSeconds());
    assertEquals(
        "unknown option --letters",
        assertThrows(IllegalArgumentException.class, () -> SignatoryArgs.parse("--letters=3"))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> SignatoryArgs.parse("--sizes", ""));
    assertThrows(IllegalArgumentException.class, () -> SignatoryArgs.parse("--sizes", "0"));
    assertThrows(IllegalArgumentException.class, () -> SignatoryArgs.parse("--repeat=0"));
    assertThrows(IllegalArgumentException.class, () -> SignatoryArgs.parse("--seed=1.5"));
    assertThrows(IllegalArgumentException.class, () -> SignatoryArgs.parse("--stage-seconds=0"));
    assertThrows(IllegalArgumentException.class, () -> SignatoryArgs.parse("--seed"));
  }

  @Test
  void aBadOptionExitsWithStatusTwoAndSaysWhy() throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(
                java.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                SignatoryBenchmark.class.getName(),
                "--sizes",
                "100,many")
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    assertEquals(2, process.exitValue(), err);
    String firstLine = err.lines().findFirst().orElse("");
    assertEquals("signatory-benchmark: --sizes is not a number: many", firstLine);
    assertNotNull(err.lines().filter(l -> l.startsWith("usage: ")).findFirst().orElse(null), err);
  }

  private static String compact(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }

  /** Levenshtein distance. */
  private static int edits(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
