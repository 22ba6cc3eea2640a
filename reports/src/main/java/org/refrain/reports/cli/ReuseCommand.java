package org.refrain.reports.cli;

import java.util.concurrent.Callable;
import org.refrain.analysis.reuse.ReuseResult;
import org.refrain.reports.json.ReuseJson;
import org.refrain.reports.render.PlainTextRenderer;
import org.refrain.reports.table.ReuseTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tech.tablesaw.api.Table;

/** {@code refrain reuse}: passages shared by two or more letters, grouped into families. */
@Command(
    name = "reuse",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Reused passages: wording shared, exactly or with edits, by two or more letters, grouped"
          + " into families (one family per passage, however many letters copy it), most letters"
          + " first. Each family names its earliest copy as the inferred source and is labelled"
          + " boilerplate (opening and closing formulas, or wording in half the letters that asks"
          + " for nothing) or substantive.",
      "--json lists every copy with its letter, character offsets and text; --csv one row per"
          + " family (--members: one per copy)."
    })
final class ReuseCommand implements Callable<Integer> {

  private static final int PLAIN_TEXT_WIDTH = 80;

  @Spec private CommandSpec spec;

  @Mixin private CorpusOptions corpus;
  @Mixin private AnalysisOptions analysis;
  @Mixin private ReuseOptions reuse;

  @Mixin private FormatOptions format;

  @Option(names = "--members", description = "One row per copy instead of one per family.")
  private boolean members;

  @Override
  public Integer call() {
    FormatOptions.Format chosen = format.format();
    var settings = reuse.settings();
    ReuseResult result = analysis.of(corpus.load(), s -> s.withReuse(settings)).reuse();
    Table table =
        members ? ReuseTable.members(result.families()) : ReuseTable.families(result.families());
    String plain =
        result.families().isEmpty()
            ? "No passage of " + settings.minTokens() + " or more words is shared.\n"
            : PlainTextRenderer.render(ReuseTable.shortened(table, PLAIN_TEXT_WIDTH));
    format.print(table, null, plain, () -> ReuseJson.families(result.families()));
    return ExitCode.OK;
  }
}
