package org.refrain.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refrain.benchmarks.ReportBenchmark.SizeRuns;
import org.refrain.benchmarks.jvm.ChildRun;
import org.refrain.benchmarks.jvm.ChildStderr;
import org.refrain.benchmarks.jvm.GcLog;

class ReportBenchmarkTest {

  private static final long MB = 1_000_000;

  @Test
  void readsItsOptions() {
    ReportBenchArgs defaults = ReportBenchArgs.parse();
    assertEquals(List.of(1000, 10000), defaults.sizes());
    assertEquals(42, defaults.seed());
    assertEquals(List.of(SingleCommand.values()), defaults.commands());
    assertFalse(defaults.commandsAt(1000));
    assertTrue(defaults.commandsAt(10000));
    assertEquals(List.of("-Xmx2g"), defaults.jvmOptions());
    assertEquals(30, defaults.timeoutMinutes());
    assertEquals(2, defaults.threads());
    assertTrue(defaults.jar().endsWith(Path.of("reports", "target", "refrain.jar")));
    assertTrue(defaults.work().isAbsolute());

    ReportBenchArgs args =
        ReportBenchArgs.parse(
            "--sizes=10000,200,200",
            "--seed",
            "7",
            "--work",
            "/tmp/rb",
            "--commands",
            "kwic,letters,kwic",
            "--commands-at",
            "all",
            "--jvm-opts",
            " -Xmx4g  -XX:TieredStopAtLevel=1 ",
            "--timeout-minutes=0.5",
            "--threads=1",
            "--jar",
            "/opt/refrain.jar");
    assertEquals(List.of(200, 10000), args.sizes());
    assertEquals(7, args.seed());
    assertEquals(Path.of("/tmp/rb"), args.work());
    assertEquals(List.of(SingleCommand.KWIC, SingleCommand.LETTERS), args.commands());
    assertTrue(args.commandsAt(200));
    assertEquals(List.of("-Xmx4g", "-XX:TieredStopAtLevel=1"), args.jvmOptions());
    assertEquals(0.5, args.timeoutMinutes());
    assertEquals(1, args.threads());
    assertEquals(Path.of("/opt/refrain.jar"), args.jar());
    assertEquals(List.of(), ReportBenchArgs.parse("--commands", "none").commands());
  }

  @Test
  void xmxReplacesTheHeapAmongTheJvmOptions() {
    assertEquals(
        List.of("-Xmx3g", "-XX:+UseSerialGC"),
        ReportBenchArgs.parse("--xmx", "3g", "--jvm-opts", "-Xmx2g -XX:+UseSerialGC").jvmOptions());
    assertEquals(List.of("-Xmx512m"), ReportBenchArgs.parse("--xmx=512m").jvmOptions());
    assertEquals(List.of(), ReportBenchArgs.parse("--jvm-opts", " ").jvmOptions());
  }

  @Test
  void badOptionsAreNamed() {
    assertEquals(
        "unknown option --letters",
        assertThrows(IllegalArgumentException.class, () -> ReportBenchArgs.parse("--letters=3"))
            .getMessage());
    assertTrue(
        assertThrows(
                IllegalArgumentException.class, () -> ReportBenchArgs.parse("--commands", "kwik"))
            .getMessage()
            .startsWith("--commands: unknown command kwik (known: letters,terms,keyness,kwic,"));
    for (String[] bad :
        List.of(
            new String[] {"--sizes", "0"},
            new String[] {"--sizes", ""},
            new String[] {"--commands", ","},
            new String[] {"--commands-at", "smallest"},
            new String[] {"--xmx", "2 GB"},
            new String[] {"--timeout-minutes", "0"},
            new String[] {"--threads", "0"},
            new String[] {"--work", ""},
            new String[] {"--seed"})) {
      assertThrows(IllegalArgumentException.class, () -> ReportBenchArgs.parse(bad), bad[0]);
    }
  }

  @Test
  void commandsRunWithTheirArguments() {
    assertEquals(List.of("keyness", "--a", "year=2025"), SingleCommand.KEYNESS.arguments(2025));
    assertEquals(List.of("kwic", "human rights"), SingleCommand.KWIC.arguments(2025));
    assertEquals(List.of("signatories"), SingleCommand.SIGNATORIES.arguments(2025));
  }

