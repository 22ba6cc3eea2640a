package org.refrain.benchmarks.synthetic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Invents pronounceable words ("talovin", "brestaming") from syllables. An inflected word is
 * replaced by an invented stem with the same ending ("-ing", "-tions", "-ly"), so a tagger still
 * reads it as the part of speech it replaces. Inventions recur: a share of them is new, the rest is
 * an earlier invention, so the vocabulary grows with the corpus the way real vocabularies do, not
 * one new word per replacement. Not thread-safe: one inventor serves one generation.
 */
final class WordInventor {

  private static final String[] ONSETS = {
    "b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "gr", "kr",
    "pl", "st", "tr", "sh", "ch", "th"
  };
  private static final String[] VOWELS = {"a", "e", "i", "o", "u", "a", "e", "o", "ai", "ea", "ou"};
  private static final String[] CODAS = {"", "", "", "n", "r", "l", "s", "m", "nd", "st"};
  // Longest first, so "-ations" wins over "-s".
  private static final String[] ENDINGS = {
    "ations", "ation", "ments", "ment", "ities", "ity", "ings", "ing", "ness", "ally", "ised",
    "ized", "ly", "ed", "ies", "es", "al", "ive", "ous", "ful", "ic", "er", "s"
  };

  private final double freshShare;
  private final List<String> stems = new ArrayList<>();
  private final Set<String> known = new HashSet<>();

  WordInventor(double freshShare) {
    this.freshShare = freshShare;
  }

  /** An invented word to stand for {@code original}, with its inflectional ending. */
  String wordFor(String original, SplittableRandom random) {
    String stem = stem(random);
    String ending = ending(original.toLowerCase(Locale.ROOT));
    // "talos" + "s" reads as a typo; English writes "taloses".
    return stem.endsWith("s") && ending.equals("s") ? stem + "es" : stem + ending;
  }

  /** An invented name part, capitalised. */
  String name(SplittableRandom random) {
    return WordShape.CAPITALISED.render(stem(random));
  }

  /** An invented acronym of three to five letters. */
  String acronym(SplittableRandom random) {
    StringBuilder acronym = new StringBuilder();
    int length = 3 + random.nextInt(3);
    for (int i = 0; i < length; i++) {
      acronym.append((char) ('A' + random.nextInt(26)));
    }
    return acronym.toString();
  }

  /** How many distinct stems have been invented so far. */
  int inventions() {
    return stems.size();
  }

  private String stem(SplittableRandom random) {
    if (stems.isEmpty() || random.nextDouble() < freshShare) {
      String stem = fresh(random);
      if (known.add(stem)) {
        stems.add(stem);
      }
      return stem;
    }
    return stems.get(random.nextInt(stems.size()));
  }

  private static String fresh(SplittableRandom random) {
    StringBuilder word = new StringBuilder();
    int syllables = 2 + random.nextInt(2);
    for (int s = 0; s < syllables; s++) {
      word.append(pick(ONSETS, random)).append(pick(VOWELS, random));
    }
    return word.append(pick(CODAS, random)).toString();
  }

  private static String ending(String word) {
    for (String ending : ENDINGS) {
      if (word.length() > ending.length() + 2 && word.endsWith(ending)) {
        return ending;
      }
    }
    return "";
  }

  private static String pick(String[] options, SplittableRandom random) {
    return options[random.nextInt(options.length)];
  }
}
