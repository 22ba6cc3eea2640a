package org.refrain.analysis.language;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.refrain.analysis.ResourceLines;

/**
 * Reads this package's word-list resources: one entry a line, {@code #} comments, blanks skipped.
 */
final class WordList {

  private WordList() {}

  /** The non-comment lines of resource {@code name}, stripped, in order. */
  static List<String> lines(String name) {
    return ResourceLines.of(WordList.class, name);
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
