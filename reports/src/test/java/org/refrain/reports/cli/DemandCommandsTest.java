package org.refrain.reports.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refrain.analysis.demand.Taxonomy;
import org.refrain.corpus.CorpusReader;
import org.refrain.corpus.Letter;

/** The demands and taxonomy commands end to end on the bundled corpus, as a user runs them. */
class DemandCommandsTest {

  private static final String REPS = "2024-03-18_hrc55_letter-to-permanent-representatives#1";
  private static final String UNGA = "2020-10-14_unga75-and-eu_joint-letters#1";

  @TempDir Path cache;
  @TempDir Path dir;

  private CliRun run(String... args) {
    return CliRun.realCached(cache, args);
  }

  /** The CSV's lines with the quotes around its cells taken away. */
  private static List<String> unquoted(CliRun run) {
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    return run.out().lines().map(l -> l.replace("\"", "")).toList();
  }

  @Test
  void theMatrixListsEveryDemandAgainstTheLettersInDateOrder() {
    CliRun run = run("demands");
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    for (String id : Taxonomy.bundled().ids()) {
      assertTrue(run.out().contains(id), id + " in\n" + run.out());
    }
    assertTrue(run.out().contains("L1 = 2020-02-21_hrc43_letter-to-president-moon#1"), run.out());
    assertTrue(run.out().contains("L6 = " + REPS), run.out());
    String weapons =
        run.out().lines().filter(l -> l.startsWith("weapons-nexus")).findFirst().orElseThrow();
    assertTrue(weapons.contains("mention") && weapons.trim().endsWith("ask"), weapons);
  }

  @Test
  void jsonHasOneRecordPerTaggedLetterAndDemandWhoseEvidenceQuotesTheLetter() throws Exception {
    Map<String, Letter> letters =
        CorpusReader.create().readBundled().letters().stream()
            .collect(Collectors.toMap(Letter::id, Function.identity()));
    JsonNode tags = run("demands", "--json").json();
    assertTrue(tags.isArray() && tags.size() > 40, "tags: " + tags.size());
    List<String> keys = new ArrayList<>();
    for (JsonNode tag : tags) {
      for (String field : List.of("letter", "source", "index", "demand", "strength", "evidence")) {
        assertTrue(tag.has(field), field + " in " + tag);
      }
      keys.add(tag.get("letter").asText() + "/" + tag.get("demand").asText());
      assertTrue(tag.get("strength").asText().matches("ask|mention"));
      Letter letter = letters.get(tag.get("letter").asText());
      assertEquals(letter.source(), tag.get("source").asText());
      for (JsonNode e : tag.get("evidence")) {
        String quoted = letter.text().substring(e.get("start").asInt(), e.get("end").asInt());
        assertEquals(quoted, e.get("text").asText());
      }
    }
    assertEquals(keys.size(), keys.stream().distinct().count(), "one record per letter/demand");
    assertTrue(keys.contains(REPS + "/weapons-nexus"));
  }

  @Test
  void csvIsTheMatrixAndWithEvidenceOneRowPerSentence() {
    List<String> matrix = unquoted(run("demands", "--csv"));
    assertEquals(
        "letter,source,index,date," + String.join(",", Taxonomy.bundled().ids()), matrix.get(0));
    assertEquals(7, matrix.size(), String.join("\n", matrix));
    List<String> evidence = unquoted(run("demands", "--csv", "--evidence"));
    assertEquals(
        "letter,source,index,date,demand,strength,start,end,ask_cue,patterns,sentence",
        evidence.get(0));
    assertTrue(evidence.size() > matrix.size());
  }

  @Test
  void oneLetterWithEvidenceShowsWhyEachSentenceAsks() {
    CliRun run = run("demands", "--letter", "hrc55", "--evidence");
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertTrue(run.err().contains("taken as letter " + REPS), run.err());
    assertTrue(run.out().startsWith(REPS + " (2024-03-18)"), run.out());
    assertTrue(run.out().contains("  weapons-nexus: ask"), run.out());
    assertTrue(run.out().contains("ask (directive: recommend)"), run.out());
    assertFalse(run.out().contains(UNGA), run.out());
  }

