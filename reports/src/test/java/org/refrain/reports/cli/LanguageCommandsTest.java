package org.refrain.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The language commands end to end on the bundled corpus, as a user runs them. */
class LanguageCommandsTest {

  @TempDir Path cache;

  private CliRun run(String... args) {
    return CliRun.realCached(cache, args);
  }

  private static JsonNode json(CliRun run) throws Exception {
    return run.json();
  }

  private static TreeSet<String> letters(JsonNode records) {
    TreeSet<String> ids = new TreeSet<>();
    records.forEach(r -> ids.add(r.get("letter").asText()));
    return ids;
  }

  @Test
  void kwicFindsFishermenInTheLetterToPresidentMoonAndThePressRelease() throws Exception {
    JsonNode records = json(run("kwic", "fishermen", "--json"));
    assertEquals(
        new TreeSet<>(
            List.of(
                "2020-02-21_hrc43_letter-to-president-moon#1",
                "2020-03-03_press-release_coalition-urges-president-moon#1")),
        letters(records));
    for (JsonNode r : records) {
      for (String field : List.of("letter", "source", "index", "left", "match", "right")) {
        assertTrue(r.has(field), field + " in " + r);
      }
      assertEquals("fishermen", r.get("match").asText());
    }
  }

  @Test
  void kwanlisoOccursOnlyInThe2020UngaAndEuLetters() throws Exception {
    JsonNode records = json(run("kwic", "kwanliso", "--json"));
    assertEquals(
        new TreeSet<>(
            List.of(
                "2020-10-14_unga75-and-eu_joint-letters#1",
                "2020-10-14_unga75-and-eu_joint-letters#2")),
        letters(records));
    // "(kwanliso)" three times in each letter: grep -o kwanliso corpus/letters/2020-10-14*.txt
    assertEquals(6, records.size());
  }

  @Test
  void plainKwicAlignsTheMatches() {
    CliRun run = run("kwic", "prison camps", "--window", "4");
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    List<String> lines = run.out().lines().toList();
    assertFalse(lines.isEmpty());
    int column = lines.get(0).indexOf("[prison camps]");
    for (String line : lines) {
      assertEquals(column, line.indexOf("[prison camps]"), line);
    }
  }

  @Test
  void keynessOf2024Against2020PutsReportFirst() throws Exception {
    JsonNode records = json(run("keyness", "--a", "year=2024", "--b", "year=2020", "--json"));
    JsonNode first = records.get(0);
    // "report" 7 times in the 2024 letter's body, 3 times in the four 2020 letters (grep -iow).
    assertEquals("report", first.get("lemma").asText());
    assertEquals("A", first.get("overused_in").asText());
    assertEquals(7, first.get("count_a").asInt());
    assertEquals(3, first.get("count_b").asInt());
    assertTrue(first.get("p").asDouble() < 0.01);
  }

  @Test
  void theReportsKeynessIsWhatTheCommandItCitesGives() throws Exception {
    // The report's keyness section names the command that gives its periods' figures; run it and
    // compare with the report's reviewed keyness.csv.
    Path golden = Path.of("src/test/resources/org/refrain/reports/golden/report");
    String report = Files.readString(golden.resolve("report.md"));
    java.util.regex.Matcher cited =
        java.util.regex.Pattern.compile("The same: `refrain ([^`]+)`").matcher(report);
    assertTrue(cited.find(), "report.md cites no keyness command");
    assertEquals("keyness --a year=2022,2024 --b year=2020 --max-n 3", cited.group(1));
    List<String> args = new java.util.ArrayList<>(List.of(cited.group(1).split(" ")));
    args.add("--csv");
    CliRun run = run(args.toArray(String[]::new));
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertEquals(Files.readString(golden.resolve("keyness.csv")), run.out());
  }

