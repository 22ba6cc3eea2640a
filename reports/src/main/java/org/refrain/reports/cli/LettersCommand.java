package org.refrain.reports.cli;

import java.util.concurrent.Callable;
import org.refrain.corpus.Corpus;
import org.refrain.reports.json.LetterJson;
import org.refrain.reports.table.LettersTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code refrain letters}: the letters read, as an aligned table or as JSON records. */
@Command(
    name = "letters",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Lists the letters read: a table, its CSV (--csv), or the full letter records as JSON"
            + " (--json).")
final class LettersCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private CorpusOptions corpus;

  @Mixin private FormatOptions format;

  @Override
  public Integer call() {
    format.format();
    Corpus read = corpus.load();
    format.print(
        LettersTable.of(read.letters()), null, null, () -> LetterJson.write(read.letters()));
    return ExitCode.OK;
  }
}
