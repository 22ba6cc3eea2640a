package org.refrain.benchmarks.synthetic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The words never replaced: determiners, pronouns, prepositions, conjunctions, auxiliaries. Keeping
 * them keeps each sentence's grammar, so a tagger reads synthetic text as it reads real letters.
 * The list is a resource, {@code function-words.txt}.
 */
final class FunctionWords {

  private static final String RESOURCE = "function-words.txt";
  private static final Set<String> WORDS = load();

  private FunctionWords() {}

  /** True for a function word, in any case. */
  static boolean contains(String word) {
    return WORDS.contains(word.toLowerCase(Locale.ROOT));
  }

  private static Set<String> load() {
    try (InputStream in = FunctionWords.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      Set<String> words = new HashSet<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String word = line.strip().toLowerCase(Locale.ROOT);
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.add(word);
        }
      }
      return Set.copyOf(words);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
