package org.refrain.reports.cli;

import java.nio.file.Path;
import org.refrain.analysis.demand.Taxonomy;
import org.refrain.analysis.demand.TaxonomyException;
import picocli.CommandLine.Option;

/**
 * Which demand taxonomy to use, shared as a mixin by {@code demands}, {@code taxonomy}, {@code
 * report}.
 */
public final class TaxonomyOptions {

  @Option(
      names = "--taxonomy",
      paramLabel = "FILE",
      description =
          "A demand taxonomy in YAML to use instead of the bundled one; start it with"
              + " `extends: bundled` to add to or replace bundled demands (see README).")
  private Path file;

  /** The file given, or null for the bundled taxonomy. */
  Path file() {
    return file;
  }

  /** The taxonomy chosen; a file that cannot be used is a one-line usage error naming it. */
  Taxonomy taxonomy() {
    if (file == null) {
      return Taxonomy.bundled();
    }
    try {
      return Taxonomy.load(file);
    } catch (TaxonomyException e) {
      throw new UserError(ExitCode.USAGE, e.getMessage());
    }
  }
}
