package org.refrain.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.refrain.analysis.annotate.AnnotatedLetter;
import org.refrain.analysis.annotate.AnnotationCache;
import org.refrain.analysis.annotate.CorpusAnnotator;
import org.refrain.analysis.annotate.OpenNlpAnnotator;
import org.refrain.analysis.demand.Taxonomy;
import org.refrain.benchmarks.synthetic.SyntheticCorpus;
import org.refrain.benchmarks.synthetic.SyntheticOptions;
import org.refrain.benchmarks.synthetic.Target;
import org.refrain.corpus.Letter;

class DemandBenchmarkTest {

  private static final List<Letter> LETTERS =
      SyntheticCorpus.fromBundled(SyntheticOptions.of(42, Target.letters(20)));

  @Test
  void measuresATinyCorpusAndTheNaiveMatcherAgreesWithTheTagger() {
    List<AnnotatedLetter> annotated =
        CorpusAnnotator.of(OpenNlpAnnotator.shared(), AnnotationCache.none(), 2)
            .annotate(LETTERS)
            .letters();
    DemandArgs args = DemandArgs.parse("--sizes", "20,10", "--repeat", "1");
    ByteArrayOutputStream progress = new ByteArrayOutputStream();
    List<DemandBenchmark.Row> rows =
        DemandBenchmark.measure(
            annotated, args, new PrintStream(progress, true, StandardCharsets.UTF_8));

    assertEquals(List.of(10, 20), rows.stream().map(DemandBenchmark.Row::letters).toList());
    for (DemandBenchmark.Row r : rows) {
      String row = r.toString();
      assertTrue(r.naive().agrees(), row);
      assertEquals(r.evidence(), r.naive().evidence(), row);
      assertEquals(r.hits(), r.naive().hits(), row);
      assertTrue(r.tags() > 0, row);
      assertTrue(r.evidence() >= r.tags(), row);
      assertTrue(r.hits() >= r.evidence(), row);
      assertTrue(r.asks() <= r.tags(), row);
      assertTrue(r.words() > r.sentences(), row);
      assertTrue(r.evidence() <= r.sentences() * Taxonomy.bundled().demands().size(), row);
      assertTrue(r.tagSeconds() > 0 && r.naive().seconds() > 0 && r.naive().floorSeconds() > 0);
      // One letter before each but the first, at least, in the "all letters" scope.
      assertTrue(r.allChanges() > 0, row);
      assertTrue(r.timelineRows() >= Taxonomy.bundled().demands().size(), row);
    }
    // The larger corpus holds the smaller: it finds at least as much.
    assertTrue(rows.get(1).tags() >= rows.get(0).tags());
    assertTrue(rows.get(1).words() > rows.get(0).words());
    assertFalse(progress.toString(StandardCharsets.UTF_8).contains("DISAGREEMENT"));

    String report = DemandBenchReport.render(List.of("Machine: test"), rows);
    List<String> lines = report.lines().toList();
    assertEquals("# Demand tagging", lines.get(0));
    assertEquals("- Machine: test", lines.get(2));
    MarkdownTables.assertTable(lines, "| letters | words | sentences |", 2);
    MarkdownTables.assertTable(lines, "| letters | tagger ms | naive ms |", 2);
    MarkdownTables.assertTable(lines, "| stage | x letters |", 4);
    assertTrue(lines.contains("## Growth from 10 to 20 letters"), report);
    assertEquals(2, lines.stream().filter(l -> l.endsWith("| yes |")).count(), report);
  }

  @Test
  void smallerCorporaAreThePrefixesOfTheLargest() {
    // The benchmark annotates the largest corpus only and measures its prefixes.
    assertEquals(
        LETTERS.subList(0, 7),
        SyntheticCorpus.fromBundled(SyntheticOptions.of(42, Target.letters(7))));
  }

  @Test
  void readsItsOptions() {
    assertEquals(new DemandArgs(List.of(100, 1000, 5000), 42, 3), DemandArgs.parse());
    DemandArgs args = DemandArgs.parse("--sizes=300,100,300", "--seed", "7", "--repeat=1");
    assertEquals(List.of(100, 300), args.sizes());
    assertEquals(300, args.largest());
    assertEquals(7, args.seed());
    assertEquals(1, args.repeat());
    assertEquals(
        "unknown option --letters",
        assertThrows(IllegalArgumentException.class, () -> DemandArgs.parse("--letters=3"))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> DemandArgs.parse("--sizes", ""));
    assertThrows(IllegalArgumentException.class, () -> DemandArgs.parse("--sizes", "0"));
    assertThrows(IllegalArgumentException.class, () -> DemandArgs.parse("--repeat=0"));
    assertThrows(IllegalArgumentException.class, () -> DemandArgs.parse("--repeat=1.5"));
    assertThrows(IllegalArgumentException.class, () -> DemandArgs.parse("--seed"));
  }
}
