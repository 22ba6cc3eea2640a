package org.refrain.benchmarks.synthetic;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;

/**
 * The content words of the sample letters by shape: what a word is replaced with when the
 * replacement is a real word. Capitalised words are taken only inside sentences, so the names a
 * name is replaced with are names. Words are kept in the order first met, so a seed picks the same
 * word on every run.
 */
final class SampleLexicon {

  private final Map<WordShape, List<String>> words;

  private SampleLexicon(Map<WordShape, List<String>> words) {
    this.words = words;
  }

  /** The content words of {@code texts}. */
  static SampleLexicon of(List<String> texts) {
    Map<WordShape, Set<String>> found = new EnumMap<>(WordShape.class);
    for (WordShape shape : WordShape.values()) {
      found.put(shape, new LinkedHashSet<>());
    }
    for (String text : texts) {
      Matcher m = TextVariator.WORD.matcher(text);
      boolean sentenceStart = true;
      int last = 0;
      while (m.find()) {
        String word = m.group();
        sentenceStart |= TextVariator.endsSentence(text.substring(last, m.start()));
        if (TextVariator.isContentWord(word) && Character.isLetter(word.charAt(0))) {
          WordShape shape = WordShape.of(word);
          // "Following" opening a sentence is no name: only a word inside a sentence says its
          // shape.
          if (shape == WordShape.LOWER || !sentenceStart) {
            found.get(shape).add(word);
          }
        }
        sentenceStart = false;
        last = m.end();
      }
    }
    Map<WordShape, List<String>> words = new EnumMap<>(WordShape.class);
    found.forEach((shape, set) -> words.put(shape, List.copyOf(set)));
    if (words.get(WordShape.LOWER).isEmpty()) {
      throw new IllegalArgumentException("the samples have no lower-case content words");
    }
    return new SampleLexicon(words);
  }

  /**
   * A sample word of {@code shape}, or a lower-case one rendered in it when the samples have none
   * of that shape.
   */
  String random(WordShape shape, SplittableRandom random) {
    List<String> pool = words.get(shape);
    if (pool.isEmpty()) {
      pool = words.get(WordShape.LOWER);
    }
    return shape.render(pool.get(random.nextInt(pool.size())));
  }

  /** Distinct content words, all shapes. */
  int size() {
    return words.values().stream().mapToInt(List::size).sum();
  }
}
