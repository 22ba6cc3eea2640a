package org.refrain.analysis.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads this package's word-list resources: one entry a line, {@code #} comments, blanks skipped.
 */
final class WordList {

  private WordList() {}

  /** The non-comment lines of resource {@code name}, stripped, in order. */
  static List<String> lines(String name) {
    try (InputStream in = WordList.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      List<String> lines = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String entry = line.strip();
        if (!entry.isEmpty() && !entry.startsWith("#")) {
          lines.add(entry);
        }
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bundled stop words, lower case. */
  static Set<String> stopWords() {
    return StopWordsHolder.WORDS;
  }

  private static final class StopWordsHolder {
    static final Set<String> WORDS =
        Set.copyOf(lines("stopwords.txt").stream().map(s -> s.toLowerCase(Locale.ROOT)).toList());
  }
}
