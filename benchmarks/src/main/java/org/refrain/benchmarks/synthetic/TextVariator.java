package org.refrain.benchmarks.synthetic;

import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Varies a paragraph word by word: numbers and dates by {@link NumberVariator}, month names
 * swapped, names (capitalised words inside a sentence) and content words replaced at their shares
 * by another sample word or an invented one of the same shape. Function words, words of one or two
 * letters and everything between words (spaces, punctuation, quotes) are kept, so sentences keep
 * their grammar and their punctuation, unless a function share asks to replace function words too.
 */
final class TextVariator {

  /**
   * A word (letters only: "co-sponsor" and "Korea’s" are two words each, so their parts vary alone)
   * or a number with an optional ordinal suffix.
   */
  static final Pattern WORD = Pattern.compile("\\d+(?:(?:st|nd|rd|th)(?!\\p{L}))?|\\p{L}+");

  private final SyntheticOptions options;
  private final SampleLexicon lexicon;
  private final WordInventor inventor;

  TextVariator(SyntheticOptions options, SampleLexicon lexicon, WordInventor inventor) {
    this.options = options;
    this.lexicon = lexicon;
    this.inventor = inventor;
  }

  /** True for a word a variation may replace: neither a function word nor a short one. */
  static boolean isContentWord(String word) {
    return word.length() > 2 && !FunctionWords.contains(word) && !Months.isMonth(word);
  }

  /** True for a function word or a lower-case word of one or two letters ("of", "a"). */
  static boolean isGrammarWord(String word) {
    return FunctionWords.contains(word)
        || (word.length() <= 2 && WordShape.of(word) == WordShape.LOWER);
  }

  /**
   * {@code text} varied; {@code yearShift} is how far the letter's date moved from its sample's.
   */
  String vary(String text, int yearShift, SplittableRandom random) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    Matcher m = WORD.matcher(text);
    int last = 0;
    boolean sentenceStart = true;
    String previous = "";
    while (m.find()) {
      String between = text.substring(last, m.start());
      sentenceStart |= endsSentence(between);
      String token = m.group();
      out.append(between);
      if (Character.isDigit(token.charAt(0))) {
        out.append(NumberVariator.vary(token, previous, yearShift, random));
      } else {
        out.append(word(token, sentenceStart, random));
      }
      previous = token;
      sentenceStart = false;
      last = m.end();
    }
    return out.append(text, last, text.length()).toString();
  }

  private String word(String word, boolean sentenceStart, SplittableRandom random) {
    if (Months.isMonth(word)) {
      return random.nextDouble() < options.nameShare() ? Months.random(random) : word;
    }
    if (options.functionShare() > 0
        && isGrammarWord(word)
        && random.nextDouble() < options.functionShare()) {
      return WordShape.of(word).render(FunctionWords.random(random));
    }
    if (!isContentWord(word)) {
      return word;
    }
    WordShape shape = WordShape.of(word);
    // A capitalised word that does not start a sentence is (nearly always) part of a name.
    boolean name = shape != WordShape.LOWER && !sentenceStart;
    if (random.nextDouble() >= (name ? options.nameShare() : options.replaceShare())) {
      return word;
    }
    boolean invent = random.nextDouble() < options.inventShare();
    if (shape == WordShape.UPPER) {
      return invent ? inventor.acronym(random) : lexicon.random(WordShape.UPPER, random);
    }
    if (name) {
      return invent ? inventor.name(random) : lexicon.random(shape, random);
    }
    String replacement =
        invent ? inventor.wordFor(word, random) : lexicon.random(WordShape.LOWER, random);
    return shape.render(replacement);
  }

  /** True when the text between two words ends a sentence, so the next word starts one. */
  static boolean endsSentence(String between) {
    for (int i = 0; i < between.length(); i++) {
      char c = between.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == ':') {
        return true;
      }
    }
    return false;
  }
}
