package org.refrain.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.refrain.corpus.Corpus;
import org.refrain.reports.TestLetters;
import org.refrain.reports.json.LetterJson;
import org.refrain.reports.render.CsvRenderer;
import org.refrain.reports.render.PlainTextRenderer;
import org.refrain.reports.table.LettersTable;

class LettersCommandTest {

  private final Corpus corpus =
      new Corpus(List.of(TestLetters.bare("b.txt", 1), TestLetters.full()), List.of(), 2);
  private final CliRun.FakeSource source = new CliRun.FakeSource(corpus);

  @Test
  void printsTheOverviewTable() {
    CliRun run = CliRun.with(source, "letters");
    assertEquals(ExitCode.OK, run.exitCode());
    assertEquals(PlainTextRenderer.render(LettersTable.of(corpus.letters())), run.out());
    String[] lines = run.out().split("\n");
    assertEquals(4, lines.length);
    assertTrue(lines[0].startsWith("id  "), lines[0]);
    assertTrue(lines[2].startsWith("2020-02-21_hrc43_letter-to-president-moon#1  "), lines[2]);
    assertTrue(lines[3].startsWith("b#1  "), lines[3]);
  }

  @Test
  void jsonPrintsTheLetterRecords() throws Exception {
    CliRun run = CliRun.with(source, "letters", "--json");
    assertEquals(ExitCode.OK, run.exitCode());
    assertEquals(LetterJson.write(corpus.letters()), run.out());
    JsonNode array = new ObjectMapper().readTree(run.out());
    assertEquals(2, array.size());
    assertEquals(
        "2020-02-21_hrc43_letter-to-president-moon#1", array.get(0).get("letter").asText());
    assertEquals("b.txt", array.get(1).get("source").asText());
    assertEquals(1, array.get(1).get("index").asInt());
  }

  @Test
  void csvPrintsTheOverviewTable() {
    CliRun run = CliRun.with(source, "letters", "--csv");
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertEquals(CsvRenderer.render(LettersTable.of(corpus.letters())), run.out());
    assertTrue(run.out().startsWith("\"id\","), run.out());
    assertEquals(3, run.out().split("\n").length);
  }

  @Test
  void jsonAndCsvTogetherAreAOneLineUsageError() {
    CliRun.with(source, "letters", "--json", "--csv")
        .assertOneLineError(ExitCode.USAGE, "mutually exclusive");
  }

  @Test
  void outputIsDeterministic() {
    assertEquals(
        CliRun.with(source, "letters", "--json").out(),
        CliRun.with(source, "letters", "--json").out());
  }
}
