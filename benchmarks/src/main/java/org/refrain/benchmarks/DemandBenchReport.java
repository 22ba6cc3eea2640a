package org.refrain.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.refrain.analysis.demand.Demand;
import org.refrain.analysis.demand.DemandPattern;
import org.refrain.analysis.demand.Taxonomy;
import org.refrain.analysis.demand.TokenPattern;
import org.refrain.analysis.sequence.ChangeScope;
import org.refrain.benchmarks.DemandBenchmark.Naive;
import org.refrain.benchmarks.DemandBenchmark.Row;

/**
 * The Markdown tables of {@link DemandBenchmark}: header lines on the machine and method, then one
 * table per view.
 */
final class DemandBenchReport {

  private DemandBenchReport() {}

  static List<String> machine() {
    Runtime runtime = Runtime.getRuntime();
    return new ArrayList<>(
        List.of(
            String.format(
                Locale.ROOT,
                "Machine: %d processors; Java %s (%s); max heap %,d MB",
                runtime.availableProcessors(),
                Runtime.version(),
                System.getProperty("java.vm.name"),
                runtime.maxMemory() / 1_000_000)));
  }

  /** The header lines on the taxonomy and how things were measured. */
  static List<String> method(Taxonomy taxonomy, int repeat) {
    int tokens = 0;
    int everyWord = 0;
    int regexes = 0;
    int exclusions = 0;
    for (Demand demand : taxonomy.demands()) {
      exclusions += demand.exclusions().size();
      for (DemandPattern pattern : demand.patterns()) {
        if (pattern instanceof TokenPattern) {
          tokens++;
          everyWord += ((TokenPattern) pattern).startsAnywhere() ? 1 : 0;
        } else {
          regexes++;
        }
      }
    }
    return List.of(
        String.format(
            Locale.ROOT,
            "Taxonomy: %s, %d demands, %d token patterns (%d of them start with a word prefix"
                + " such as deport* or an optional word, so the first-word index must try them"
                + " at every word), %d regular expressions, %d"
                + " exclusions",
            taxonomy.source(),
            taxonomy.demands().size(),
            tokens,
            everyWord,
            regexes,
            exclusions),
        String.format(
            Locale.ROOT,
            "Timing: wall clock, one thread; each stage runs once untimed, then %d time(s), each"
                + " after a full GC; the fastest run counts. Words: word tokens of the body"
                + " sentences (AnnotatedLetter.words)",
            repeat),
        "Heap: peak = the sum of the heap pools' peak usage while tagging (an upper bound: pools"
            + " may peak at different moments; garbage not yet collected included), minus the"
            + " live heap before it (the annotated corpus); kept = live heap after a full GC with"
            + " the result held, minus the same",
        "Naive: for every sentence, SentenceWords.of and the ask cue as the tagger does, then"
            + " every token pattern of every demand at every word (TokenPattern.matches), every"
            + " regular expression on the sentence; exclusions and nested hits dropped as the"
            + " tagger does. Floor: SentenceWords.of and the ask cues alone, the part both do"
            + " besides matching; matching = total - floor. Agree: the same hits (letter, demand,"
            + " sentence, span) and the same evidence sentences (letter, demand, sentence)");
  }

  /** The Markdown report: header lines, then the tables. */
  static String render(List<String> header, List<Row> rows) {
    StringBuilder out = new StringBuilder("# Demand tagging\n\n");
    for (String line : header) {
      out.append("- ").append(line).append('\n');
    }
    stages(out, rows);
    index(out, rows);
    growth(out, rows);
    return out.toString();
  }

