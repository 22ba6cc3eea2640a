package org.refrain.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.refrain.analysis.signatory.BlockingProbe;
import org.refrain.benchmarks.SignatoryBenchmark.Row;
import org.refrain.benchmarks.SyntheticSignatories.Change;

/** The Markdown tables of {@link SignatoryBenchmark}: header lines, then one table per view. */
final class SignatoryReport {

  private SignatoryReport() {}

  /** The header lines on the corpus and how things were measured. */
  static List<String> method(SignatoryArgs args, double generateSeconds) {
    return List.of(
        String.format(
            Locale.ROOT,
            "Corpus: SyntheticSignatories, seed %d, each size generated on its own (%.1f s in"
                + " all, in no time below): a population of %d entities per letter (%.0f%%"
                + " persons, half Korean, half Western; %.0f%% of organisations with a coined"
                + " word, the rest generic: \"Committee for Justice in Burma\"), no two names"
                + " one edit apart; each letter lists %d to %d distinct entities drawn by Zipf"
                + " popularity (s = %.1f), organisations first; %.0f%% of mentions use one of"
                + " their entity's 2 or 3 fixed variant spellings (case, \"The\", \"&\","
                + " acronym in brackets, hyphen, \"Dr.\"; and, giving a new folded name: the"
                + " acronym alone, a one-letter typo, two words joined or a given name split,"
                + " Western order)",
            args.seed(),
            generateSeconds,
            SyntheticSignatories.ENTITIES_PER_LETTER,
            100 * SyntheticSignatories.PERSONS,
            100 * SyntheticSignatories.COINED,
            SyntheticSignatories.MIN_LIST,
            SyntheticSignatories.MAX_LIST,
            SyntheticSignatories.ZIPF,
            100 * SyntheticSignatories.VARIED),
        String.format(
            Locale.ROOT,
            "Timing: wall clock, one thread, after %d untimed runs of resolution on %,d letters"
                + " of another seed (of the coalition stages on %,d); each stage runs once more untimed, then %d time(s), each after a full"
                + " GC; the fastest run counts; budget per stage and size: %.0f s (see the"
                + " coalition table). Resolve: SignatoryResolver.create().resolve(all"
                + " letters), no alias file",
            SignatoryBenchmark.WARMUP_RUNS,
            Math.min(SignatoryBenchmark.WARMUP_LETTERS, args.largest()),
            Math.min(SignatoryBenchmark.WARMUP_COALITION_LETTERS, args.largest()),
            args.repeat(),
            args.stageSeconds()),
        "Heap: peak = the sum of the heap pools' peak usage while resolving (an upper bound;"
            + " garbage not yet collected included), minus the live heap before it (the"
            + " letters); kept = live heap after a full GC with the resolution held, minus the"
            + " same",
        String.format(
            Locale.ROOT,
            "Blocking: variants and candidate pairs counted, untimed, by BlockingProbe (in the"
                + " benchmarks module, in the resolver's package) running the resolver's own"
                + " VariantBuilder and CandidatePairs; a key listing more than %d variants gives"
                + " no pairs (skipped keys). All pairs: v (v - 1) / 2 over the v variants",
            BlockingProbe.maxShared()),
        "Quality: pairwise over mentions, from (true entity, entity found) counts. Cross-variant:"
            + " the same over mention pairs with different folded names, the pairs only a match"
            + " rule can join. Varied names: variants with a new folded name, of entities listed"
            + " under two names or more; linked = a candidate pair joins it to another name of"
            + " its entity; merged = it ends in the entity found holding most of its entity's"
            + " mentions");
  }

  /** The Markdown report: header lines, then the tables. */
  static String render(List<String> header, List<Row> rows) {
    StringBuilder out = new StringBuilder("# Signatory resolution\n\n");
    for (String line : header) {
      out.append("- ").append(line).append('\n');
    }
    resolution(out, rows);
    quality(out, rows);
    changes(out, rows);
    coalition(out, rows);
    growth(out, rows);
    return out.toString();
  }

  private static void resolution(StringBuilder out, List<Row> rows) {
    out.append("\n## Resolution by corpus size\n\n");
    out.append(
        "| letters | mentions | varied | population | entities listed | variants | entities found"
            + " | candidate pairs | all variant pairs | candidates / all | keys (skipped) |"
            + " review pairs | resolve ms | mentions/s | peak heap MB | kept MB |\n");
    out.append(
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Row r : rows) {
      out.append(
          String.format(
              Locale.ROOT,
              "| %,d | %,d | %,d | %,d | %,d | %,d | %,d | %,d | %,d | %s | %,d (%,d) | %,d |"
                  + " %,.1f | %,.0f | %,.0f | %,.1f |%n",
              r.letters(),
              r.mentions(),
              r.varied(),
              r.population(),
              r.score().listedEntities(),
              r.variants(),
              r.entities(),
              r.candidates(),
              r.allPairs(),
              percent((double) r.candidates() / r.allPairs()),
              r.keys(),
              r.skippedKeys(),
              r.review(),
              1e3 * r.resolve().seconds(),
              r.mentions() / r.resolve().seconds(),
              r.resolve().peakBytes() / 1e6,
              r.resolve().keptBytes() / 1e6));
    }
  }

