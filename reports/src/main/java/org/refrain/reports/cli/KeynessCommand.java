package org.refrain.reports.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.refrain.analysis.CorpusAnalysis;
import org.refrain.analysis.language.Keyness;
import org.refrain.analysis.language.KeynessComparison;
import org.refrain.analysis.language.LetterSelector;
import org.refrain.analysis.language.LetterTerms;
import org.refrain.reports.table.KeynessTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code refrain keyness --a year=2024 --b year=2020}: what sets one group of letters apart. */
@Command(
    name = "keyness",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Key terms of group A against group B: Dunning log-likelihood (G2) with its p-value and the"
          + " log ratio (log2 of A's rate over B's), terms overused in A first, then in B.",
      "Groups are FIELD=VALUE[,VALUE...] with FIELD one of year, date, letter, source, kind,"
          + " addressee, body, session."
    })
final class KeynessCommand implements Callable<Integer> {

  @Mixin private CorpusOptions corpus;
  @Mixin private AnalysisOptions analysis;
  @Mixin private FormatOptions format;

  @Option(names = "--a", required = true, paramLabel = "FIELD=VALUE", description = "Group A.")
  private String a;

  @Option(
      names = "--b",
      paramLabel = "FIELD=VALUE",
      description = "Group B (default: every letter not in A).")
  private String b;

  @Option(
      names = "--p",
      paramLabel = "P",
      defaultValue = "" + Keyness.DEFAULT_MAX_P,
      description = "Largest p-value kept (default: ${DEFAULT-VALUE}, i.e. G2 > 6.63).")
  private double maxP;

  @Option(
      names = "--min-count",
      paramLabel = "N",
      defaultValue = "" + Keyness.DEFAULT_MIN_COUNT,
      description = "Fewest occurrences in A and B together (default: ${DEFAULT-VALUE}).")
  private int minCount;

  @Option(
      names = "--max-n",
      paramLabel = "N",
      defaultValue = "1",
      description = "Longest phrase compared, in words (default: ${DEFAULT-VALUE}).")
  private int maxN;

  @Override
  public Integer call() {
    LetterSelector groupA = Options.selector("--a", a);
    LetterSelector groupB = b == null ? null : Options.selector("--b", b);
    Keyness keyness = Options.keyness(maxP, minCount);
    Options.termCounter(maxN);
    CorpusAnalysis analysed = analysis.of(corpus.load());
    List<LetterTerms> terms = analysed.terms(maxN);
    KeynessComparison comparison =
        KeynessComparison.of(
            terms,
            groupA,
            groupA.toString(),
            groupB,
            b == null ? null : groupB.toString(),
            keyness);
    java.util.Set<LetterTerms> inB =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    inB.addAll(comparison.lettersB());
    long both = comparison.lettersA().stream().filter(inB::contains).count();
    if (both > 0) {
      throw new UserError(
          ExitCode.USAGE,
          "--a "
              + a
              + " and --b "
              + b
              + " share "
              + both
              + (both == 1 ? " letter" : " letters")
              + ": keyness needs two groups with no letter in both");
    }
    if (comparison.lettersA().isEmpty() || comparison.lettersB().isEmpty()) {
      String empty =
          comparison.lettersA().isEmpty() ? "--a " + a : "--b " + (b == null ? "(rest)" : b);
      throw new UserError(ExitCode.USAGE, empty + " selects no letter");
    }
    format.print(
        KeynessTable.of(comparison, analysed.termForms(maxN)),
        KeynessTable.describe(comparison, maxP, minCount));
    return ExitCode.OK;
  }
}
