package org.refrain.reports.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.refrain.analysis.annotate.OpenNlpAnnotator;
import org.refrain.analysis.demand.Demand;
import org.refrain.analysis.demand.Taxonomy;
import org.refrain.analysis.demand.TaxonomyCheck;
import org.refrain.corpus.lexicon.Lexicon;
import org.refrain.reports.render.PlainTextRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * {@code refrain taxonomy}: lists the demands of a taxonomy and checks its examples, so a user
 * writing their own demands sees at once whether the patterns do what the examples promise.
 */
@Command(
    name = "taxonomy",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Lists the demands of the bundled taxonomy (or --taxonomy FILE) and runs every example and"
          + " counter-example: each sentence is tagged as a one-paragraph letter and must hold its"
          + " demand (with the strength it names), or, for a counter-example, must not.",
      "--json prints one record per demand and --csv the table; failures then go to stderr.",
      "Exits 5 when an example fails, naming each failure."
    })
final class TaxonomyCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private TaxonomyOptions taxonomyOptions;
  @Mixin private FormatOptions format;

  @Override
  public Integer call() {
    Taxonomy taxonomy = taxonomyOptions.taxonomy();
    Lexicon lexicon = ((Refrain) spec.root().userObject()).lexicon();
    List<TaxonomyCheck.Outcome> outcomes =
        TaxonomyCheck.run(taxonomy, OpenNlpAnnotator.of(lexicon), lexicon);
    StringColumn id = StringColumn.create("demand");
    StringColumn label = StringColumn.create("label");
    IntColumn patterns = IntColumn.create("patterns");
    IntColumn exclusions = IntColumn.create("exclusions");
    StringColumn examples = StringColumn.create("examples_ok");
    for (Demand demand : taxonomy.demands()) {
      id.append(demand.id());
      label.append(demand.label());
      patterns.append(demand.patterns().size());
      exclusions.append(demand.exclusions().size());
      long total = outcomes.stream().filter(o -> o.demand() == demand).count();
      long ok = outcomes.stream().filter(o -> o.demand() == demand && o.passed()).count();
      examples.append(ok + "/" + total);
    }
    Table table = Table.create("taxonomy", id, label, patterns, exclusions, examples);
    List<TaxonomyCheck.Outcome> failed = outcomes.stream().filter(o -> !o.passed()).toList();
    if (!format.plain()) {
      // The records on stdout; the failures, one line each, on stderr with the exit code.
      format.print(table, null);
      PrintWriter err = spec.commandLine().getErr();
      failed.forEach(o -> err.println("refrain: " + failure(o)));
      err.flush();
      return failed.isEmpty() ? ExitCode.OK : ExitCode.EXAMPLES_FAIL;
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println("Taxonomy: " + taxonomy.source());
    out.print(PlainTextRenderer.render(table));
    out.println();
    if (failed.isEmpty()) {
      out.println("All " + outcomes.size() + " examples hold.");
    } else {
      out.println(failed.size() + " of " + outcomes.size() + " examples fail:");
      for (TaxonomyCheck.Outcome o : failed) {
        out.println("  " + failure(o));
      }
    }
    out.flush();
    return failed.isEmpty() ? ExitCode.OK : ExitCode.EXAMPLES_FAIL;
  }

  private static String failure(TaxonomyCheck.Outcome o) {
    return o.demand().id()
        + (o.example().tagged() ? "" : " (counter-example)")
        + ": "
        + o.problem()
        + ": "
        + o.example().text();
  }
}
