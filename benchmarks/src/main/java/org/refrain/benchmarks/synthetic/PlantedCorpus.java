package org.refrain.benchmarks.synthetic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.refrain.corpus.CorpusReader;
import org.refrain.corpus.Letter;
import org.refrain.corpus.Span;

/**
 * A synthetic corpus with reuse planted in it, and where: every letter is a {@link SyntheticCorpus}
 * letter into whose body one to six {@link Formula}s are planted (by default), each copy edited on
 * its own, at a shuffled place, as its own paragraph or inside another. Formulas are drawn by a
 * Zipf-like popularity, so a few recur in a large share of the letters and most in a few.
 *
 * <p>Use it with {@link #background}'s options, which replace every content word and name of the
 * letters' own text: two letters then share only the samples' function words, so what a reuse
 * finder reports beyond the planted copies is noise, and every planted copy is reuse it should
 * find. Deterministic: the same samples and options give the same corpus, and the first n letters
 * of a corpus (with their copies) are the corpus of n letters.
 *
 * @param letters the letters, numbered from 1
 * @param formulas the pool of formulas, the most popular first
 * @param copies every planted copy, by letter and then position in the letter text
 */
public record PlantedCorpus(
    List<Letter> letters, List<Formula> formulas, List<PlantedCopy> copies) {

  public PlantedCorpus {
    letters = List.copyOf(letters);
    formulas = List.copyOf(formulas);
    copies = List.copyOf(copies);
  }

  /**
   * Options for the letters' own text: every content word and name replaced (half of them by
   * invented words) and half the function words swapped, so it is not accidentally shared between
   * letters. With function words kept, letters drawn from the same sample paragraph shared its
   * skeleton ("that the ... of these ... that does not have any ... in the"), and a reuse finder
   * rightly found 20-word passages that agree in 13 words.
   */
  public static SyntheticOptions background(long seed, Target target) {
    return SyntheticOptions.of(seed, target)
        .withReplaceShare(1)
        .withNameShare(1)
        .withFunctionShare(0.5);
  }

  /** A planted corpus from the sample corpus bundled with Refrain. */
  public static PlantedCorpus fromBundled(SyntheticOptions options, PlantingOptions planting) {
    return generate(CorpusReader.create().readBundled().letters(), options, planting);
  }

  /**
   * A planted corpus from {@code samples}: letters as {@link SyntheticCorpus} makes them with
   * {@code options}, reuse planted as {@code planting} says.
   *
   * @throws IllegalArgumentException when no sample has a body paragraph
   */
  public static PlantedCorpus generate(
      List<Letter> samples, SyntheticOptions options, PlantingOptions planting) {
    Objects.requireNonNull(planting, "planting");
    SyntheticCorpus.Setup setup = SyntheticCorpus.Setup.of(samples, options);
    SplittableRandom random = new SplittableRandom(options.seed());
    // Formulas invent words of their own, always new ones: a shared inventor has only a few stems
    // when the pool is built, and the most popular formulas would share them.
    TextVariator scrambler =
        new TextVariator(
            options.withReplaceShare(1).withNameShare(1), setup.lexicon(), new WordInventor(1));
    FormulaPool pool = FormulaPool.build(setup.leads(), planting, scrambler, random.split());
    PassageEditor editor = new PassageEditor(setup.lexicon(), setup.inventor());
    List<Letter> letters = new ArrayList<>();
    List<PlantedCopy> copies = new ArrayList<>();
    long bytes = 0;
    while (!options.target().reached(letters.size(), bytes)) {
      SplittableRandom letterRandom = random.split();
      SplittableRandom plantRandom = random.split();
      int[] chosen = pool.choose(plantRandom);
      List<String> texts = new ArrayList<>();
      List<Integer> edits = new ArrayList<>();
      for (int formula : chosen) {
        double rate = plantRandom.nextDouble() * planting.maxEditRate();
        PassageEditor.Edited edited = editor.edit(pool.formula(formula).text(), rate, plantRandom);
        texts.add(edited.text());
        edits.add(edited.edits());
      }
      LetterComposer.Composed composed =
          setup
              .composer()
              .compose(
                  letters.size() + 1,
                  letterRandom,
                  texts,
                  new PlantPlacer(planting.paragraphShare(), plantRandom));
      Letter letter = composed.letter();
      List<PlantedCopy> planted = new ArrayList<>();
      for (int k = 0; k < chosen.length; k++) {
        Span span = composed.planted().get(k);
        planted.add(
            new PlantedCopy(
                letter.id(),
                chosen[k],
                composed.paragraphs().get(k),
                span,
                span.in(letter.text()),
                edits.get(k)));
      }
      planted.sort(Comparator.comparing(PlantedCopy::span));
      copies.addAll(planted);
      bytes += SyntheticCorpus.paragraphBytes(letter);
      letters.add(letter);
    }
    return new PlantedCorpus(letters, pool.formulas(), copies);
  }

  /** The first {@code count} letters and their copies, with the same formulas. */
  public PlantedCorpus prefix(int count) {
    if (count < 0 || count > letters.size()) {
      throw new IllegalArgumentException("count must be in 0.." + letters.size() + ": " + count);
    }
    List<Letter> kept = letters.subList(0, count);
    Set<String> ids = kept.stream().map(Letter::id).collect(Collectors.toSet());
    int copyCount = 0;
    while (copyCount < copies.size() && ids.contains(copies.get(copyCount).letter())) {
      copyCount++;
    }
    return new PlantedCorpus(kept, formulas, copies.subList(0, copyCount));
  }

  /** The copies of each letter that holds any, in letter order, each by position. */
  public Map<String, List<PlantedCopy>> copiesByLetter() {
    Map<String, List<PlantedCopy>> byLetter = new LinkedHashMap<>();
    for (PlantedCopy copy : copies) {
      byLetter.computeIfAbsent(copy.letter(), k -> new ArrayList<>()).add(copy);
    }
    return byLetter;
  }
}
