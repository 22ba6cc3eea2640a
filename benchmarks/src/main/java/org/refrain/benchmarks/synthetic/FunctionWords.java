package org.refrain.benchmarks.synthetic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The words never replaced: determiners, pronouns, prepositions, conjunctions, auxiliaries. Keeping
 * them keeps each sentence's grammar, so a tagger reads synthetic text as it reads real letters.
 * The list is a resource, {@code function-words.txt}. (Unless asked: see {@link
 * SyntheticOptions#functionShare()}.)
 */
final class FunctionWords {

  private static final String RESOURCE = "function-words.txt";
  // In file order, so a seed picks the same word on every run.
  private static final List<String> IN_ORDER = load();
  private static final Set<String> WORDS = Set.copyOf(IN_ORDER);

  private FunctionWords() {}

  /** True for a function word, in any case. */
  static boolean contains(String word) {
    return WORDS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** A function word drawn at random, lower case. */
  static String random(SplittableRandom random) {
    return IN_ORDER.get(random.nextInt(IN_ORDER.size()));
  }

  private static List<String> load() {
    try (InputStream in = FunctionWords.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      Set<String> words = new LinkedHashSet<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String word = line.strip().toLowerCase(Locale.ROOT);
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.add(word);
        }
      }
      return List.copyOf(words);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