  @Test
  void keynessCsvHasItsHeaderAndNoHeading() {
    CliRun run = run("keyness", "--a", "year=2024", "--csv");
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertTrue(
        run.out()
            .startsWith(
                "\"term\",\"lemma\",\"overused_in\",\"count_a\",\"per_1000_a\",\"count_b\","
                    + "\"per_1000_b\",\"g2\",\"p\",\"log_ratio\"\n"),
        run.out());
  }

  @Test
  void aBadGroupIsAOneLineUsageError() {
    CliRun run = run("keyness", "--a", "yr=2020");
    assertEquals(ExitCode.USAGE, run.exitCode());
    assertEquals(
        List.of(
            "refrain: --a: unknown field 'yr' (use one of year, date, letter, source, kind,"
                + " addressee, body, session)"),
        run.errLines().stream().filter(l -> l.startsWith("refrain:")).toList());
    CliRun empty = run("keyness", "--a", "year=1999");
    assertEquals(ExitCode.USAGE, empty.exitCode());
    assertTrue(empty.err().contains("--a year=1999 selects no letter"), empty.err());
  }

  @Test
  void aTermWithoutWordsIsAUsageError() {
    CliRun run = run("kwic", " ");
    assertEquals(ExitCode.USAGE, run.exitCode());
    assertTrue(run.err().contains("has no words"), run.err());
  }

  @Test
  void termsByYearGroupTheFour2020Letters() throws Exception {
    JsonNode records = json(run("terms", "--json", "--top", "0"));
    boolean found = false;
    for (JsonNode r : records) {
      if (r.get("year").asText().equals("2020") && r.get("lemma").asText().equals("human right")) {
        assertEquals("human rights", r.get("term").asText());
        assertEquals(4, r.get("letters").asInt());
        found = true;
      }
    }
    assertTrue(found);
  }

  @Test
  void directivesOf2024IncludeTheClosingAsk() throws Exception {
    JsonNode records = json(run("rhetoric", "--directives", "--json"));
    boolean found = false;
    for (JsonNode r : records) {
      if (r.get("letter").asText().startsWith("2024-03-18")
          && r.get("text").asText().startsWith("We urge you to adopt the resolution")) {
        assertEquals("we", r.get("voice").asText());
        found = true;
      }
    }
    assertTrue(found);
  }

  @Test
  void collocatesOfHumanRightsRankSituationFirst() throws Exception {
    JsonNode records = json(run("collocates", "human rights", "--json"));
    assertEquals("situation", records.get(0).get("collocate").asText());
  }

  @Test
  void aSecondRunReadsTheCache() throws Exception {
    run("distinctive");
    try (var files = Files.walk(cache)) {
      assertEquals(6, files.filter(p -> p.toString().endsWith(".ann")).count());
    }
    CliRun again = run("distinctive", "--csv");
    assertEquals(ExitCode.OK, again.exitCode(), again.err());
    assertEquals(again.out(), run("distinctive", "--csv", "--no-cache").out());
  }

  @Test
  void absurdThreadAndWindowCountsAreUsageErrors() {
    CliRun threads = run("terms", "--threads", "100000");
    assertEquals(ExitCode.USAGE, threads.exitCode());
    assertTrue(threads.err().contains("--threads must be 1 to 256: 100000"), threads.err());
    CliRun window = run("collocates", "human rights", "--window", "2147483647");
    assertEquals(ExitCode.USAGE, window.exitCode());
    assertTrue(window.err().contains("--window must be 1 to 1000"), window.err());
  }

  @Test
  void keynessGroupsMustNotShareALetter() {
    CliRun run = run("keyness", "--a", "year=2020", "--b", "year=2020,2024");
    assertEquals(ExitCode.USAGE, run.exitCode());
    assertTrue(run.err().contains("share 4 letters"), run.err());
  }

  @Test
  void aTermOfPunctuationOnlyIsAUsageError() {
    CliRun run = run("kwic", "!!!");
    assertEquals(ExitCode.USAGE, run.exitCode());
    assertTrue(run.err().contains("has no words"), run.err());
  }
}
