package org.refrain.reports.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.refrain.analysis.CorpusAnalysis;
import org.refrain.analysis.demand.Taxonomy;
import org.refrain.analysis.index.CorpusIndex;
import org.refrain.analysis.index.IndexBusyException;
import org.refrain.analysis.index.IndexedLetter;
import org.refrain.analysis.index.PassageIndex;
import org.refrain.analysis.reuse.ReuseSettings;
import org.refrain.corpus.Corpus;
import org.refrain.corpus.PartsHash;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Where a command's passage index lives and how it is kept current, shared as a mixin: {@code
 * --index DIR}, by default one index per corpus under the cache directory ({@code index/} and a
 * hash of the corpus paths). Before it is opened the index is compared with what it would be made
 * from (the files' names and bytes, the taxonomy, word lists, reuse settings and the build): when
 * they differ, the corpus is read and analysed and the index updated, only new or changed letters
 * indexed again.
 */
public final class IndexOptions {

  @Spec(Spec.Target.MIXEE)
  private CommandSpec mixee;

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description =
          "The index to use, built or updated first when the corpus changed (default: one per"
              + " corpus in the cache directory).")
  private Path index;

  /**
   * The index of the corpus, brought up to date first when needed, and opened.
   *
   * @param read reads the corpus, when the index is not current
   */
  Opened open(
      CorpusOptions corpus,
      AnalysisOptions analysis,
      Taxonomy taxonomy,
      Path taxonomyFile,
      ReuseSettings reuse) {
    Path directory = directory(corpus, analysis);
    String fingerprint = fingerprint(corpus, taxonomyFile, reuse);
    StageDisplay display = corpus.display();
    Corpus read = null;
    CorpusAnalysis analysed = null;
    if (!fingerprint.equals(CorpusIndex.fingerprint(directory).orElse(null))) {
      read = corpus.load();
      analysed = analysis.of(read, s -> s.withTaxonomy(taxonomy).withReuse(reuse));
      CorpusAnalysis a = analysed;
      List<IndexedLetter> letters = display.stage("index letters", () -> IndexedLetter.of(a));
      CorpusIndex.Update update =
          display.stage(
              "index",
              () -> {
                try {
                  return CorpusIndex.update(directory, letters, fingerprint);
                } catch (IndexBusyException e) {
                  throw new UserError(ExitCode.CANNOT_WRITE, e.getMessage());
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
      PrintWriter err = mixee.commandLine().getErr();
      err.println(describe(update, directory));
      err.flush();
    }
    try {
      return new Opened(PassageIndex.open(directory), read, analysed, directory);
    } catch (IOException e) {
      throw new UserError(
          ExitCode.NOTHING_READ, "cannot open the index " + directory + ": " + UserError.reason(e));
    }
  }

  /** An opened index, with the corpus and analysis when they had to be read to update it. */
  record Opened(PassageIndex index, Corpus read, CorpusAnalysis analysis, Path directory)
      implements AutoCloseable {
    @Override
    public void close() {
      try {
        index.close();
      } catch (IOException e) {
        // nothing was written through it
      }
    }
  }

  static String describe(CorpusIndex.Update update, Path directory) {
    return "refrain: index "
        + (update.rebuilt() ? "built" : "updated")
        + ": "
        + update.added()
        + " letters added, "
        + update.removed()
        + " removed, "
        + update.kept()
        + " unchanged"
        + (update.familiesUpdated() > 0
            ? ", " + update.familiesUpdated() + " passages moved to another reuse family"
            : "")
        + " ("
        + directory
        + ")";
  }

  /** The index's directory: {@code --index}, else one per corpus in the cache directory. */
  Path directory(CorpusOptions corpus, AnalysisOptions analysis) {
    if (index != null) {
      if (index.toString().isBlank()) {
        throw new UserError(ExitCode.USAGE, "--index needs a directory");
      }
      if (Files.exists(index) && !Files.isDirectory(index)) {
        throw new UserError(ExitCode.USAGE, "--index " + index + " is not a directory");
      }
      return index;
    }
    Optional<Path> cache = analysis.cacheDirectory();
    List<String> parts = new ArrayList<>();
    for (Path p : corpus.paths()) {
      parts.add(p.toAbsolutePath().normalize().toString());
    }
    parts.sort(null);
    if (parts.isEmpty()) {
      parts.add("(bundled corpus)");
    }
    String name = PartsHash.of(parts).substring(0, 16);
    if (cache.isEmpty()) {
      // --no-cache: a fresh index for this run only.
      try {
        Path temp = Files.createTempDirectory("refrain-index-");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(temp)));
        return temp.resolve(name);
      } catch (IOException e) {
        throw new UserError(
            ExitCode.CANNOT_WRITE, "cannot make a temporary index: " + UserError.reason(e));
      }
    }
    return cache.get().resolve("index").resolve(name);
  }

  /** Deletes a run's temporary index, as far as it can. */
  private static void delete(Path dir) {
    try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.deleteIfExists(p);
                } catch (IOException e) {
                  // left for the system's temporary-file cleaning
                }
              });
    } catch (IOException | UncheckedIOException e) {
      // the same
    }
  }

  /** What the index is made from, as one key. */
  private String fingerprint(CorpusOptions corpus, Path taxonomyFile, ReuseSettings reuse) {
    Refrain root = (Refrain) mixee.root().userObject();
    List<String> parts = new ArrayList<>();
    parts.add(org.refrain.analysis.index.IndexFields.SCHEMA);
    parts.add(ReportCache.build());
    parts.add(reuse.toString());
    parts.add(ReportCache.fingerprint(taxonomyFile));
    parts.add(ReportCache.fingerprint(root.lexiconDirectory()));
    parts.add(corpus.fingerprint());
    return PartsHash.of(parts);
  }
}
