package org.refrain.reports.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.refrain.analysis.CorpusAnalysis;
import org.refrain.analysis.language.DistinctiveTerms;
import org.refrain.analysis.language.Keyness;
import org.refrain.analysis.language.LetterTerms;
import org.refrain.reports.table.DistinctiveTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code refrain distinctive}: what sets each letter apart from the rest of the corpus. */
@Command(
    name = "distinctive",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Distinctive terms of each letter: its key terms against all the other letters (keyness,"
            + " overused in the letter only), strongest first.")
final class DistinctiveCommand implements Callable<Integer> {

  @Mixin private CorpusOptions corpus;
  @Mixin private AnalysisOptions analysis;
  @Mixin private FormatOptions format;

  @Option(
      names = "--top",
      paramLabel = "N",
      defaultValue = "10",
      description = "Terms per letter (default: ${DEFAULT-VALUE}).")
  private int top;

  @Option(
      names = "--p",
      paramLabel = "P",
      defaultValue = "" + Keyness.DEFAULT_MAX_P,
      description = "Largest p-value kept (default: ${DEFAULT-VALUE}).")
  private double maxP;

  @Option(
      names = "--min-count",
      paramLabel = "N",
      defaultValue = "" + Keyness.DEFAULT_MIN_COUNT,
      description = "Fewest occurrences in the corpus (default: ${DEFAULT-VALUE}).")
  private int minCount;

  @Option(
      names = "--max-n",
      paramLabel = "N",
      defaultValue = "3",
      description = "Longest phrase, in words (default: ${DEFAULT-VALUE}).")
  private int maxN;

  @Override
  public Integer call() {
    if (top < 1) {
      throw new UserError(ExitCode.USAGE, "--top must be at least 1: " + top);
    }
    Options.termCounter(maxN);
    Keyness keyness = Options.keyness(maxP, minCount);
    CorpusAnalysis analysed = analysis.of(corpus.load());
    List<LetterTerms> terms = analysed.terms(maxN);
    format.print(
        DistinctiveTable.of(DistinctiveTerms.of(terms, keyness, top), analysed.termForms(maxN)),
        null);
    return ExitCode.OK;
  }
}