  private static void quality(StringBuilder out, List<Row> rows) {
    out.append("\n## Resolution against the truth\n\n");
    out.append(
        "| letters | pair precision | pair recall | cross-variant precision | cross-variant"
            + " recall | varied names | linked by blocking | merged | entities found / listed"
            + " |\n");
    out.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Row r : rows) {
      SignatoryScore s = r.score();
      int[] varied = s.varied();
      out.append(
          String.format(
              Locale.ROOT,
              "| %,d | %s | %s | %s | %s | %,d | %s | %s | %.3f |%n",
              r.letters(),
              fraction(s.precision()),
              fraction(s.recall()),
              fraction(s.crossPrecision()),
              fraction(s.crossRecall()),
              varied[0],
              percent((double) varied[1] / varied[0]),
              percent((double) varied[2] / varied[0]),
              (double) r.entities() / s.listedEntities()));
    }
  }

  private static void changes(StringBuilder out, List<Row> rows) {
    out.append("\n## Varied names by change\n\n");
    out.append("| letters | kind: change | names | linked by blocking | merged |\n");
    out.append("|---:|---|---:|---:|---:|\n");
    for (Row r : rows) {
      for (Map.Entry<String, int[]> e : r.score().byChange().entrySet()) {
        int[] c = e.getValue();
        out.append(
            String.format(
                Locale.ROOT,
                "| %,d | %s | %,d | %s | %s |%n",
                r.letters(),
                label(e.getKey()),
                c[0],
                percent((double) c[1] / c[0]),
                percent((double) c[2] / c[0])));
      }
    }
  }

  private static void coalition(StringBuilder out, List<Row> rows) {
    out.append("\n## Coalition analysis\n\n");
    out.append(
        "On the resolution of each size. Changes: CoalitionChanges.of, all scopes; core:"
            + " CoreCoalition.of with defaultK (half the letters with a list); composition:"
            + " LetterComposition.of. \"1 run\": the untimed run took over a quarter of the stage"
            + " budget and is the time, or a stage needed by the next was predicted over it;"
            + " \"skipped\": the time predicted from the previous size"
            + " (growing with the square of the mentions) exceeds the budget. Most-listed"
            + " entity: the mentions of the entity in most letters.\n\n");
    out.append(
        "| letters | Coalition.of ms | changes ms | changes | core ms | core k | core members |"
            + " composition ms | total ms | mentions/s | most-listed entity: mentions |\n");
    out.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Row r : rows) {
      List<SignatoryBenchmark.Timed<?>> c = r.coalition();
      double total = r.coalitionSeconds();
      out.append(
          String.format(
              Locale.ROOT,
              "| %,d | %s | %s | %s | %s | %,d | %s | %s | %s | %s | %,d |%n",
              r.letters(),
              millis(c.get(0)),
              millis(c.get(1)),
              count(r.changes()),
              millis(c.get(2)),
              r.k(),
              count(r.core()),
              millis(c.get(3)),
              Double.isNaN(total) ? "–" : String.format(Locale.ROOT, "%,.1f", 1e3 * total),
              Double.isNaN(total) ? "–" : String.format(Locale.ROOT, "%,.0f", r.mentions() / total),
              r.topMentions()));
    }
  }

  /** A stage's best time in milliseconds, marked when timed once or skipped. */
  private static String millis(SignatoryBenchmark.Timed<?> t) {
    if (t.skipped()) {
      return String.format(Locale.ROOT, "skipped (about %,.0f s)", t.predicted());
    }
    return String.format(Locale.ROOT, "%,.1f", 1e3 * t.seconds()) + (t.alone() ? " (1 run)" : "");
  }

  private static String count(int n) {
    return n < 0 ? "–" : String.format(Locale.ROOT, "%,d", n);
  }

  private static void growth(StringBuilder out, List<Row> rows) {
    if (rows.size() < 2) {
      return;
    }
    out.append("\n## Growth between consecutive sizes\n\n");
    out.append(
        "Linear growth multiplies time by the mentions ratio (x time / x mentions = 1).\n\n");
    out.append(
        "| from → to | x mentions | x variants | x candidate pairs | x resolve time | x time / x"
            + " mentions | x coalition time | x time / x mentions |\n");
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (int i = 1; i < rows.size(); i++) {
      Row a = rows.get(i - 1);
      Row b = rows.get(i);
      double mentions = (double) b.mentions() / a.mentions();
      double resolve = b.resolve().seconds() / a.resolve().seconds();
      double coalition = b.coalitionSeconds() / a.coalitionSeconds();
      out.append(
          String.format(
              Locale.ROOT,
              "| %,d → %,d | %.2f | %.2f | %.2f | %.2f | %.2f | %s | %s |%n",
              a.letters(),
              b.letters(),
              mentions,
              (double) b.variants() / a.variants(),
              (double) b.candidates() / Math.max(1, a.candidates()),
              resolve,
              resolve / mentions,
              ratio(coalition),
              ratio(coalition / mentions)));
    }
  }

  /** "person: TYPO" as "person: typo". */
  private static String label(String key) {
    for (Change change : Change.values()) {
      if (key.endsWith(": " + change)) {
        return key.replace(change.name(), change.name().toLowerCase(Locale.ROOT).replace('_', ' '));
      }
    }
    return key;
  }

  private static String ratio(double x) {
    return Double.isNaN(x) ? "–" : String.format(Locale.ROOT, "%.2f", x);
  }

  private static String fraction(double x) {
    return Double.isNaN(x) ? "–" : String.format(Locale.ROOT, "%.4f", x);
  }

  private static String percent(double x) {
    if (Double.isNaN(x)) {
      return "–";
    }
    return x < 0.001 && x > 0
        ? String.format(Locale.ROOT, "%.4f%%", 100 * x)
        : String.format(Locale.ROOT, "%.1f%%", 100 * x);
  }
}
