package org.refrain.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the commands on the real bundled corpus through the real {@code CorpusReader}. */
class BundledCorpusEndToEndTest {

  /** id, source, index of every bundled letter, in output order. */
  private static final List<List<Object>> LETTERS =
      List.of(
          List.of(
              "2020-02-21_hrc43_letter-to-president-moon#1",
              "2020-02-21_hrc43_letter-to-president-moon.txt",
              1),
          List.of(
              "2020-03-03_press-release_coalition-urges-president-moon#1",
              "2020-03-03_press-release_coalition-urges-president-moon.txt",
              1),
          List.of(
              "2020-10-14_unga75-and-eu_joint-letters#1",
              "2020-10-14_unga75-and-eu_joint-letters.txt",
              1),
          List.of(
              "2020-10-14_unga75-and-eu_joint-letters#2",
              "2020-10-14_unga75-and-eu_joint-letters.txt",
              2),
          List.of(
              "2022-03-24_hrc49_letter-to-president-moon#1",
              "2022-03-24_hrc49_letter-to-president-moon.txt",
              1),
          List.of(
              "2024-03-18_hrc55_letter-to-permanent-representatives#1",
              "2024-03-18_hrc55_letter-to-permanent-representatives.txt",
              1));

  @TempDir Path dir;

  @Test
  void lettersJsonListsTheSixBundledLetters() throws Exception {
    CliRun run = CliRun.real("letters", "--json");
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    JsonNode array = new ObjectMapper().readTree(run.out());
    List<List<Object>> actual = new ArrayList<>();
    for (JsonNode letter : array) {
      actual.add(
          List.of(
              letter.get("id").asText(),
              letter.get("source").asText(),
              letter.get("index").asInt()));
      assertEquals(letter.get("id"), letter.get("letter"));
    }
    assertEquals(LETTERS, actual);
  }

  @Test
  void lettersJsonIsByteIdenticalAcrossRuns() {
    assertEquals(CliRun.real("letters", "--json").out(), CliRun.real("letters", "--json").out());
  }

  @Test
  void reportWritesOneCsvRowPerLetter() throws Exception {
    Path out = dir.resolve("report");
    CliRun run = CliRun.real("report", "--no-cache", "--out", out.toString());
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    List<String> csv = Files.readAllLines(out.resolve("letters.csv"));
    assertEquals(1 + LETTERS.size(), csv.size());
    for (int i = 0; i < LETTERS.size(); i++) {
      assertTrue(csv.get(i + 1).startsWith("\"" + LETTERS.get(i).get(0) + "\","), csv.get(i + 1));
    }
    String report = Files.readString(out.resolve("report.md"));
    assertTrue(report.contains("Read 6 letters from 5 documents."), report);
  }

  @Test
  void userChromePatternsEndAListWhereThePageSaysSo() throws Exception {
    Path letter = dir.resolve("l.txt");
    Files.writeString(
        letter,
        "Dear Minister,\n\nWe are writing on behalf of 2 organizations to urge your government to act"
            + " on the findings of the commission without delay.\n\nSincerely,\n\nAlpha Watch, Japan\n"
            + "Beta Network, Peru\nOur partner sites\n");
    CliRun plain = CliRun.real("letters", "--json", letter.toString());
    assertEquals(3, new ObjectMapper().readTree(plain.out()).get(0).get("signatories").size());
    Path chrome = dir.resolve("chrome.txt");
    Files.writeString(chrome, "# site furniture\nour partner sites\n");
    CliRun withChrome =
        CliRun.real("letters", "--json", "--chrome", chrome.toString(), letter.toString());
    assertEquals(ExitCode.OK, withChrome.exitCode(), withChrome.err());
    JsonNode read = new ObjectMapper().readTree(withChrome.out()).get(0);
    assertEquals(2, read.get("signatories").size());
    assertEquals("consistent", read.get("claim_check").get("status").asText());
  }

  @Test
  void aChromeFileThatIsNotRegularExpressionsIsAOneLineError() throws Exception {
    Path chrome = dir.resolve("chrome.txt");
    Files.writeString(chrome, "fine\n[unclosed\n");
    CliRun run = CliRun.real("letters", "--chrome", chrome.toString());
    assertEquals(ExitCode.USAGE, run.exitCode());
    assertEquals(
        "refrain: " + chrome + ": line 2: not a regular expression: Unclosed character class\n",
        run.err());
  }
}
