package org.refrain.reports.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code refrain index}: builds or updates the corpus's passage index. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Builds the Lucene index of the corpus's letters and passages that `search` and `draft` use,"
          + " or brings it up to date: only new or changed letters are indexed again, and removed"
          + " ones leave it. `search` and `draft` do this themselves when the corpus changed; run"
          + " it ahead to have them answer at once.",
      "Prints the index's directory, its letters and passages."
    })
final class IndexCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private CorpusOptions corpus;
  @Mixin private AnalysisOptions analysis;
  @Mixin private TaxonomyOptions taxonomyOptions;
  @Mixin private ReuseOptions reuse;
  @Mixin private IndexOptions index;

  @Override
  public Integer call() throws IOException {
    try (IndexOptions.Opened opened =
        index.open(
            corpus,
            analysis,
            taxonomyOptions.taxonomy(),
            taxonomyOptions.file(),
            reuse.settings())) {
      PrintWriter out = spec.commandLine().getOut();
      out.println(
          opened.directory()
              + ": "
              + opened.index().letters()
              + " letters, "
              + opened.index().passages()
              + " passages");
      out.flush();
    }
    return ExitCode.OK;
  }
}
