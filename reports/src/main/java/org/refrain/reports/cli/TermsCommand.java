package org.refrain.reports.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.refrain.analysis.CorpusAnalysis;
import org.refrain.analysis.language.LetterTerms;
import org.refrain.analysis.language.TermForms;
import org.refrain.analysis.language.TermFrequencies;
import org.refrain.reports.table.TermsTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tech.tablesaw.api.Table;

/** {@code refrain terms}: term frequencies by year or by letter. */
@Command(
    name = "terms",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Term frequencies by year or by letter: lemmas and phrases of up to three words, stop words"
          + " left out, with counts and rates per 1,000 words.",
      "term is the commonest written form; lemma is what was counted."
    })
final class TermsCommand implements Callable<Integer> {

  enum Grouping {
    year,
    letter
  }

  @Mixin private CorpusOptions corpus;
  @Mixin private AnalysisOptions analysis;
  @Mixin private FormatOptions format;

  @Option(
      names = "--by",
      paramLabel = "year|letter",
      defaultValue = "year",
      description = "Group by year or by letter (default: ${DEFAULT-VALUE}).")
  private Grouping by;

  @Option(
      names = "--top",
      paramLabel = "N",
      defaultValue = "20",
      description =
          "The N most frequent terms of each group; 0 for all (default: ${DEFAULT-VALUE}).")
  private int top;

  @Option(
      names = "--max-n",
      paramLabel = "N",
      defaultValue = "3",
      description = "Longest phrase counted, in words, 1 to 5 (default: ${DEFAULT-VALUE}).")
  private int maxN;

  @Override
  public Integer call() {
    Options.termCounter(maxN);
    if (top < 0) {
      throw new UserError(ExitCode.USAGE, "--top must be 0 or more: " + top);
    }
    CorpusAnalysis analysed = analysis.of(corpus.load());
    List<LetterTerms> terms = analysed.terms(maxN);
    TermForms forms = analysed.termForms(maxN);
    Table table =
        by == Grouping.letter
            ? TermsTable.byLetter(TermFrequencies.byLetter(terms), forms, top)
            : TermsTable.byGroup(
                TermFrequencies.byGroup(terms, TermFrequencies::year), forms, top, "year");
    format.print(table, null);
    return ExitCode.OK;
  }
}
