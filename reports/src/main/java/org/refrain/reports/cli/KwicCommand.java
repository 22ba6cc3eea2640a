package org.refrain.reports.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.refrain.analysis.language.Concordancer;
import org.refrain.analysis.language.KwicLine;
import org.refrain.analysis.language.PhraseQuery;
import org.refrain.reports.render.KwicRenderer;
import org.refrain.reports.table.ConcordanceTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code refrain kwic TERM}: every occurrence of a word or phrase, in context. */
@Command(
    name = "kwic",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Concordance (key word in context): every occurrence of TERM with the words around it, the"
          + " letter and its date. TERM may be a phrase (\"prison camps\"); a word ending in *"
          + " matches any word it begins (abduct*).",
      "Case is ignored. With --lemma, any form of the word matches (camp finds camps)."
    })
final class KwicCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "TERM", description = "The word or phrase to find.")
  private String term;

  @Mixin private CorpusOptions corpus;
  @Mixin private AnalysisOptions analysis;
  @Mixin private FormatOptions format;

  @Option(
      names = "--window",
      paramLabel = "N",
      defaultValue = "" + Concordancer.DEFAULT_WINDOW,
      description = "Words of context either side (default: ${DEFAULT-VALUE}).")
  private int window;

  @Option(names = "--lemma", description = "Match any form of the word (its lemma).")
  private boolean lemma;

  @Override
  public Integer call() {
    Options.requireWindow(window, 0);
    PhraseQuery query = Options.query(term, lemma);
    List<KwicLine> lines = Concordancer.find(analysis.of(corpus.load()).annotated(), query, window);
    if (lines.isEmpty() && format.plain()) {
      spec.commandLine().getErr().println("refrain: no occurrence of \"" + query.text() + "\"");
    }
    format.print(ConcordanceTable.kwic(lines), null, KwicRenderer.render(lines, 60));
    return ExitCode.OK;
  }
}
