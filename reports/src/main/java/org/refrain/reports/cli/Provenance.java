package org.refrain.reports.cli;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.refrain.corpus.Corpus;
import org.refrain.corpus.Letter;
import org.refrain.corpus.LetterCopy;
import picocli.CommandLine.Model.CommandSpec;

/** Facts a report gives about how it was made. */
final class Provenance {

  private Provenance() {}

  /**
   * A hash of what was read, independent of where the files are: each letter's source name and
   * text, in the corpus's order, and the ids of the copies merged into it.
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
      // The files a merged copy came from: a corpus with a copy more is another corpus. Nothing
      // is added for a letter read from one file, so hashes made before copies were merged hold.
      for (LetterCopy copy : letter.copies()) {
        digest.update(copy.id().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 1);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** Options that change nothing in a report: where it goes, the cache, threads, progress. */
  private static final java.util.Set<String> NEUTRAL =
      java.util.Set.of("--out", "--cache", "--threads");

  private static final java.util.Set<String> NEUTRAL_FLAGS =
      java.util.Set.of("--no-cache", "-q", "--quiet");

  /**
   * "refrain report letters/" as given, without the options that change nothing in the report
   * (where it was written, the cache, threads, progress): the same input gives the same bytes
   * wherever and however it is made.
   */
  static String command(CommandSpec spec) {
    var parsed = spec.root().commandLine().getParseResult();
    List<String> args = parsed == null ? List.of() : parsed.originalArgs();
    List<String> kept = new java.util.ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      if (NEUTRAL.contains(arg)) {
        i++;
      } else if (!NEUTRAL.contains(name) && !NEUTRAL_FLAGS.contains(arg)) {
        kept.add(arg);
      }
    }
    return "refrain" + (kept.isEmpty() ? "" : " " + String.join(" ", kept));
  }
}