  @Test
  void rendersEveryTableAndAVerdictPerGoal() {
    SizeRuns small =
        size(
            1000,
            run("annotation alone", 0, 30, timings("read 5", "models 1", "annotate 20")),
            run("report cold", 0, 60, timings("read 4", "annotate 21", "reuse 2")),
            run("report warm", 0, 5, timings("read 4", "reuse 2")),
            List.of(run("kwic", 0, 8, ""), run("terms", 0, 9, "")));
    SizeRuns large =
        size(
            10000,
            run("annotation alone", 0, 250, timings("read 40", "models 1", "annotate 200")),
            run(
                "report cold",
                1,
                600,
                timings("read 40", "annotate 210")
                    + "Exception in thread \"main\" java.lang.OutOfMemoryError: Java heap space\n"
                    + "\tat org.refrain.analysis.reuse.ReuseCoverage.of(ReuseCoverage.java:88)\n"),
            run("report warm", 0, 300, timings("read 40", "reuse | coverage 30")),
            List.of(run("kwic", 0, 68, ""), run("terms", 137, 900, "")));
    ReportBenchArgs args = ReportBenchArgs.parse("--sizes", "1000,10000");
    String report = ReportBenchReport.render(List.of("Machine: test"), List.of(small, large), args);
    List<String> lines = report.lines().toList();

    assertEquals("# Report benchmark", lines.get(0));
    MarkdownTables.assertTable(lines, "| letters | corpus MB | cold s | warm s |", 2);
    MarkdownTables.assertTable(lines, "| letters | run | exit | wall s | CPU s |", 6);
    MarkdownTables.assertTable(lines, "| letters | run | wall s | read | annotate | reuse |", 6);
    MarkdownTables.assertTable(lines, "| run | stage | 1,000 s | 10,000 s | growth | goal |", 14);
    MarkdownTables.assertTable(lines, "| command | letters | exit | wall s |", 4);
    assertTrue(
        lines.contains(
            "| 1,000 | 4.5 | 60.0 | 5.0 | 8% | 20.0 | 3.00x | 900 / 900 | 1,000 / 1,000 | 200 / 200 |"),
        report);
    assertTrue(
        lines.contains(
            "| 10,000 | 45.0 | failed after 600.0 | 300.0 | — | 200.0 | — | 900 / 900 | 1,000 / 1,000"
                + " | 200 / 200 |"),
        report);
    // The stages table: a stage a run did not print is "—"; a pipe in a name is escaped.
    assertTrue(lines.contains("| 1,000 | report warm | 5.0 | 4.00 | — | 2.00 | — | — |"), report);
    assertTrue(report.contains("| reuse \\| coverage |"), report);
    assertTrue(
        lines.contains(
            "| 10,000 | report cold | 1 | 600.0 | 300.0 | 0.50x | 900 | 1,000 | 200 | 2.5 (10) | 1"
                + " | 12.0 | 2.00 | OutOfMemoryError; exit 1: Exception in thread \"main\""
                + " java.lang.OutOfMemoryError: Java heap space |"),
        report);
    assertTrue(lines.contains("| annotation alone | annotate | 20.0 | 200.0 | 10.00x | met |"));
    assertTrue(
        lines.contains("| report warm | wall | 5.00 | 300.0 | 60.00x | missed (400% over) |"));
    assertTrue(lines.contains("| report cold | wall | 60.0 | — | — | — |"), report);
    assertTrue(
        lines.contains(
            "| terms | 10,000 | 137 | 900.0 | 450.0 | 900 | 1,000 | 200 | 1.0 | no"
                + " | exit 137 |"),
        report);

    int goals = lines.indexOf("## Goals");
    assertEquals(
        "- 10,000 letters complete in a 2 GB heap: missed: report cold OutOfMemoryError; exit 1:"
            + " Exception in thread \"main\" java.lang.OutOfMemoryError: Java heap space",
        lines.get(goals + 2));
    assertEquals(
        "- Cold report within 2x of annotation alone: 1,000 letters: missed: 3.00x (60.0 s"
            + " against 20.0 s), 20.0 s over the 40.0 s goal; 10,000 letters: not measured (cold"
            + " report failed)",
        lines.get(goals + 3));
    assertEquals(
        "- Warm report within 10% of cold: 1,000 letters: met (8%: 5.0 s of 60.0 s); 10,000"
            + " letters: not measured (cold report failed)",
        lines.get(goals + 4));
    // read grew 10x and kwic 8.5x, within 12x; stages absent at one size and failed runs are not
    // measured.
    assertEquals(
        "- Growth from 1,000 to 10,000 letters within 12x per stage: missed: report warm wall"
            + " x60.0; not measured: report cold wall, report cold reuse, report warm reuse,"
            + " report warm reuse | coverage, terms wall",
        lines.get(goals + 5));
    assertEquals(
        "- Each command within 10 s warm (at 10,000 letters; the goal's size is 10,000): missed:"
            + " kwic 68.0 s (+58.0 s); terms exit 137",
        lines.get(goals + 6));
    assertFalse(report.contains("NaN"), report);
  }

