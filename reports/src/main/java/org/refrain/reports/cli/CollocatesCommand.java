package org.refrain.reports.cli;

import java.util.concurrent.Callable;
import org.refrain.analysis.CorpusAnalysis;
import org.refrain.analysis.language.CollocateFinder;
import org.refrain.analysis.language.Collocation;
import org.refrain.analysis.language.PhraseQuery;
import org.refrain.reports.table.ConcordanceTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code refrain collocates TERM}: the words that keep company with a term. */
@Command(
    name = "collocates",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Collocates of TERM: words (lemmas) within N words of it in the same paragraph, ranked by"
          + " log-likelihood, with mutual information (MI), how often they stand together (left"
          + " and right of TERM) and their frequency in the corpus.",
      "Stop words and numbers are left out unless --stop-words is given."
    })
final class CollocatesCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "TERM", description = "The word or phrase.")
  private String term;

  @Mixin private CorpusOptions corpus;
  @Mixin private AnalysisOptions analysis;
  @Mixin private FormatOptions format;

  @Option(
      names = "--window",
      paramLabel = "N",
      defaultValue = "" + CollocateFinder.DEFAULT_WINDOW,
      description = "Words either side (default: ${DEFAULT-VALUE}).")
  private int window;

  @Option(
      names = "--min",
      paramLabel = "N",
      defaultValue = "" + CollocateFinder.DEFAULT_MIN_TOGETHER,
      description = "Fewest co-occurrences (default: ${DEFAULT-VALUE}).")
  private int min;

  @Option(
      names = "--top",
      paramLabel = "N",
      defaultValue = "30",
      description = "Collocates shown; 0 for all (default: ${DEFAULT-VALUE}).")
  private int top;

  @Option(names = "--lemma", description = "Match any form of TERM (its lemma).")
  private boolean lemma;

  @Option(names = "--stop-words", description = "Keep stop words and numbers as collocates.")
  private boolean stopWords;

  @Override
  public Integer call() {
    Options.requireWindow(window, 1);
    if (min < 1) {
      throw new UserError(ExitCode.USAGE, "--min must be at least 1: " + min);
    }
    PhraseQuery query = Options.query(term, lemma);
    CorpusAnalysis analysed = analysis.of(corpus.load());
    Collocation collocation =
        CollocateFinder.of(stopWords, min, analysed.settings().lexicon())
            .find(analysed.annotated(), query, window);
    String heading =
        String.format(
            java.util.Locale.ROOT,
            "\"%s\": %d matches, window %d, %d words in windows, %d words in the corpus%n",
            query.text(),
            collocation.matches(),
            window,
            collocation.windowWords(),
            collocation.corpusWords());
    format.print(ConcordanceTable.collocates(collocation, top), heading);
    return ExitCode.OK;
  }
}
