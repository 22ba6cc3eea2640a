package org.refrain.benchmarks.synthetic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * The formulas of a planted corpus and their popularity. Each formula is a run of sample words from
 * the start of a random sentence on, of a length drawn between the options' bounds (skewed towards
 * short ones: the square of a uniform draw), scrambled as the letters' own text is, so two formulas
 * drawn from the same sentences are no more alike than any two letters.
 */
final class FormulaPool {

  /** Where a sentence ends in a sample paragraph. */
  private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?][\"”’)]?)\\s+");

  /** A list item's number, dropped: a formula is prose. */
  private static final Pattern ENUMERATOR = Pattern.compile("^\\d+[.)]\\s+");

  private final List<Formula> formulas;
  private final double[] cumulative;
  private final PlantingOptions options;

  private FormulaPool(List<Formula> formulas, PlantingOptions options) {
    this.formulas = List.copyOf(formulas);
    this.options = options;
    this.cumulative = new double[formulas.size()];
    double sum = 0;
    for (int r = 0; r < cumulative.length; r++) {
      sum += 1 / Math.pow(r + 1, options.popularity());
      cumulative[r] = sum;
    }
  }

  /**
   * {@code options.formulas()} formulas from the body sentences of {@code leads}, scrambled by
   * {@code scrambler} (which should replace every content word and name).
   */
  static FormulaPool build(
      List<SampleParts> leads,
      PlantingOptions options,
      TextVariator scrambler,
      SplittableRandom random) {
    List<String> sentences = sentences(leads);
    List<Formula> formulas = new ArrayList<>();
    for (int id = 0; id < options.formulas(); id++) {
      double u = random.nextDouble();
      int span = options.maxWords() - options.minWords() + 1;
      int length = options.minWords() + (int) (span * u * u);
      String source = run(sentences, random.nextInt(sentences.size()), length);
      String text = words(scrambler.vary(source, 0, random), Integer.MAX_VALUE);
      formulas.add(new Formula(id, text, text.split(" ").length));
    }
    return new FormulaPool(formulas, options);
  }

  List<Formula> formulas() {
    return formulas;
  }

  Formula formula(int id) {
    return formulas.get(id);
  }

  /**
   * The formulas planted in one letter: between the options' fewest and most, distinct, each drawn
   * by popularity.
   */
  int[] choose(SplittableRandom random) {
    int count = random.nextInt(options.minCopies(), options.maxCopies() + 1);
    int[] chosen = new int[count];
    boolean[] taken = new boolean[formulas.size()];
    for (int k = 0; k < count; k++) {
      int id = draw(random);
      // Redraw a formula the letter already holds; after a few tries take the next free one, so a
      // small pool with a steep popularity cannot loop for long.
      for (int tries = 0; taken[id] && tries < 16; tries++) {
        id = draw(random);
      }
      while (taken[id]) {
        id = (id + 1) % formulas.size();
      }
      taken[id] = true;
      chosen[k] = id;
    }
    return chosen;
  }

  private int draw(SplittableRandom random) {
    double x = random.nextDouble() * cumulative[cumulative.length - 1];
    int at = Arrays.binarySearch(cumulative, x);
    return Math.min(cumulative.length - 1, at >= 0 ? at + 1 : -at - 1);
  }

  /**
   * The first {@code length} words of the sentences from {@code start} on (wrapping round): a
   * formula starts where a sentence does and may end inside one, as a borrowed passage may.
   */
  private static String run(List<String> sentences, int start, int length) {
    StringBuilder text = new StringBuilder();
    int words = 0;
    for (int k = 0; words < length && k < sentences.size(); k++) {
      String sentence = sentences.get((start + k) % sentences.size());
      text.append(text.length() == 0 ? "" : " ").append(sentence);
      words += sentence.split("\\s+").length;
    }
    return words(text.toString(), length);
  }

  /** The first {@code most} words of {@code text}, joined by single spaces. */
  private static String words(String text, int most) {
    String[] words = text.strip().split("\\s+");
    return String.join(" ", Arrays.asList(words).subList(0, Math.min(most, words.length)));
  }

  /** Every sentence of the leads' body passages, in order. */
  private static List<String> sentences(List<SampleParts> leads) {
    List<String> sentences = new ArrayList<>();
    for (SampleParts lead : leads) {
      for (Passage passage : lead.body()) {
        for (String paragraph : passage.paragraphs()) {
          String prose = ENUMERATOR.matcher(paragraph.strip()).replaceFirst("");
          for (String sentence : SENTENCE_BREAK.split(prose)) {
            if (!sentence.isBlank()) {
              sentences.add(sentence.strip());
            }
          }
        }
      }
    }
    if (sentences.isEmpty()) {
      throw new IllegalArgumentException("samples: no body sentence to draw formulas from");
    }
    return sentences;
  }
}
