package org.refrain.reports.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.refrain.analysis.CorpusAnalysis;
import org.refrain.corpus.CorpusReader;
import org.refrain.corpus.lexicon.Lexicon;
import org.refrain.corpus.lexicon.LexiconException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
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
      IndexCommand.class,
      SearchCommand.class,
      DraftCommand.class,
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

  // Inherited: every subcommand takes it, and its value lands here.
  @Option(
      names = "--lexicon",
      paramLabel = "DIR",
      scope = ScopeType.INHERIT,
      description =
          "Word lists replacing the bundled ones of the same file name (stopwords.txt,"
              + " rhetoric.tsv, countries.tsv ...; see README).")
  private Path lexiconDirectory;

  private Lexicon lexicon;

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

  /**
   * The word lists of this run: the bundled ones, each replaced by the file of the same name in
   * {@code --lexicon DIR}. A directory that cannot be read, or a list file of a name no list has,
   * is a usage error.
   */
  /** The directory given with {@code --lexicon}, or null. */
  Path lexiconDirectory() {
    return lexiconDirectory;
  }

  synchronized Lexicon lexicon() {
    if (lexicon == null) {
      lexicon = lexicon(lexiconDirectory);
    }
    return lexicon;
  }

  static Lexicon lexicon(Path directory) {
    if (directory == null) {
      return Lexicon.bundled();
    }
    try {
      Lexicon read = Lexicon.overriddenBy(directory);
      Set<String> known = new TreeSet<>(CorpusReader.LISTS);
      known.addAll(CorpusAnalysis.LISTS);
      List<Path> unknown = read.unknownFiles(known);
      if (!unknown.isEmpty()) {
        throw new UserError(
            ExitCode.USAGE,
            unknown.get(0)
                + ": no word list has this name (--lexicon replaces "
                + String.join(", ", known)
                + ")");
      }
      return read;
    } catch (LexiconException e) {
      throw new UserError(ExitCode.USAGE, "--lexicon " + e.getMessage());
    }
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