  private static void stages(StringBuilder out, List<Row> rows) {
    out.append("\n## Tagging, changes and timeline by corpus size\n\n");
    out.append(
        "Tags: (letter, demand) pairs, asks the tags some sentence of which asks. Changes: all"
            + " / addressee / venue scope. Timeline: DemandTimeline.byYear and appearances; rows:"
            + " year shares plus appearances.\n\n");
    out.append(
        "| letters | words | sentences | tags (asks) | evidence sentences | hits | changes |"
            + " tag ms | words/s tagged | changes ms | timeline ms | timeline rows | peak heap MB"
            + " | kept MB |\n");
    out.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Row r : rows) {
      out.append(
          String.format(
              Locale.ROOT,
              "| %,d | %,d | %,d | %,d (%,d) | %,d | %,d | %,d (%,d / %,d / %,d) | %,.1f | %,.0f |"
                  + " %,.2f | %,.2f | %,d | %,.0f | %,.1f |%n",
              r.letters(),
              r.words(),
              r.sentences(),
              r.tags(),
              r.asks(),
              r.evidence(),
              r.hits(),
              r.allChanges(),
              r.changes().get(ChangeScope.ALL),
              r.changes().get(ChangeScope.ADDRESSEE),
              r.changes().get(ChangeScope.VENUE),
              1e3 * r.tagSeconds(),
              r.words() / r.tagSeconds(),
              1e3 * r.changesSeconds(),
              1e3 * r.timelineSeconds(),
              r.timelineRows(),
              r.peakBytes() / 1e6,
              r.keptBytes() / 1e6));
    }
  }

  private static void index(StringBuilder out, List<Row> rows) {
    out.append("\n## First-word index against the naive matcher\n\n");
    out.append(
        "| letters | tagger ms | naive ms | speed-up | floor ms | tagger matching ms | naive"
            + " matching ms | matching speed-up | evidence sentences (tagger / naive) | hits"
            + " (tagger / naive) | agree |\n");
    out.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
    for (Row r : rows) {
      Naive n = r.naive();
      double taggerMatching = r.tagSeconds() - n.floorSeconds();
      double naiveMatching = n.seconds() - n.floorSeconds();
      out.append(
          String.format(
              Locale.ROOT,
              "| %,d | %,.1f | %,.1f | %.1fx | %,.1f | %,.1f | %,.1f | %s | %,d / %,d | %,d / %,d |"
                  + " %s |%n",
              r.letters(),
              1e3 * r.tagSeconds(),
              1e3 * n.seconds(),
              n.seconds() / r.tagSeconds(),
              1e3 * n.floorSeconds(),
              1e3 * taggerMatching,
              1e3 * naiveMatching,
              taggerMatching > 0
                  ? String.format(Locale.ROOT, "%.1fx", naiveMatching / taggerMatching)
                  : "–",
              r.evidence(),
              n.evidence(),
              r.hits(),
              n.hits(),
              n.agrees()
                  ? "yes"
                  : String.format(
                      Locale.ROOT,
                      "NO (%,d missing, %,d extra%s)",
                      n.missing(),
                      n.extra(),
                      n.sameCounts() ? "" : ", counts differ")));
    }
  }

  private static void growth(StringBuilder out, List<Row> rows) {
    if (rows.size() < 2) {
      return;
    }
    // From the second-smallest size: the smallest is too small to time reliably.
    Row from = rows.get(rows.size() > 2 ? 1 : 0);
    Row to = rows.get(rows.size() - 1);
    double words = (double) to.words() / from.words();
    out.append(
        String.format(
            Locale.ROOT,
            "%n## Growth from %,d to %,d letters%n%n"
                + "Linear growth multiplies time by the words ratio (x time / x words = 1).%n%n",
            from.letters(),
            to.letters()));
    out.append("| stage | x letters | x words | x time | x time / x words |\n");
    out.append("|---|---:|---:|---:|---:|\n");
    growthRow(out, "DemandTagger.tag", from, to, words, Row::tagSeconds);
    growthRow(out, "naive matcher", from, to, words, r -> r.naive().seconds());
    growthRow(out, "DemandChanges.of", from, to, words, Row::changesSeconds);
    growthRow(out, "DemandTimeline.byYear + appearances", from, to, words, Row::timelineSeconds);
  }

  private static void growthRow(
      StringBuilder out,
      String stage,
      Row from,
      Row to,
      double words,
      ToDoubleFunction<Row> seconds) {
    double time = seconds.applyAsDouble(to) / seconds.applyAsDouble(from);
    out.append(
        String.format(
            Locale.ROOT,
            "| %s | %.1f | %.2f | %.2f | %.2f |%n",
            stage,
            (double) to.letters() / from.letters(),
            words,
            time,
            time / words));
  }
}
