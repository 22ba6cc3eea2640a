package org.refrain.reports.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.refrain.corpus.Corpus;
import org.refrain.reports.json.LetterJson;
import org.refrain.reports.render.PlainTextRenderer;
import org.refrain.reports.table.LettersTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code refrain letters}: the letters read, as an aligned table or as JSON records. */
@Command(
    name = "letters",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Lists the letters read, as a table or as JSON records.")
final class LettersCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private CorpusOptions corpus;

  @Option(
      names = "--json",
      description = "Print the full letter records as a JSON array instead of a table.")
  private boolean json;

  @Override
  public Integer call() {
    Corpus read = corpus.load();
    PrintWriter out = spec.commandLine().getOut();
    out.print(
        json
            ? LetterJson.write(read.letters())
            : PlainTextRenderer.render(LettersTable.of(read.letters())));
    out.flush();
    return ExitCode.OK;
  }
}
