package org.refrain.reports.cli;

import java.nio.file.Path;
import java.util.List;
import org.refrain.analysis.signatory.AliasFile;
import org.refrain.analysis.signatory.AliasFileException;
import org.refrain.analysis.signatory.AliasRule;
import picocli.CommandLine.Option;

/** The signatory alias file, shared as a mixin by {@code signatories} and {@code report}. */
public final class AliasOptions {

  @Option(
      names = "--aliases",
      paramLabel = "FILE",
      description =
          "A CSV of signatory aliases that overrides the matcher: `alias,canonical name` (the same"
              + " signatory, shown under the canonical name) or `name,other,not the same` (see"
              + " README).")
  private Path file;

  /** The file given, or null. */
  Path file() {
    return file;
  }

  /** The alias file's rules (none without one); a file that cannot be used is a usage error. */
  List<AliasRule> aliases() {
    if (file == null) {
      return List.of();
    }
    try {
      return AliasFile.read(file);
    } catch (AliasFileException e) {
      throw new UserError(ExitCode.USAGE, e.getMessage());
    }
  }
}
