package org.refrain.reports.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The signatories command end to end on the bundled corpus, as a user runs it. */
class SignatoriesCommandTest {

  private static final String MOON_2022 = "2022-03-24_hrc49_letter-to-president-moon#1";

  @TempDir Path dir;

  private static JsonNode entity(JsonNode entities, String id) {
    for (JsonNode e : entities) {
      if (e.get("id").asText().equals(id)) {
        return e;
      }
    }
    throw new AssertionError("no entity " + id);
  }

  private static Set<String> sources(JsonNode entity) {
    Set<String> sources = new TreeSet<>();
    entity.get("mentions").forEach(m -> sources.add(m.get("source").asText()));
    return sources;
  }

  @Test
  void jsonListsEntitiesWhoseMentionsQuoteLettersJsonExactly() throws Exception {
    CliRun letters = CliRun.real("letters", "--json");
    assertEquals(ExitCode.OK, letters.exitCode(), letters.err());
    Map<String, JsonNode> byId = new HashMap<>();
    letters.json().forEach(l -> byId.put(l.get("id").asText(), l));
    CliRun run = CliRun.real("signatories", "--json");
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    JsonNode entities = run.json();
    int mentions = 0;
    for (JsonNode e : entities) {
      for (String field : List.of("name", "kind", "country", "aliases", "letters", "mentions")) {
        assertTrue(e.has(field), field + " in " + e);
      }
      for (JsonNode m : e.get("mentions")) {
        JsonNode letter = byId.get(m.get("letter").asText());
        assertEquals(letter.get("source").asText(), m.get("source").asText());
        assertEquals(letter.get("index").asInt(), m.get("index").asInt());
        JsonNode listed = letter.get("signatories").get(m.get("position").asInt());
        assertEquals(listed.get("raw").asText(), m.get("raw").asText());
        mentions++;
      }
    }
    assertEquals(272, mentions, "every mention in exactly one entity");
    JsonNode csw = entity(entities, "christian-solidarity-worldwide");
    assertEquals(5, sources(csw).size(), csw.toString());
    assertEquals(6, csw.get("letters").size());
    JsonNode hrw = entity(entities, "human-rights-watch");
    assertEquals(4, sources(hrw).size(), hrw.toString());
    JsonNode lee = entity(entities, "yanghee-lee");
    assertEquals("person", lee.get("kind").asText());
    assertEquals(3, sources(lee).size());
    assertEquals("name-order", lee.get("merges").get(0).get("rule").asText());
  }

  @Test
  void textShowsEverySectionAndTheLetterKey() {
    CliRun run = CliRun.real("signatories");
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    for (String section :
        List.of(
            "== Signatories ==",
            "== Who signed which letter ==",
            "== How the coalition changed ==",
            "== Core coalition ==",
            "== Composition of each list ==",
            "== Country conflicts ==",
            "== Signatory pairs to review ==",
            "L6 = 2024-03-18_hrc55_letter-to-permanent-representatives#1")) {
      assertTrue(run.out().contains(section), section);
    }
    String twins =
        run.out().lines().filter(l -> l.matches("all\\s+L3\\s+L4.*")).findFirst().orElseThrow();
    assertTrue(twins.matches("all\\s+L3\\s+L4\\s+0\\s+0\\s+37\\s+1\\.0"), twins);
  }

  @Test
  void csvTablesAndCoreK() {
    CliRun roster = CliRun.real("signatories", "--csv");
    assertEquals(ExitCode.OK, roster.exitCode(), roster.err());
    assertTrue(roster.out().startsWith("\"entity\",\"name\",\"kind\""), roster.out());
    CliRun core = CliRun.real("signatories", "--csv", "--table", "core", "--core", "6");
    assertEquals(ExitCode.OK, core.exitCode(), core.err());
    // Only CSW signed all six letters: it is the whole core, present in each.
    long full = core.out().lines().skip(1).filter(l -> l.contains("\",\"1\",\"1.0\",\"")).count();
    assertEquals(6, full, core.out());
    CliRun changes = CliRun.real("signatories", "--csv", "--table", "changes");
    assertTrue(changes.out().contains("joined_names"), changes.out());
  }

