package org.refrain.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refrain.reports.html.HtmlOutline;

/**
 * {@code refrain report} on the bundled corpus, every file compared whole with a reviewed golden
 * copy in {@code src/test/resources/org/refrain/reports/golden/report/}. Regenerate the copies with
 * {@code -Drefrain.golden.update=true} and review the diff.
 */
class ReportGoldenTest {

  private static final Path GOLDEN =
      Path.of("src/test/resources/org/refrain/reports/golden/report");
  private static final boolean UPDATE = Boolean.getBoolean("refrain.golden.update");
  private static final String OUTLINE = "index.outline.txt";

  @Test
  void everyFileOfTheBundledReportMatchesItsGoldenCopy(@TempDir Path tmp) throws IOException {
    Path out = tmp.resolve("report");
    CliRun run = CliRun.realCached(tmp.resolve("cache"), "report", "--out", out.toString());
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    // The HTML report is compared by its outline (what a reader reads: summary sentences,
    // sections, charts, tables), not its bytes, most of which are the chart libraries.
    Files.writeString(
        out.resolve(OUTLINE),
        HtmlOutline.of(Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8)),
        StandardCharsets.UTF_8);
    TreeSet<String> written = names(out);
    written.remove("index.html");
    assertTrue(written.size() > 20, "the report wrote " + written);
    if (UPDATE) {
      Files.createDirectories(GOLDEN);
      for (String stale : names(GOLDEN)) {
        Files.delete(GOLDEN.resolve(stale));
      }
      for (String name : written) {
        Files.copy(out.resolve(name), GOLDEN.resolve(name));
      }
    }
    assertEquals(names(GOLDEN), written, "the set of files written");
    List<String> differing = new ArrayList<>();
    for (String name : written) {
      String expected = Files.readString(GOLDEN.resolve(name), StandardCharsets.UTF_8);
      String actual = Files.readString(out.resolve(name), StandardCharsets.UTF_8);
      if (!expected.equals(actual)) {
        differing.add(
            name + " (first difference at line " + firstDifference(expected, actual) + ")");
      }
    }
    assertEquals(List.of(), differing, "files that differ from their golden copy");
    JsonNode json = ReportCommandTest.assertReportJsonMatchesCsv(out, run.out());
    assertEquals(
        new ObjectMapper().readTree(CliRun.real("letters", "--json").out()),
        json.get("letters"),
        "report.json's letters are those of refrain letters --json");
  }

  private static TreeSet<String> names(Path dir) throws IOException {
    TreeSet<String> names = new TreeSet<>();
    if (Files.isDirectory(dir)) {
      try (Stream<Path> files = Files.list(dir)) {
        files.forEach(f -> names.add(f.getFileName().toString()));
      }
    }
    return names;
  }

  private static int firstDifference(String a, String b) {
    String[] x = a.split("\n", -1);
    String[] y = b.split("\n", -1);
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      if (!x[i].equals(y[i])) {
        return i + 1;
      }
    }
    return Math.min(x.length, y.length) + 1;
  }
}
