package org.refrain.benchmarks.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Edits one copy of a formula as letter writers edit a borrowed passage: at a given rate, a word is
 * substituted (by a sample word or an invented one of the same shape), deleted, or followed by an
 * inserted word; names (capitalised words inside a sentence) change at twice the rate; each number
 * changes with probability 1/2. Words are the text's whitespace-separated words, punctuation
 * attached.
 */
final class PassageEditor {

  /** The part of a word an edit replaces: its first run of letters. */
  private static final Pattern LETTERS = Pattern.compile("\\p{L}+");

  private static final Pattern DIGITS = Pattern.compile("\\d+(?:st|nd|rd|th)?");

  private final SampleLexicon lexicon;
  private final WordInventor inventor;

  PassageEditor(SampleLexicon lexicon, WordInventor inventor) {
    this.lexicon = lexicon;
    this.inventor = inventor;
  }

  /**
   * A copy and how many of its words were edited.
   *
   * @param text the copy, its words joined by single spaces
   * @param edits words substituted, deleted, inserted or renumbered
   */
  record Edited(String text, int edits) {}

  /** {@code text} edited at {@code rate}; its words come out joined by single spaces. */
  Edited edit(String text, double rate, SplittableRandom random) {
    String[] words = text.strip().split("\\s+");
    if (words[0].isEmpty()) {
      return new Edited(text, 0);
    }
    List<String> out = new ArrayList<>(words.length + 8);
    int edits = 0;
    boolean sentenceStart = true;
    for (String word : words) {
      boolean name = !sentenceStart && Character.isUpperCase(word.charAt(0));
      sentenceStart = TextVariator.endsSentence(word);
      if (DIGITS.matcher(word).find()) {
        String renumbered = random.nextBoolean() ? renumber(word, random) : word;
        edits += renumbered.equals(word) ? 0 : 1;
        out.add(renumbered);
        continue;
      }
      double r = random.nextDouble() / (name ? 2 : 1);
      if (r < rate / 2) {
        String substituted = substitute(word, random);
        edits += substituted.equals(word) ? 0 : 1;
        out.add(substituted);
      } else if (r < rate * 3 / 4 && words.length > 1) {
        edits++;
      } else if (r < rate) {
        out.add(word);
        out.add(lexicon.random(WordShape.LOWER, random));
        edits++;
      } else {
        out.add(word);
      }
    }
    if (out.isEmpty()) {
      return new Edited(text, 0);
    }
    return new Edited(String.join(" ", out), edits);
  }

  /** The word with its first run of letters replaced by a word of the same shape. */
  private String substitute(String word, SplittableRandom random) {
    Matcher m = LETTERS.matcher(word);
    if (!m.find()) {
      return word;
    }
    WordShape shape = WordShape.of(m.group());
    String replacement =
        random.nextBoolean()
            ? shape.render(inventor.wordFor(m.group(), random))
            : lexicon.random(shape, random);
    return word.substring(0, m.start()) + replacement + word.substring(m.end());
  }

  /** The word with each of its numbers varied; a year moves by up to five years. */
  private static String renumber(String word, SplittableRandom random) {
    Matcher m = DIGITS.matcher(word);
    StringBuilder out = new StringBuilder();
    int last = 0;
    while (m.find()) {
      out.append(word, last, m.start());
      out.append(NumberVariator.vary(m.group(), "", random.nextInt(-5, 6), random));
      last = m.end();
    }
    return out.append(word, last, word.length()).toString();
  }
}
