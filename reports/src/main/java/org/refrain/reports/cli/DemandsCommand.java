package org.refrain.reports.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.refrain.analysis.demand.DemandResult;
import org.refrain.analysis.demand.DemandTag;
import org.refrain.analysis.demand.LetterDemands;
import org.refrain.analysis.demand.Taxonomy;
import org.refrain.corpus.Corpus;
import org.refrain.corpus.Letter;
import org.refrain.reports.json.DemandJson;
import org.refrain.reports.render.CsvRenderer;
import org.refrain.reports.render.EvidenceRenderer;
import org.refrain.reports.render.PlainTextRenderer;
import org.refrain.reports.report.LetterKey;
import org.refrain.reports.table.DemandTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code refrain demands}: which demands each letter asks for or mentions, with the evidence. */
@Command(
    name = "demands",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "The demands each letter makes (political prison camps, non-refoulement, abductions, ...):"
          + " 'ask' when a sentence holding it requests action (\"We urge ...\", \"Close all"
          + " camps\", \"... should release ...\", an item of a list of recommendations), 'mention'"
          + " when it is only there. Letters in date order; demands from the bundled taxonomy or"
          + " --taxonomy FILE.",
      "--evidence prints every sentence with its offsets, what made it an ask and the words"
          + " that matched; --json one record per tagged letter and demand with its evidence;"
          + " --csv the letter x demand matrix (with --evidence: one row per sentence)."
    })
final class DemandsCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private CorpusOptions corpus;
  @Mixin private AnalysisOptions analysis;
  @Mixin private TaxonomyOptions taxonomyOptions;

  @Option(
      names = "--letter",
      paramLabel = "ID",
      description = "Only this letter (its id, or a part naming exactly one letter).")
  private String letter;

  @Option(names = "--evidence", description = "Every sentence that earned a tag.")
  private boolean evidence;

  @Mixin private FormatOptions format;

  @Override
  public Integer call() {
    boolean json = format.format() == FormatOptions.Format.JSON;
    boolean csv = format.format() == FormatOptions.Format.CSV;
    // Read before the corpus, so a bad taxonomy is an error before any work.
    Taxonomy taxonomy = taxonomyOptions.taxonomy();
    Corpus read = corpus.load();
    Letter only =
        letter == null ? null : LetterIds.find(read.letters(), letter, spec.commandLine().getErr());
    DemandResult all = analysis.of(read, s -> s.withTaxonomy(taxonomy)).demands();
    DemandResult result =
        only == null
            ? all
            : new DemandResult(
                taxonomy,
                all.letters().stream().filter(l -> l.letter().id().equals(only.id())).toList());
    PrintWriter out = spec.commandLine().getOut();
    List<DemandTag> tags = result.tags();
    if (json) {
      out.print(DemandJson.tags(tags));
    } else if (csv) {
      out.print(
          CsvRenderer.render(evidence ? DemandTable.evidence(result) : DemandTable.matrix(result)));
    } else if (tags.isEmpty()) {
      out.println(
          "No demand of the taxonomy ("
              + taxonomy.demands().size()
              + " demands, "
              + taxonomy.source()
              + ") is found in "
              + (only == null ? "these letters." : only.id() + "."));
    } else if (evidence) {
      out.print(EvidenceRenderer.plain(tags));
    } else {
      LetterKey key = LetterKey.of(result.letters().stream().map(LetterDemands::letter).toList());
      out.print(PlainTextRenderer.render(DemandTable.grid(result, key.labels())));
      out.println();
      key.lines().forEach(out::println);
    }
    out.flush();
    return ExitCode.OK;
  }
}
