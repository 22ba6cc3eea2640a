package org.refrain.reports.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.refrain.analysis.language.RhetoricProfile;
import org.refrain.reports.table.RhetoricTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code refrain rhetoric}: how each letter asks, and the asks themselves. */
@Command(
    name = "rhetoric",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Rhetoric profile of each letter: directive verbs (urge, call on, request ...), modals"
          + " (must, should, need to), first-person plural, hedges, UN mechanisms and people"
          + " named, as counts and rates per 1,000 words.",
      "With --directives: the sentences that make an ask, with their verbs and voice (we,"
          + " imperative, or third-person for asks the letter reports)."
    })
final class RhetoricCommand implements Callable<Integer> {

  @Mixin private CorpusOptions corpus;
  @Mixin private AnalysisOptions analysis;
  @Mixin private FormatOptions format;

  @Option(names = "--directives", description = "List the directive sentences instead.")
  private boolean directives;

  @Override
  public Integer call() {
    List<RhetoricProfile> profiles = analysis.of(corpus.load()).rhetoric();
    format.print(
        directives ? RhetoricTable.directives(profiles) : RhetoricTable.profiles(profiles), null);
    return ExitCode.OK;
  }
}
