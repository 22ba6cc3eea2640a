package org.refrain.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.refrain.analysis.annotate.LemmaMemo;

/**
 * The passes of a throughput run that time one thing each: Lucene's StandardAnalyzer, then each
 * OpenNLP stage on the previous stage's output (detector, tokenizer, tagger), then lemmatisation
 * unmemoised on a sub-sample and memoised on everything. Each pass's warm-up run gives the next
 * pass's warm-up input, so every stage warms up on the same slice of text.
 */
final class StagePasses {

  private final PassTimer timer;
  private final OpenNlpStages stages;
  private final List<Measurement> rows = new ArrayList<>();

  StagePasses(PassTimer timer, OpenNlpStages stages) {
    this.timer = timer;
    this.stages = stages;
  }

  /**
   * Runs every pass; returns their rows in order.
   *
   * @param paragraphs the text measured, paragraph by paragraph
   * @param warmup the text warmed up on
   * @param bytes UTF-8 bytes of {@code paragraphs}
   * @param lemmaBytes bytes of sentences the unmemoised lemmatizer runs on
   */
  List<Measurement> run(List<String> paragraphs, List<String> warmup, long bytes, long lemmaBytes) {
    var lucene =
        timer.time("Lucene StandardAnalyzer", warmup, paragraphs, LuceneTokenCounter::count);
    add(
        "Lucene StandardAnalyzer",
        "all",
        bytes,
        lucene.output(),
        lucene,
        "Lucene tokens: words and numbers, no punctuation");

    var sentences = timer.time("SentenceDetectorME", warmup, paragraphs, stages::sentences);
    add(
        "SentenceDetectorME",
        "all",
        bytes,
        -1,
        sentences,
        count(sentences.output().size(), "sentences; output: their texts"));

    var split = timer.time("SentenceSplitter", warmup, paragraphs, stages::splitterSentences);
    add(
        "SentenceSplitter (detector + the annotator's repairs)",
        "all",
        bytes,
        -1,
        split,
        count(split.output(), "sentences"));

    var tokens = timer.time("TokenizerME", sentences.warmup(), sentences.output(), stages::tokens);
    long tokenCount = tokens.output().stream().mapToLong(t -> t.length).sum();
    add(
        "TokenizerME",
        "all",
        bytes,
        tokenCount,
        tokens,
        "on the detector's sentences; output: token arrays");

    var tags = timer.time("POSTaggerME", tokens.warmup(), tokens.output(), stages::tags);
    add(
        "POSTaggerME",
        "all",
        bytes,
        tokenCount,
        tags,
        "on pre-tokenised sentences; output: tag arrays");

    lemmatizers(
        OpenNlpStages.tagged(sentences.output(), tokens.output(), tags.output()),
        OpenNlpStages.tagged(sentences.warmup(), tokens.warmup(), tags.warmup()),
        lemmaBytes);
    return List.copyOf(rows);
  }

  private void lemmatizers(TaggedSentences all, TaggedSentences warm, long lemmaBytes) {
    TaggedSentences sample = all.prefix(lemmaBytes);
    // A tenth of the sub-sample warms it up: enough for the JIT, and this stage is slow.
    TaggedSentences sampleWarmup = warm.prefix(lemmaBytes / 10);
    var contextual =
        timer.time("LemmatizerME (contextual)", sampleWarmup, sample, stages::lemmatizeInContext);
    String scope =
        String.format(
            Locale.ROOT, "first %.2f MB of sentences (sub-sample)", sample.totalBytes() / 1e6);
    add(
        "LemmatizerME contextual, every sentence",
        scope,
        sample.totalBytes(),
        contextual.output(),
        contextual,
        "unmemoised baseline, on pre-tagged sentences");

    var beam = timer.time("LemmaMemo, beam misses", warm, all, stages::lemmatizeMemoisedBeam);
    add(
        "LemmaMemo, misses by LemmatizerME beam search (fresh memo)",
        "all",
        all.totalBytes(),
        all.totalTokens(),
        beam,
        "on pre-tagged sentences; the memo before misses asked the model directly");

    var memo = timer.time("LemmaMemo (fresh)", warm, all, stages::lemmatizeMemoised);
    LemmaMemo filled = memo.output();
    add(
        "LemmaMemo as the annotator uses it (fresh memo, greedy misses)",
        "all",
        all.totalBytes(),
        all.totalTokens(),
        memo,
        "on pre-tagged sentences; "
            + count(
                filled.size(),
                "distinct (token, tag) pairs memoised (words: one 3-token framed lemmatisation each)"));
  }

  private void add(
      String pass, String scope, long bytes, long tokens, PassTimer.Timed<?> timed, String note) {
    rows.add(Measurement.of(pass, 1, scope, bytes, tokens, timed, note));
  }

  private static String count(long n, String what) {
    return String.format(Locale.ROOT, "%,d %s", n, what);
  }
}
