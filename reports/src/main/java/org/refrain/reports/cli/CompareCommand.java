package org.refrain.reports.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.refrain.analysis.annotate.AnnotatedLetter;
import org.refrain.analysis.reuse.LetterComparer;
import org.refrain.analysis.reuse.LetterComparison;
import org.refrain.analysis.reuse.ReuseSettings;
import org.refrain.analysis.reuse.ReuseText;
import org.refrain.corpus.Corpus;
import org.refrain.corpus.Letter;
import org.refrain.reports.json.ReuseJson;
import org.refrain.reports.render.ComparisonRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code refrain compare A B}: two letters side by side, paragraph by paragraph. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Compares two letters (ids from `refrain letters`): paragraphs paired by similarity, moved"
          + " paragraphs shown as moves, word-level differences inside each pair ([-deleted-]"
          + "{+inserted+}), and the share of each letter's words found in the other.",
      "Colours the terminal output when it is a terminal (not with --no-color or NO_COLOR)."
    })
final class CompareCommand implements Callable<Integer> {

  enum Format {
    text,
    md,
    html,
    json
  }

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "A", description = "The first letter's id.")
  private String a;

  @Parameters(index = "1", paramLabel = "B", description = "The second letter's id.")
  private String b;

  @Mixin private CorpusOptions corpus;
  @Mixin private AnalysisOptions analysis;
  @Mixin private ReuseOptions reuse;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text, md, html or json (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Option(names = "--no-color", description = "Never colour the text output.")
  private boolean noColor;

  @Override
  public Integer call() {
    if (a.equals(b)) {
      throw new UserError(ExitCode.USAGE, "compare needs two different letters: " + a);
    }
    ReuseSettings settings = reuse.settings();
    Corpus read = corpus.load();
    Letter first = LetterIds.find(read.letters(), a, spec.commandLine().getErr());
    Letter second = LetterIds.find(read.letters(), b, spec.commandLine().getErr());
    if (first.id().equals(second.id())) {
      throw new UserError(ExitCode.USAGE, "compare needs two different letters: " + first.id());
    }
    // Only the two letters are annotated: their shares are found on the two alone.
    List<AnnotatedLetter> letters =
        analysis
            .of(new Corpus(List.of(first, second), read.diagnostics(), read.sourcesRead()))
            .annotated();
    ReuseText ta = ReuseText.of(letters.get(0), settings.normalizer());
    ReuseText tb = ReuseText.of(letters.get(1), settings.normalizer());
    LetterComparison comparison = LetterComparer.of(settings).compare(ta, tb);
    PrintWriter out = spec.commandLine().getOut();
    out.print(
        switch (format) {
          case text -> ComparisonRenderer.text(comparison, colour());
          case md -> ComparisonRenderer.markdown(comparison);
          case html -> ComparisonRenderer.html(comparison);
          case json -> ReuseJson.comparison(comparison);
        });
    out.flush();
    return ExitCode.OK;
  }

  private boolean colour() {
    String noColorEnv = System.getenv("NO_COLOR");
    return !noColor
        && (noColorEnv == null || noColorEnv.isEmpty())
        && ((Refrain) spec.root().userObject()).terminal();
  }
}