  @Test
  void usageErrorsAreOneLine() throws Exception {
    run("demands", "--letter", "no-such-letter").assertOneLineError(ExitCode.USAGE, "no letter");
    run("demands", "--json", "--csv").assertOneLineError(ExitCode.USAGE, "mutually exclusive");
    Path missing = dir.resolve("missing.yaml");
    run("demands", "--taxonomy", missing.toString())
        .assertOneLineError(ExitCode.USAGE, missing + ": cannot read taxonomy: no such file");
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "extends: bundled\ndemands:\n  - id: x\n    labl: X\n", UTF_8);
    run("demands", "--taxonomy", bad.toString())
        .assertOneLineError(ExitCode.USAGE, bad + ": demand 'x': unknown key 'labl'");
  }

  @Test
  void aUserTaxonomyExtendingTheBundledOneAddsItsDemand() throws Exception {
    Path mine = dir.resolve("mine.yaml");
    Files.writeString(
        mine,
        "extends: bundled\n"
            + "remove: [security-council]\n"
            + "demands:\n"
            + "  - id: dialogue\n"
            + "    label: Peace and dialogue\n"
            + "    patterns: [dialogue, peace process]\n"
            + "    examples: [\"We urge both governments to resume dialogue.\"]\n",
        UTF_8);
    List<String> header = unquoted(run("demands", "--csv", "--taxonomy", mine.toString()));
    assertTrue(header.get(0).endsWith(",dialogue"), header.get(0));
    assertFalse(header.get(0).contains("security-council"), header.get(0));
    CliRun check = CliRun.real("taxonomy", "--taxonomy", mine.toString());
    assertEquals(ExitCode.OK, check.exitCode(), check.out() + check.err());
    assertTrue(check.out().contains("dialogue"), check.out());
  }

  @Test
  void theTaxonomyCommandChecksEveryExampleAndNamesFailures() throws Exception {
    CliRun bundled = CliRun.real("taxonomy");
    assertEquals(ExitCode.OK, bundled.exitCode(), bundled.out());
    assertTrue(bundled.out().contains("examples hold."), bundled.out());
    Path failing = dir.resolve("failing.yaml");
    Files.writeString(
        failing,
        "extends: bundled\n"
            + "demands:\n"
            + "  - id: dialogue\n"
            + "    label: Dialogue\n"
            + "    patterns: [dialogue]\n"
            + "    examples: [{text: \"Dialogue has stalled.\", strength: ask}]\n"
            + "    counterexamples: [\"We welcome the dialogue.\"]\n",
        UTF_8);
    CliRun run = CliRun.real("taxonomy", "--taxonomy", failing.toString());
    assertEquals(ExitCode.EXAMPLES_FAIL, run.exitCode(), run.out());
    assertTrue(run.out().contains("2 of "), run.out());
    assertTrue(
        run.out().contains("dialogue: tagged mention, expected ask: Dialogue has stalled."),
        run.out());
    assertTrue(run.out().contains("dialogue (counter-example): tagged (mention)"), run.out());
  }

  @Test
  void theTaxonomyAsJsonIsOneRecordPerDemandAndFailuresGoToStderr() throws Exception {
    JsonNode records = CliRun.real("taxonomy", "--json").json();
    assertTrue(records.isArray() && records.size() >= 15, records.toString());
    JsonNode first = records.get(0);
    for (String field : List.of("demand", "label", "patterns", "exclusions", "examples_ok")) {
      assertTrue(first.has(field), field + " in " + first);
    }
    assertEquals("political-prisons", first.get("demand").asText());
    Path failing = dir.resolve("failing-json.yaml");
    Files.writeString(
        failing,
        "extends: bundled\n"
            + "demands:\n"
            + "  - id: dialogue\n"
            + "    label: Dialogue\n"
            + "    patterns: [dialogue]\n"
            + "    examples: [{text: \"Dialogue has stalled.\", strength: ask}]\n",
        UTF_8);
    CliRun run = CliRun.real("taxonomy", "--csv", "--taxonomy", failing.toString());
    assertEquals(ExitCode.EXAMPLES_FAIL, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("\"demand\",\"label\""), run.out());
    assertTrue(run.out().contains("\"dialogue\",\"Dialogue\",\"1\",\"0\",\"0/1\""), run.out());
    assertTrue(run.err().contains("dialogue: tagged mention, expected ask"), run.err());
  }
}
