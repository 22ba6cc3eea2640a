package org.refrain.reports.cli;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.refrain.corpus.Corpus;
import org.refrain.corpus.Letter;
import picocli.CommandLine.Model.CommandSpec;

/** Facts a report gives about how it was made. */
final class Provenance {

  private Provenance() {}

  /**
   * A hash of what was read, independent of where the files are: each letter's source name and
   * text, in the corpus's order.
   */
  static String contentHash(Corpus corpus) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
    for (Letter letter : corpus.letters()) {
      digest.update(letter.source().getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(letter.text().getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** "refrain report --out out/report letters/" as given. */
  static String command(CommandSpec spec) {
    List<String> args =
        spec.commandLine().getParseResult() == null
            ? List.of()
            : spec.root().commandLine().getParseResult().originalArgs();
    return "refrain" + (args.isEmpty() ? "" : " " + String.join(" ", args));
  }
}