  @Test
  void oneLetterShowsItsSignersAndHowItsListChanged() throws Exception {
    CliRun run = CliRun.real("signatories", "--letter", "hrc49");
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertTrue(run.out().startsWith(MOON_2022 + " (2022-03-24): 32 signatories"), run.out());
    assertTrue(run.out().contains("Lee Yang-Hee"), run.out());
    assertTrue(
        run.out().contains("Against 2020-02-21_hrc43_letter-to-president-moon#1 (addressee)"));
    CliRun json = CliRun.real("signatories", "--letter", MOON_2022, "--json");
    assertEquals(32, json.json().size());
  }

  @Test
  void anAliasFileMergesRenamedOrganisationsAndKeepsOthersApart() throws Exception {
    Path aliases = dir.resolve("aliases.csv");
    Files.writeString(
        aliases,
        "alias,canonical,relation\n"
            + "# renamed in 2021\n"
            + "Health and Human Rights Info,Mental Health and Human Rights Info\n"
            + "Cristian Solidarity Worldwide,Christian Solidarity Worldwide,not the same\n"
            + "Nobody At All,Somebody Else\n",
        UTF_8);
    CliRun run = CliRun.real("signatories", "--json", "--aliases", aliases.toString());
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertTrue(run.err().contains("aliases.csv:5: 'Nobody At All' names no signatory"), run.err());
    JsonNode hhri = entity(run.json(), "mental-health-and-human-rights-info");
    assertEquals(2, hhri.get("mentions").size());
    assertEquals("user-alias", hhri.get("merges").get(0).get("rule").asText());
    assertEquals(5, entity(run.json(), "christian-solidarity-worldwide").get("letters").size());
  }

  @Test
  void escapeSequencesInALetterNeverReachTheTerminal(@TempDir Path dir) throws Exception {
    Path letter = dir.resolve("evil.txt");
    Files.writeString(
        letter,
        "Dear Minister,\n\nWe are writing on behalf of 2 organizations to urge your government to"
            + " act on the findings of the commission without delay.\n\nSincerely,\n\n"
            + "\u001B]0;owned\u0007\u001B[31mAlpha Watch\u001B[0m, Japan\nBeta Network, Peru\n");
    CliRun run = CliRun.real("signatories", letter.toString());
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertTrue(run.out().contains("Alpha Watch"), run.out());
    assertTrue(run.out().chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\t'), run.out());
    assertTrue(run.err().contains("control characters"), run.err());
  }

  @Test
  void badInputIsOneLineWithTheRightExitCode() throws Exception {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "a,b,maybe\n", UTF_8);
    CliRun.real("signatories", "--aliases", bad.toString())
        .assertOneLineError(ExitCode.USAGE, "bad.csv:1: unknown relation 'maybe'");
    CliRun.real("signatories", "--aliases", dir.resolve("none.csv").toString())
        .assertOneLineError(ExitCode.USAGE, "none.csv: no such file");
    CliRun.real("signatories", "--core", "0")
        .assertOneLineError(ExitCode.USAGE, "--core must be at least 1");
    CliRun.real("signatories", "--json", "--csv")
        .assertOneLineError(ExitCode.USAGE, "mutually exclusive");
  }

  @Test
  void theOutputIsTheSameEveryRun() {
    CliRun first = CliRun.real("signatories");
    CliRun second = CliRun.real("signatories");
    assertEquals(first.out(), second.out());
    assertFalse(first.out().isEmpty());
  }

  @Test
  void pastTheColumnLimitTheMatrixSectionSaysWhereItsRowsAre() {
    List<org.refrain.corpus.Letter> letters = new java.util.ArrayList<>();
    for (int i = 0; i < org.refrain.reports.report.LetterKey.MAX_COLUMNS + 3; i++) {
      letters.add(
          org.refrain.reports.TestLetters.builder("l" + i + ".txt", 1)
              .paragraph("We write again.")
              .organization("Group " + (i % 4), "Group " + (i % 4), null, null)
              .build());
    }
    CliRun run =
        CliRun.with(
            new CliRun.FakeSource(
                new org.refrain.corpus.Corpus(letters, List.of(), letters.size())),
            "signatories");
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    String out = run.out();
    int at = out.indexOf("== Who signed which letter ==");
    assertTrue(at >= 0, out);
    assertTrue(out.substring(at).contains("signatory-letters.csv"), out);
  }
}
