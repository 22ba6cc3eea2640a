package org.refrain.reports.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.refrain.corpus.Corpus;
import org.refrain.corpus.DiagnosticGrouper;
import org.refrain.corpus.PartsHash;
import org.refrain.corpus.clean.ChromeFilter;
import org.refrain.corpus.lexicon.Lexicon;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The corpus a command works on, shared by every command as a mixin: the files and directories
 * given, or the bundled sample corpus when none are. Loading prints the diagnostics to stderr, one
 * line each, a common kind as one line for all ({@link DiagnosticGrouper}), and fails with {@link
 * ExitCode#NOTHING_READ} when no letter could be read. The same letter found in several files is
 * one letter with every file as a source unless {@code --keep-copies} is given.
 */
public final class CorpusOptions {

  @Spec(Spec.Target.MIXEE)
  private CommandSpec mixee;

  // Unanchored ("+"): after the command's own positionals, so "kwic TERM FILES" works.
  @Parameters(
      index = "+",
      paramLabel = "FILES|DIRS",
      arity = "0..*",
      description =
          "Documents (.txt .md .html .htm .pdf .docx .odt .rtf .eml) or directories of them to"
              + " read. Default: the bundled sample corpus.")
  private List<Path> paths = new ArrayList<>();

  @Option(
      names = "--chrome",
      paramLabel = "FILE",
      description =
          "More page-furniture patterns (one Java regular expression a line, matched against whole"
              + " lines, case-insensitively), added to the bundled ones.")
  private Path chrome;

  @Option(
      names = "--keep-copies",
      description =
          "Read the same letter found in several files (re-posted on other sites, or as both HTML"
              + " and text) once per file. Default: one letter, with every file as a source.")
  private boolean keepCopies;

  @Option(
      names = {"-q", "--quiet"},
      description =
          "No progress display (it shows only when stderr is a terminal and a run takes more"
              + " than a second).")
  private boolean quiet;

  /** The paths given on the command line; empty means the bundled corpus. */
  public List<Path> paths() {
    return List.copyOf(paths);
  }

  /**
   * Reads the corpus and prints its diagnostics, grouped by kind when many (a path that does not
   * exist is one of them: the reader reports it and reads the others).
   *
   * @throws UserError when no letter could be read
   */
  Corpus load() {
    Corpus read = display().stage("read", this::read);
    PrintWriter err = mixee.commandLine().getErr();
    for (String line : lines(read)) {
      err.println(line);
    }
    err.flush();
    if (read.letters().isEmpty()) {
      throw new UserError(ExitCode.NOTHING_READ, "no letters could be read from " + describe());
    }
    return read;
  }

  /**
   * What {@link #load} would read depends on, as text for a cache key: the files it would read
   * (names and bytes) and the chrome file given. Word lists and the build are the caller's to add.
   */
  String fingerprint() {
    List<String> parts =
        new ArrayList<>(
            List.of(source().fingerprint(List.copyOf(paths)), ReportCache.fingerprint(chrome)));
    if (keepCopies) {
      parts.add("--keep-copies"); // only then, so that keys made before the option still hold
    }
    return PartsHash.of(parts);
  }

  /**
   * Reads one document as the same reader reads the corpus (formats, cleaning, splitting), copies
   * kept apart: a draft to check against it.
   */
  Corpus readOne(Path file) {
    try {
      return listed().keepingCopies().read(List.of(file));
    } catch (UncheckedIOException e) {
      throw new UserError(
          ExitCode.NOTHING_READ, file + ": cannot read: " + UserError.reason(e.getCause()));
    }
  }

  /**
   * A cheap look at the files {@link #load} would read: each one's path, size and time of last
   * change, without reading them. For noticing a change; the index and caches key on the bytes.
   */
  String stamp() {
    if (paths.isEmpty()) {
      return "bundled"; // inside the jar: it never changes while Refrain runs
    }
    StringBuilder out = new StringBuilder();
    for (Path file : org.refrain.corpus.CorpusReader.inputs(paths)) {
      out.append(file).append('\t');
      try {
        out.append(Files.size(file))
            .append('\t')
            .append(Files.getLastModifiedTime(file).toMillis());
      } catch (IOException e) {
        out.append("unreadable");
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** The run's stage display, quiet or not as {@code --quiet} says. */
  StageDisplay display() {
    return ((Refrain) mixee.root().userObject()).display(quiet);
  }

  /** The diagnostics' lines as {@link #load} prints them. */
  static List<String> lines(Corpus read) {
    return new DiagnosticGrouper().lines(read.diagnostics());
  }

  private Corpus read() {
    if (paths.isEmpty()) {
      return source().readBundled();
    }
    try {
      return source().read(paths);
    } catch (UncheckedIOException e) {
      String file = UserError.file(e.getCause());
      throw new UserError(
          ExitCode.NOTHING_READ,
          (file == null ? "" : file + ": ") + "cannot read: " + UserError.reason(e.getCause()));
    }
  }

  private CorpusSource source() {
    CorpusSource source = listed();
    return keepCopies ? source.keepingCopies() : source;
  }

  private CorpusSource listed() {
    Refrain root = (Refrain) mixee.root().userObject();
    Lexicon lexicon = root.lexicon();
    if (chrome == null && lexicon.directory().isEmpty()) {
      return root.corpusSource();
    }
    ChromeFilter standard = ChromeFilter.standard(lexicon);
    return root.corpusSource()
        .withLists(chrome == null ? standard : standard.and(userChrome()), lexicon);
  }

  /** The user's chrome patterns; a file that cannot be read or compiled is a one-line error. */
  private ChromeFilter userChrome() {
    String text;
    try {
      text = Files.readString(chrome, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UserError(
          ExitCode.USAGE, chrome + ": cannot read chrome patterns: " + UserError.reason(e));
    }
    try {
      return ChromeFilter.of(text);
    } catch (IllegalArgumentException e) {
      throw new UserError(ExitCode.USAGE, chrome + ": " + e.getMessage());
    }
  }

  /** The paths for an error message: the bundled corpus, or up to three paths. */
  private String describe() {
    if (paths.isEmpty()) {
      return "the bundled corpus";
    }
    String shown = paths.stream().limit(3).map(Path::toString).collect(Collectors.joining(", "));
    return paths.size() > 3 ? shown + " and " + (paths.size() - 3) + " more" : shown;
  }
}
