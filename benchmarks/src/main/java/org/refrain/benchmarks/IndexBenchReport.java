package org.refrain.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.refrain.benchmarks.IndexBenchmark.Latency;
import org.refrain.benchmarks.IndexBenchmark.QueryRow;
import org.refrain.benchmarks.IndexBenchmark.SizeResult;

/** The Markdown of {@link IndexBenchmark}: a header, one table per part, then the goals. */
final class IndexBenchReport {

  private IndexBenchReport() {}

  static String render(
      IndexBenchArgs args,
      String[] argv,
      List<SizeResult> results,
      String loadBefore,
      String loadAfter) {
    StringBuilder md = new StringBuilder("# Index benchmark\n\n");
    for (String line : header(args, argv, results, loadBefore, loadAfter)) {
      md.append("- ").append(line).append('\n');
    }
    md.append("\n## Index build (from an empty directory)\n\n");
    md.append(
        "| letters | corpus MB | read s | annotate s | demands s | reuse s | IndexedLetter.of s"
            + " | analysis s (demands + reuse + of) | index write s | letters / passages indexed"
            + " | index MB | peak heap MB |\n");
    md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (SizeResult r : results) {
      IndexBenchmark.Build b = r.build();
      md.append(
          row(
              count(r.corpus().letters()),
              ReportBenchReport.megabytes(r.corpus().bytes()),
              s(b.read()),
              s(b.annotate())
                  + (b.annotatedBefore() == 0
                      ? " (cold)"
                      : String.format(Locale.ROOT, " (%,d cached before)", b.annotatedBefore())),
              s(b.demands()),
              s(b.reuse()),
              s(b.indexedLetters()),
              s(b.analysis()),
              s(b.write()),
              count(r.letters()) + " / " + count(r.passages()),
              mb(b.indexBytes()),
              ReportBenchReport.megabytes(b.peakHeap())));
    }
    md.append(
        String.format(
            Locale.ROOT,
            "%n## Incremental update after changing %s of the letters%n%n",
            ReportBenchReport.percent(args.changed())));
    md.append(
        "| letters | files changed | read s | annotate s (cache) | demands + reuse +"
            + " IndexedLetter.of s | index write s | total s | added | removed | kept | passages"
            + " moved to another family | index MB after | peak heap MB |\n");
    md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (SizeResult r : results) {
      IndexBenchmark.Incremental u = r.incremental();
      md.append(
          row(
              count(r.corpus().letters()),
              count(u.changed()),
              s(u.read()),
              s(u.annotate()),
              s(u.analysis()),
              s(u.write()),
              s(u.total()),
              count(u.update().added()),
              count(u.update().removed()),
              count(u.update().kept()),
              count(u.update().familiesUpdated()),
              mb(u.indexBytes()),
              ReportBenchReport.megabytes(u.peakHeap())));
    }
    md.append(
        String.format(
            Locale.ROOT,
            "%n## Query latency (ms; PassageIndex.search, limit %d, on the updated index; %d"
                + " queries of each kind after %d warm-up queries)%n%n",
            IndexBenchmark.LIMIT,
            args.queries(),
            args.warmup()));
    md.append(
        "| letters | query | example | p50 | p95 | p99 | max | mean | passages matched (mean) |"
            + " letters matched (mean) | no hit | goal: p95 < 20 ms |\n");
    md.append("|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
    for (SizeResult r : results) {
      for (QueryRow q : r.queries()) {
        Latency l = q.latency();
        md.append(
            row(
                count(r.corpus().letters()),
                q.kind().label,
                "`" + ReportBenchReport.cell(q.example()) + "`",
                ms(l.p50()),
                ms(l.p95()),
                ms(l.p99()),
                ms(l.max()),
                ms(l.mean()),
                count(Math.round(q.meanPassages())),
                count(Math.round(q.meanLetters())),
                Integer.toString(q.empty()),
                l.p95() < IndexBenchmark.QUERY_GOAL_MS ? "met" : "**missed**"));
      }
      QueryRow term = r.queries().get(0);
      md.append(
          row(
              count(r.corpus().letters()),
              "faceted",
              "= term",
              ms(term.latency().p50()),
              ms(term.latency().p95()),
              ms(term.latency().p99()),
              ms(term.latency().max()),
              ms(term.latency().mean()),
              "",
              "",
              "",
              "(every search computes the facets)"));
    }
    md.append(
        "\nEvery search parses the query, takes the top 10 passages, reads their stored fields"
            + " and highlights them (UnifiedHighlighter, whole paragraph), counts matching"
            + " passages per year over all matches, and counts facets (year, addressee, venue,"
            + " demand, signatory, country, ...) over all matching letters: a faceted query is a"
            + " term query, so the term row is the faceted one. Kinds:");
    for (IndexWorkload.Kind k : IndexWorkload.Kind.values()) {
      md.append(' ').append(k.label).append(": ").append(k.description).append(';');
    }
    md.setLength(md.length() - 1);
    md.append(".\n");
    md.append(
        String.format(
            Locale.ROOT,
            "%n## Draft check (%d drafts of at least %d words after %d untimed; ms)%n%n",
            args.drafts(),
            args.draftWords(),
            IndexWorkload.WARMUP_DRAFTS));
    md.append(
        "| letters | drafts | words (mean) | paragraphs (mean) | corpus / new paragraphs |"
            + " reused (mean share) | missing demands (mean) | annotate + demands p50 / p95 |"
            + " check p50 | check p95 | check p99 | check max | goal: < 1 s at 10,000 |\n");
    md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
    for (SizeResult r : results) {
      IndexBenchmark.Drafts d = r.drafts();
      md.append(
          row(
              count(r.corpus().letters()),
              Integer.toString(d.n()),
              count(Math.round(d.meanWords())),
              String.format(Locale.ROOT, "%.1f", d.meanParagraphs()),
              d.fromCorpus() + " / " + d.fresh(),
              ReportBenchReport.percent(d.meanReused()),
              String.format(Locale.ROOT, "%.1f", d.meanMissing()),
              ms0(d.tagging().p50()) + " / " + ms0(d.tagging().p95()),
              ms0(d.check().p50()),
              ms0(d.check().p95()),
              ms0(d.check().p99()),
              ms0(d.check().max()),
              d.check().p95() < IndexBenchmark.DRAFT_GOAL_S * 1000 ? "met (p95)" : "**missed**"));
    }
    md.append(
        "\nThe check is `DraftChecker.check` alone (per paragraph: more-like-this for 20"
            + " candidate passages, the reuse aligner on each; then the demands earlier letters"
            + " to the addressee or venue asked for); annotation and demand tagging of the draft"
            + " (`CorpusAnalysis` of a one-letter corpus, no cache) are timed apart.\n");
    md.append("\n## Goals\n\n");
    for (SizeResult r : results) {
      double worst = 0;
      String worstKind = "";
      for (QueryRow q : r.queries()) {
        if (q.latency().p95() >= worst) {
          worst = q.latency().p95();
          worstKind = q.kind().label;
        }
      }
      md.append(
          String.format(
              Locale.ROOT,
              "- %s letters: queries p95 < %.0f ms: %s (slowest p95: %s, %s ms); draft check < %.0f"
                  + " s: %s (p95 %s ms)%n",
              count(r.corpus().letters()),
              IndexBenchmark.QUERY_GOAL_MS,
              worst < IndexBenchmark.QUERY_GOAL_MS ? "met" : "missed",
              worstKind,
              ms(worst),
              IndexBenchmark.DRAFT_GOAL_S,
              r.drafts().check().p95() < IndexBenchmark.DRAFT_GOAL_S * 1000 ? "met" : "missed",
              ms0(r.drafts().check().p95())));
    }
    return md.toString();
  }

  private static List<String> header(
      IndexBenchArgs args,
      String[] argv,
      List<SizeResult> results,
      String loadBefore,
      String loadAfter) {
    List<String> out = new ArrayList<>();
    List<String> jvm = ManagementFactory.getRuntimeMXBean().getInputArguments();
    out.add(
        ReportBenchHeader.machine()
            + String.format(
                Locale.ROOT,
                "; max heap %,d MB; load average before / after: %s / %s",
                Runtime.getRuntime().maxMemory() / (1 << 20),
                loadBefore,
                loadAfter));
    out.add(
        "Command: `java "
            + String.join(" ", jvm)
            + " -cp benchmarks/target/benchmarks.jar "
            + IndexBenchmark.class.getName()
            + (argv.length == 0 ? "" : " " + String.join(" ", argv))
            + "`; one JVM for every size, sizes in turn");
    List<String> corpora = new ArrayList<>();
    for (SizeResult r : results) {
      corpora.add(
          String.format(
              Locale.ROOT,
              "%s letters, %s MB (%s)",
              count(r.corpus().letters()),
              ReportBenchReport.megabytes(r.corpus().bytes()),
              r.corpus().reused() ? "reused" : "written"));
    }
    out.add(
        "Corpus: SyntheticCorpus.fromBundled, seed "
            + args.seed()
            + ", one .txt per letter, copied to WORK/live-N before each size: "
            + String.join("; ", corpora)
            + "; the edits, queries and drafts are seeded with the same seed");
    out.add(
        "Analysis: AnalysisSettings.defaults(), "
            + args.threads()
            + " threads, annotations cached in WORK/annotation-cache (a first run annotates, later"
            + " runs read the cache; the build row says which); times are wall seconds of one run"
            + " in this JVM; peak heap: the sum of the heap pools' peaks since a full collection before the"
            + " part (garbage included; an upper bound, which can exceed -Xmx); MB = 10^6 bytes");
    out.add(
        "Incremental: "
            + ReportBenchReport.percent(args.changed())
            + " of the files, chosen seeded, get one sentence more at the end of their longest"
            + " paragraph; the corpus is read and analysed again (only changed letters are"
            + " annotated) and CorpusIndex.update brings the index up to date in one commit");
    return out;
  }

  private static String row(String... cells) {
    return "| " + String.join(" | ", cells) + " |\n";
  }

  private static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  private static String s(double seconds) {
    return ReportBenchReport.seconds(seconds);
  }

  private static String mb(long bytes) {
    return String.format(Locale.ROOT, "%,.1f", bytes / 1e6);
  }

  private static String ms(double ms) {
    return String.format(Locale.ROOT, ms < 10 ? "%.2f" : "%.1f", ms);
  }

  private static String ms0(double ms) {
    return String.format(Locale.ROOT, "%,.0f", ms);
  }
}
