package org.refrain.reports.cli;

import java.nio.file.Path;
import org.refrain.analysis.signatory.AliasFile;
import org.refrain.analysis.signatory.AliasFileException;
import org.refrain.analysis.signatory.SignatoryResolver;
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

  /** The resolver with the alias file applied; a file that cannot be used is a usage error. */
  SignatoryResolver resolver() {
    if (file == null) {
      return SignatoryResolver.create();
    }
    try {
      return SignatoryResolver.withAliases(AliasFile.read(file));
    } catch (AliasFileException e) {
      throw new UserError(ExitCode.USAGE, e.getMessage());
    }
  }
}
