package org.refrain.reports.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.refrain.analysis.demand.LetterDemands;
import org.refrain.analysis.demand.Taxonomy;
import org.refrain.analysis.index.DraftCheck;
import org.refrain.analysis.index.DraftChecker;
import org.refrain.analysis.reuse.ReuseSettings;
import org.refrain.corpus.Corpus;
import org.refrain.corpus.Letter;
import org.refrain.reports.html.DraftPage;
import org.refrain.reports.json.SearchJson;
import org.refrain.reports.render.DraftRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code refrain draft FILE}: a new letter checked against the corpus. */
@Command(
    name = "draft",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Checks a draft letter (.txt .md .html .pdf .docx, or text pasted from a word processor)"
          + " against the corpus: for each paragraph, the closest earlier passages with a"
          + " word-level diff; the share of the draft reused and new, salutations, openers and"
          + " closings counted apart; the demands it makes; and the demands earlier letters to the"
          + " same addressee or venue asked for that it does not, with their wording.",
      "The addressee and venue are read from the draft unless --addressee or --venue is given."
    })
final class DraftCommand implements Callable<Integer> {

  enum Format {
    text,
    md,
    html,
    json
  }

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The draft.")
  private Path draft;

  @Mixin private CorpusOptions corpus;
  @Mixin private AnalysisOptions analysis;
  @Mixin private TaxonomyOptions taxonomyOptions;
  @Mixin private ReuseOptions reuse;
  @Mixin private IndexOptions index;

  @Option(
      names = "--addressee",
      paramLabel = "TEXT",
      description = "Compare with earlier letters to this addressee (default: the draft's).")
  private String addressee;

  @Option(
      names = "--venue",
      paramLabel = "BODY",
      description =
          "Compare with earlier letters to this venue, as HRC or HRC 55 (default: the"
              + " draft's body).")
  private String venue;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text, md, html or json (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(draft)) {
      throw new UserError(
          ExitCode.NOTHING_READ,
          draft + ": " + (Files.exists(draft) ? "not a file" : "no such file"));
    }
    Taxonomy taxonomy = taxonomyOptions.taxonomy();
    ReuseSettings settings = reuse.settings();
    PrintWriter err = spec.commandLine().getErr();
    Corpus read = corpus.readOne(draft);
    if (read.letters().isEmpty()) {
      CorpusOptions.lines(read).forEach(err::println);
      err.flush();
      throw new UserError(
          ExitCode.NOTHING_READ, draft + ": no letter could be read from the draft");
    }
    Letter letter = read.letters().get(0);
    if (read.letters().size() > 1) {
      err.println(
          "refrain: "
              + draft
              + " reads as "
              + read.letters().size()
              + " letters; the first is checked");
    }
    Corpus one = new Corpus(List.of(letter), List.of(), read.sourcesRead());
    LetterDemands demands =
        analysis
            .of(one, s -> s.withTaxonomy(taxonomy))
            .demands()
            .letter(letter.id())
            .orElse(new LetterDemands(letter, List.of()));
    String to = addressee != null ? blankToNull(addressee) : letter.addressee();
    String at =
        venue != null ? blankToNull(venue) : letter.venue() == null ? null : letter.venue().body();
    DraftCheck check;
    try (IndexOptions.Opened opened =
        index.open(corpus, analysis, taxonomy, taxonomyOptions.file(), settings)) {
      check = new DraftChecker(opened.index(), settings).check(letter, demands, taxonomy, to, at);
    }
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case text -> out.print(DraftRenderer.text(check));
      case md -> out.print(DraftRenderer.markdown(check));
      case json -> out.print(SearchJson.draft(check));
      case html -> {
        StringWriter page = new StringWriter();
        DraftPage.write(DraftPage.of("Draft check: " + draft.getFileName(), check), page);
        out.print(page);
      }
    }
    out.flush();
    return ExitCode.OK;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
