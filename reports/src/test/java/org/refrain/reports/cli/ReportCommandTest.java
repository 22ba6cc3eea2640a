package org.refrain.reports.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refrain.corpus.Corpus;
import org.refrain.corpus.Diagnostic;
import org.refrain.reports.TestLetters;
import org.refrain.reports.json.LetterJson;
import org.refrain.reports.render.CsvRenderer;
import org.refrain.reports.render.MarkdownReport;
import org.refrain.reports.table.LettersTable;

class ReportCommandTest {

  @TempDir Path dir;

  private final Corpus corpus =
      new Corpus(
          List.of(TestLetters.full(), TestLetters.bare("b.txt", 1)),
          List.of(Diagnostic.warning("b.txt", 2, "no date found")),
          2);
  private final CliRun.FakeSource source = new CliRun.FakeSource(corpus);

  private List<String> entries(Path directory) throws IOException {
    try (Stream<Path> list = Files.list(directory)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /**
   * The files a report on the test corpus writes, in the order it prints them. Only one of its
   * letters is dated, so there is no keyness.csv: the report says why instead.
   */
  static final List<String> FILES =
      List.of(
          "letters.csv",
          "terms-by-year.csv",
          "terms-by-letter.csv",
          "distinctive.csv",
          "rhetoric.csv",
          "directives.csv",
          "collocates.csv",
          "kwic.csv",
          "reuse-families.csv",
          "reuse-copies.csv",
          "similarity.csv",
          "similarity-nearest.csv",
          "demands.csv",
          "demand-evidence.csv",
          "demand-years.csv",
          "demand-appearances.csv",
          "demand-changes.csv",
          "signatories.csv",
          "signatory-mentions.csv",
          "signatory-presence.csv",
          "signatory-letters.csv",
          "coalition-changes.csv",
          "coalition-core.csv",
          "coalition-core-members.csv",
          "coalition-composition.csv",
          "signatory-review.csv",
          "report.md",
          "report.json",
          "index.html");

  @Test
  void writesCsvAndMarkdownAndPrintsThePaths() throws Exception {
    Path out = dir.resolve("nested/report");
    CliRun run = CliRun.with(source, "report", "--no-cache", "--out", out.toString());
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertEquals(
        FILES.stream().map(f -> out.resolve(f) + "\n").collect(Collectors.joining()), run.out());
    assertEquals(
        CsvRenderer.render(LettersTable.of(corpus.letters())),
        Files.readString(out.resolve("letters.csv"), UTF_8));
    String report = Files.readString(out.resolve("report.md"), UTF_8);
    assertTrue(report.startsWith(MarkdownReport.render(corpus).split("\n## Diagnostics")[0]));
    assertTrue(
        report.contains("fewer than two of these letters are dated, so there is none"), report);
    for (String section :
        List.of("## Claims check", "## Terms by year", "## Distinctive terms", "## Rhetoric")) {
      assertTrue(report.contains(section), section);
    }
    assertEquals(FILES.stream().sorted().toList(), entries(out));
    // The report directory is a link to the hidden generation holding the files; nothing else.
    String generation = Files.readSymbolicLink(out).toString();
    assertEquals(
        List.of(generation, "report"), entries(out.getParent()), "no temporary directory left");
  }

  @Test
  void aHostileTermIsEscapedInItsSectionHeadings() throws Exception {
    Path out = dir.resolve("report");
    String term = "<svg onload=alert(1)>";
    CliRun run =
        CliRun.with(source, "report", "--no-cache", "--term", term, "--out", out.toString());
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    String report = Files.readString(out.resolve("report.md"), UTF_8);
    assertTrue(report.contains("\n## Collocates of \"&lt;svg onload=alert(1)>\"\n"), report);
    assertTrue(report.contains("\n## Concordance of \"&lt;svg onload=alert(1)>\"\n"), report);
    assertFalse(report.contains("<svg"), report);
  }

  @Test
  void reportJsonHoldsEveryTableAsItsCsvDoes() throws Exception {
    Path out = dir.resolve("report");
    CliRun run = CliRun.with(source, "report", "--no-cache", "--out", out.toString());
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    JsonNode report = assertReportJsonMatchesCsv(out, run.out());
    assertEquals(mapper.readTree(LetterJson.write(corpus.letters())), report.get("letters"));
    assertEquals(VersionProvider.version(), report.get("refrain").get("version").asText());
  }

  private static final ObjectMapper mapper = new ObjectMapper();

  /**
   * Asserts report.json in {@code out} is valid JSON holding every table of the report, {@code
   * printed} being the paths the run printed: under {@code tables}, by CSV name without {@code
   * .csv}, in report order, listed in {@code refrain.tables}, each with one record per CSV row
   * whose fields are the CSV's header.
   *
   * @return report.json, parsed
   */
  static JsonNode assertReportJsonMatchesCsv(Path out, String printed) throws IOException {
    List<String> csvs =
        printed
            .lines()
            .map(line -> Path.of(line).getFileName().toString())
            .filter(name -> name.endsWith(".csv"))
            .toList();
    List<String> keys = csvs.stream().map(name -> name.substring(0, name.length() - 4)).toList();
    JsonNode report = mapper.readTree(out.resolve("report.json").toFile());
    assertEquals(List.of("refrain", "letters", "tables"), fieldNames(report));
    assertEquals(keys, fieldNames(report.get("tables")));
    List<String> listed = new ArrayList<>();
    report.get("refrain").get("tables").forEach(name -> listed.add(name.asText()));
    assertEquals(keys, listed);
    for (int t = 0; t < csvs.size(); t++) {
      List<List<String>> rows = csv(Files.readString(out.resolve(csvs.get(t)), UTF_8));
      JsonNode records = report.get("tables").get(keys.get(t));
      assertTrue(records.isArray(), keys.get(t));
      assertEquals(rows.size() - 1, records.size(), keys.get(t) + " records");
      for (JsonNode record : records) {
        assertEquals(rows.get(0), fieldNames(record), keys.get(t) + " fields");
      }
    }
    return report;
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** The rows of CSV whose every field is quoted, as {@link CsvRenderer} writes it. */
  private static List<List<String>> csv(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        field.append(c);
      }
    }
    assertTrue(row.isEmpty() && field.length() == 0, "the CSV ends with a line break");
    return rows;
  }

  @Test
  void replacesAPreviousReport() throws Exception {
    Path out = Files.createDirectories(dir.resolve("report"));
    Files.writeString(out.resolve("report.md"), "old");
    Files.writeString(out.resolve("notes.txt"), "mine");
    CliRun run = CliRun.with(source, "report", "--no-cache", "--out", out.toString());
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertTrue(Files.readString(out.resolve("report.md")).startsWith("# Refrain report"));
    assertEquals("mine", Files.readString(out.resolve("notes.txt")), "other files are kept");
  }

  @Test
  void outThatIsARegularFileIsOneLineErrorAndLeavesItIntact() throws Exception {
    Path out = Files.writeString(dir.resolve("report"), "precious");
    CliRun run = CliRun.with(source, "report", "--no-cache", "--out", out.toString());
    assertEquals(ExitCode.CANNOT_WRITE, run.exitCode());
    // Found before the corpus is analysed: no work is done for a report that cannot be written.
    assertEquals(
        List.of("refrain: cannot write report to " + out + ": not a directory"), run.errLines());
    assertEquals("", run.out());
    assertEquals("precious", Files.readString(out));
    assertEquals(List.of("report"), entries(dir), "no temporary directory left");
  }

  @Test
  void outUnderARegularFileSaysWhichPathIsNotADirectory() throws Exception {
    Path file = Files.writeString(dir.resolve("file"), "precious");
    Path out = file.resolve("report");
    CliRun run = CliRun.with(source, "report", "--no-cache", "--out", out.toString());
    assertEquals(ExitCode.CANNOT_WRITE, run.exitCode());
    assertEquals(
        "refrain: cannot write report to " + out + ": not a directory (" + file + ")",
        run.errLines().get(run.errLines().size() - 1));
    assertEquals("precious", Files.readString(file));
  }

  @Test
  void failedWriteLeavesThePreviousReportIntact() throws Exception {
    Path out = Files.createDirectories(dir.resolve("report"));
    Files.writeString(out.resolve("letters.csv"), "previous csv");
    // report.md cannot be replaced: it is a directory. letters.csv must not be replaced either.
    Files.createDirectories(out.resolve("report.md"));
    Files.writeString(out.resolve("report.md").resolve("keep.txt"), "x");
    CliRun run = CliRun.with(source, "report", "--no-cache", "--out", out.toString());
    assertEquals(ExitCode.CANNOT_WRITE, run.exitCode());
    String last = run.errLines().get(run.errLines().size() - 1);
    assertEquals(
        "refrain: cannot write report to "
            + out
            + ": is a directory ("
            + out.resolve("report.md")
            + ")",
        last);
    assertFalse(run.err().contains("\tat "), run.err());
    assertEquals("previous csv", Files.readString(out.resolve("letters.csv")));
    assertEquals(List.of("report"), entries(dir), "no temporary directory left");
  }

  @Test
  void sameCorpusGivesByteIdenticalFiles() throws Exception {
    Path first = dir.resolve("first");
    Path second = dir.resolve("second");
    CliRun.with(source, "report", "--no-cache", "--out", first.toString());
    CliRun.with(source, "report", "--no-cache", "--out", second.toString());
    // --no-cache above: both runs compute, so this compares two analyses, not one and its copy.
    assertEquals(FILES.stream().sorted().toList(), entries(first));
    for (String name : entries(first)) {
      assertEquals(
          -1L, Files.mismatch(first.resolve(name), second.resolve(name)), name + " differs");
    }
  }

  @Test
  void aSecondRunOnTheSameCorpusWritesTheReportTheFirstRendered() throws Exception {
    Path cache = dir.resolve("cache");
    Path first = dir.resolve("first");
    CliRun run =
        CliRun.with(source, "report", "--cache", cache.toString(), "--out", first.toString());
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    List<String> entries = entries(cache.resolve("reports"));
    assertEquals(1, entries.size(), entries.toString());
    // Mark the stored report: a hit can only be told by what it writes.
    Path stored = cache.resolve("reports").resolve(entries.get(0)).resolve("report.md");
    Files.writeString(stored, Files.readString(stored, UTF_8) + "marked\n", UTF_8);
    Path second = dir.resolve("second");
    CliRun hit =
        CliRun.with(source, "report", "--cache", cache.toString(), "--out", second.toString());
    assertEquals(ExitCode.OK, hit.exitCode(), hit.err());
    assertEquals(run.err(), hit.err(), "a hit prints the messages the first run printed");
    assertTrue(hit.err().contains("no date found"), hit.err());
    assertTrue(Files.readString(second.resolve("report.md"), UTF_8).endsWith("marked\n"));
    assertEquals(entries(first), entries(second));
    assertTrue(entries(second).contains("report.json"), "report.json is kept with the report");
    for (String name : entries(first)) {
      if (!name.equals("report.md")) {
        assertEquals(
            Files.readString(first.resolve(name), UTF_8),
            Files.readString(second.resolve(name), UTF_8),
            name);
      }
    }
    // Another setting is another report; --no-cache neither reads nor writes it.
    Path other = dir.resolve("other");
    CliRun.with(
        source,
        "report",
        "--cache",
        cache.toString(),
        "--term",
        "resolution",
        "--out",
        other.toString());
    assertEquals(2, entries(cache.resolve("reports")).size());
    Path fresh = dir.resolve("fresh");
    CliRun.with(source, "report", "--no-cache", "--out", fresh.toString());
    assertEquals(
        Files.readString(first.resolve("report.md"), UTF_8),
        Files.readString(fresh.resolve("report.md"), UTF_8));
  }

  @Test
  void anotherCorpusMissesTheCache() throws Exception {
    Path cache = dir.resolve("cache");
    CliRun.with(
        source, "report", "--cache", cache.toString(), "--out", dir.resolve("a").toString());
    Corpus changed =
        new Corpus(List.of(TestLetters.full(), TestLetters.bare("c.txt", 1)), List.of(), 2);
    CliRun run =
        CliRun.with(
            new CliRun.FakeSource(changed),
            "report",
            "--cache",
            cache.toString(),
            "--out",
            dir.resolve("b").toString());
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertEquals(2, entries(cache.resolve("reports")).size());
    assertTrue(Files.readString(dir.resolve("b").resolve("letters.csv"), UTF_8).contains("c#1"));
  }
}