  @Test
  void oneSizeWithoutStageTimesShowsDashesAndNoGrowth() {
    SizeRuns only =
        size(
            200,
            run("annotation alone", 0, 10, timings("annotate 8")),
            run("report cold", 0, 30, ""),
            run("report warm", 0, 20, ""),
            List.of());
    String report =
        ReportBenchReport.render(List.of(), List.of(only), ReportBenchArgs.parse("--sizes", "200"));
    List<String> lines = report.lines().toList();
    MarkdownTables.assertTable(lines, "| letters | run | wall s | annotate |", 3);
    assertTrue(lines.contains("| 200 | report cold | 30.0 | — |"), report);
    assertFalse(report.contains("## Growth"), report);
    assertFalse(report.contains("## Single commands"), report);
    assertTrue(
        report.contains(
            "- 10,000 letters complete in a 2 GB heap (measured at 200 letters with -Xmx2g): met"
                + " (peak heap 1,000 / 1,000 MB cold / warm, live 200 / 200 MB)"),
        report);
    assertTrue(
        report.contains(
            "- Growth from 1,000 to 10,000 letters within 12x per stage: not"
                + " measured (one size)"),
        report);
    assertTrue(report.contains("not measured (no command ran at this size)"), report);

    SizeRuns bare =
        size(
            200,
            run("annotation alone", 0, 10, ""),
            run("report cold", 0, 30, ""),
            run("report warm", 0, 20, ""),
            List.of());
    List<String> plain =
        ReportBenchReport.render(List.of(), List.of(bare), ReportBenchArgs.parse("--sizes", "200"))
            .lines()
            .toList();
    MarkdownTables.assertTable(plain, "| letters | run | wall s | stages |", 3);
    assertTrue(plain.contains("| 200 | report warm | 20.0 | — |"), plain.toString());
  }

  @Test
  void aCorpusOnDiskIsReusedOnlyForTheSameSeedAndSize(@TempDir Path work) throws Exception {
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    BenchCorpus first = BenchCorpus.prepare(work, 42, 4, quiet);
    assertFalse(first.reused());
    assertEquals(work.resolve("corpus-4"), first.directory());
    try (var files = Files.list(first.directory())) {
      assertEquals(4, files.count());
    }
    assertTrue(first.latestYear() >= 2008 && first.latestYear() <= 2025, "" + first.latestYear());
    assertTrue(first.bytes() > 0);

    BenchCorpus again = BenchCorpus.prepare(work, 42, 4, quiet);
    assertTrue(again.reused());
    assertEquals(first.latestYear(), again.latestYear());
    assertEquals(first.bytes(), again.bytes());

    BenchCorpus other = BenchCorpus.prepare(work, 43, 4, quiet);
    assertFalse(other.reused(), "another seed is written afresh");
    Files.delete(Files.list(other.directory()).findFirst().orElseThrow());
    assertFalse(BenchCorpus.prepare(work, 43, 4, quiet).reused(), "a file missing: rewritten");
  }

  private static String timings(String... stages) {
    StringBuilder out = new StringBuilder("corpus/a.txt:3: date: no date found\n");
    for (String s : stages) {
      out.append(ChildStderr.TIMING).append(s).append('\n');
    }
    return out.toString();
  }

  private static ChildRun run(String label, int exit, double wall, String stderr) {
    return new ChildRun(
        label,
        Path.of("/tmp", label),
        exit,
        false,
        wall,
        wall / 2,
        900 * MB,
        new GcLog.Heap("G1", 1000 * MB, 200 * MB, 2.5, 10),
        ChildStderr.of(stderr),
        1000,
        label.startsWith("report") ? 12 * MB : -1,
        label.startsWith("report") ? 2 * MB : -1);
  }

  private static SizeRuns size(
      int letters, ChildRun annotation, ChildRun cold, ChildRun warm, List<ChildRun> commands) {
    BenchCorpus corpus =
        new BenchCorpus(Path.of("/tmp/corpus-" + letters), letters, letters * 4500L, 2025, true);
    return new SizeRuns(corpus, annotation, cold, warm, commands);
  }
}
