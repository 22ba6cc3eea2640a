package org.refrain.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refrain.corpus.CorpusReader;
import org.refrain.corpus.Letter;

/** The reuse and compare commands end to end on the bundled corpus, as a user runs them. */
class ReuseCommandsTest {

  private static final String UNGA = "2020-10-14_unga75-and-eu_joint-letters#1";
  private static final String EU = "2020-10-14_unga75-and-eu_joint-letters#2";

  @TempDir Path cache;

  private CliRun run(String... args) {
    return CliRun.realCached(cache, args);
  }

  private static JsonNode json(CliRun run) throws Exception {
    return run.json();
  }

  private static void assertOneLineUsageError(CliRun run, String contains) {
    run.assertOneLineError(ExitCode.USAGE, contains);
  }

  @Test
  void reuseJsonListsFamiliesWhoseMembersQuoteTheirLetters() throws Exception {
    Map<String, Letter> letters =
        CorpusReader.create().readBundled().letters().stream()
            .collect(Collectors.toMap(Letter::id, Function.identity()));
    JsonNode families = json(run("reuse", "--json"));
    assertTrue(families.isArray() && families.size() > 0);
    boolean opener = false;
    for (JsonNode family : families) {
      for (String field : List.of("id", "text", "members")) {
        assertTrue(family.has(field), field + " in " + family);
      }
      assertTrue(family.get("members").size() >= 2);
      for (JsonNode member : family.get("members")) {
        for (String field : List.of("letter", "source", "index", "start", "end", "text")) {
          assertTrue(member.has(field), field + " in " + member);
        }
        Letter letter = letters.get(member.get("letter").asText());
        assertEquals(letter.source(), member.get("source").asText());
        assertEquals(letter.index(), member.get("index").asInt());
        assertEquals(
            letter.text().substring(member.get("start").asInt(), member.get("end").asInt()),
            member.get("text").asText());
      }
      opener |= family.get("text").asText().startsWith("We are writing on behalf of");
    }
    assertTrue(opener, "no family for the opener");
    assertEquals("R1", families.get(0).get("id").asText());
  }

  @Test
  void reuseCsvHasAHeaderAndOneRowPerFamily() throws Exception {
    CliRun run = run("reuse", "--csv");
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals(
        List.of(
            "family",
            "label",
            "letters",
            "copies",
            "words",
            "first",
            "last",
            "source_letter",
            "tied_with",
            "text"),
        List.of(lines.get(0).replace("\"", "").split(",")));
    assertTrue(lines.get(1).startsWith("\"R1\",\"boilerplate\","), lines.get(1));
    int families = json(run("reuse", "--json")).size();
    assertTrue(lines.size() >= families + 1, lines.size() + " lines for " + families);
  }

  @Test
  void aMinimumBelowFourWordsIsAOneLineUsageError() {
    assertOneLineUsageError(run("reuse", "--min-tokens", "2"), "--min-tokens");
  }

  @Test
  void jsonAndCsvTogetherAreAUsageError() {
    assertOneLineUsageError(run("reuse", "--json", "--csv"), "mutually exclusive");
  }

  @Test
  void compareJsonShowsTheSharesAndTheMovedSignOff() throws Exception {
    JsonNode root = json(run("compare", UNGA, EU, "--format", "json"));
    assertEquals(UNGA, root.get("a").get("letter").asText());
    assertEquals(EU, root.get("b").get("letter").asText());
    assertTrue(root.get("b").get("share").asDouble() >= 0.7, root.get("b").toString());
    boolean moved = false;
    boolean substituted = false;
    for (JsonNode row : root.get("paragraphs")) {
      assertTrue(row.has("kind") && row.has("a") && row.has("b") && row.has("diff"));
      String words = row.get("diff").toString();
      if (row.get("kind").asText().equals("moved") && words.contains("Sincerely,")) {
        moved = true;
      }
      for (JsonNode segment : row.get("diff")) {
        substituted |=
            segment.get("op").asText().equals("changed")
                && segment.get("from").asText().equals("UN General Assembly")
                && segment.get("to").asText().equals("European Union");
      }
    }
    assertTrue(moved, "Sincerely, is not moved");
    assertTrue(substituted, "no UN General Assembly -> European Union");
  }

  @Test
  void compareMarkdownStrikesAndBoldsTheChanges() {
    CliRun run = run("compare", UNGA, EU, "--format", "md");
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("# Comparison"), run.out());
    assertTrue(run.out().contains("~~UN General Assembly~~ **European Union**"), run.out());
  }

  @Test
  void compareHtmlIsEscapedWithDelAndIns() {
    CliRun run = run("compare", UNGA, EU, "--format", "html");
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    String html = run.out();
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertTrue(html.contains("<del>UN General Assembly</del><ins>European Union</ins>"));
    assertTrue(html.contains("<div class=\"row moved\">"));
    // the letters' curly apostrophes and dashes are written as entities, text never as markup
    assertTrue(html.contains("&rsquo;") || html.contains("&mdash;"), "nothing escaped");
    assertFalse(
        html.replaceAll(
                "<(/?)(del|ins|div|p|li|ul|h1|html|head|body|meta|title|style|!DOCTYPE)[^>]*>", "")
            .contains("<"));
  }

  @Test
  void plainCompareIsUncolouredGitStyleWordDiff() {
    CliRun run = run("compare", UNGA, EU);
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertFalse(run.out().contains("\u001B["), "ANSI escape in plain output");
    assertTrue(run.out().contains("[-UN General Assembly-]{+European Union+}"));
    assertTrue(run.out().contains("moved: A ¶18 -> B ¶19"), run.out());
  }

  @Test
  void compareWithAnUnknownLetterIsAOneLineUsageError() {
    assertOneLineUsageError(run("compare", UNGA, "no-such-letter#9"), "no letter no-such-letter#9");
    assertOneLineUsageError(run("compare", UNGA, UNGA), "two different letters");
  }

  @Test
  void anIdAndAPartOfItNamingTheSameLetterIsAUsageErrorNotACrash() {
    // "unga75-and-eu_joint-letters#1" matches only the UNGA letter in part.
    assertOneLineUsageError(
        run("compare", UNGA, "unga75-and-eu_joint-letters#1"), "two different letters");
  }
}
