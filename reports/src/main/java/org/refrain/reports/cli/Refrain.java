package org.refrain.reports.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code refrain} command: compares joint open letters; the work is in its subcommands. */
@Command(
    name = "refrain",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Compares joint open letters written by NGO coalitions.",
    subcommands = {
      LettersCommand.class,
      ReportCommand.class,
      TermsCommand.class,
      KeynessCommand.class,
      DistinctiveCommand.class,
      RhetoricCommand.class,
      CollocatesCommand.class,
      KwicCommand.class,
      ReuseCommand.class,
      CompareCommand.class,
      DemandsCommand.class,
      TaxonomyCommand.class,
      SignatoriesCommand.class,
      HelpCommand.class
    },
    exitCodeOnInvalidInput = ExitCode.USAGE,
    exitCodeOnExecutionException = ExitCode.INTERNAL_ERROR,
    footer = {
      "",
      "Exit codes: 0 letters read, 1 internal error, 2 usage error, 3 no letters read,",
      "4 output not written, 5 taxonomy examples fail (taxonomy)."
    })
public final class Refrain implements Callable<Integer> {

  @Spec private CommandSpec spec;

  private final CorpusSource corpusSource;
  private boolean terminal;
  private boolean progress;
  private boolean timings;
  private StageDisplay display;

  /** The command reading corpora with the real {@link org.refrain.corpus.CorpusReader}. */
  public Refrain() {
    this(CorpusSource.reader());
  }

  Refrain(CorpusSource corpusSource) {
    this.corpusSource = Objects.requireNonNull(corpusSource, "corpusSource");
  }

  CorpusSource corpusSource() {
    return corpusSource;
  }

  /** Whether standard output is a terminal, so colours may be used; false in tests. */
  boolean terminal() {
    return terminal;
  }

  /**
   * The display of this run's stages on the command's stderr, made on first use: progress only when
   * stderr is a terminal and not {@code quiet}, timings when {@code REFRAIN_TIMINGS=1}.
   */
  synchronized StageDisplay display(boolean quiet) {
    if (display == null) {
      display = new StageDisplay(spec.commandLine().getErr(), progress && !quiet, timings);
    }
    return display;
  }

  private synchronized void closeDisplay() {
    if (display != null) {
      display.close();
    }
  }

  /** Without a subcommand there is nothing to do: a usage error. */
  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "Missing required subcommand");
  }

  /** A command line for {@code refrain}, with its error handling; output goes to its writers. */
  public static CommandLine commandLine() {
    return commandLine(new Refrain());
  }

  static CommandLine commandLine(Refrain refrain) {
    return new CommandLine(refrain).setExecutionExceptionHandler(new ErrorReporter());
  }

  public static void main(String[] args) {
    Refrain refrain = new Refrain();
    refrain.terminal = System.console() != null; // null when output is piped or redirected
    refrain.progress = Terminals.stderrIsTerminal();
    refrain.timings = "1".equals(System.getenv("REFRAIN_TIMINGS"));
    CommandLine commandLine = commandLine(refrain);
    // UTF-8 whatever the platform's default: letters are full of curly quotes and Korean names.
    commandLine.setOut(utf8(System.out));
    commandLine.setErr(utf8(System.err));
    int exitCode = commandLine.execute(args);
    refrain.closeDisplay();
    commandLine.getOut().flush();
    commandLine.getErr().flush();
    System.exit(exitCode);
  }

  private static PrintWriter utf8(PrintStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }
}
