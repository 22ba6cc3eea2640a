package org.refrain.benchmarks.synthetic;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.refrain.corpus.CorpusReader;
import org.refrain.corpus.Letter;
import org.refrain.corpus.Paragraph;

/**
 * Generates a synthetic corpus of any size from sample letters, for benchmarks: each letter
 * assembled from the samples' paragraphs, with names, numbers and dates varied and a share of words
 * replaced (see {@link SyntheticOptions}). Deterministic: the same samples and options give the
 * same letters, character for character. Generation is sequential, since invented words recur
 * across letters.
 */
public final class SyntheticCorpus {

  private SyntheticCorpus() {}

  /** A synthetic corpus from the sample corpus bundled with Refrain. */
  public static List<Letter> fromBundled(SyntheticOptions options) {
    return generate(CorpusReader.create().readBundled().letters(), options);
  }

  /**
   * A synthetic corpus from {@code samples}.
   *
   * @throws IllegalArgumentException when no sample has a body paragraph
   */
  public static List<Letter> generate(List<Letter> samples, SyntheticOptions options) {
    Setup setup = Setup.of(samples, options);
    SplittableRandom random = new SplittableRandom(options.seed());
    List<Letter> letters = new ArrayList<>();
    long bytes = 0;
    while (!options.target().reached(letters.size(), bytes)) {
      Letter letter = setup.composer().compose(letters.size() + 1, random.split());
      bytes += paragraphBytes(letter);
      letters.add(letter);
    }
    return List.copyOf(letters);
  }

  /**
   * What one generation shares: the samples with a body cut into parts (the leads), their lexicon,
   * one word inventor (its inventions recur across letters) and the composer built on them.
   */
  record Setup(
      List<SampleParts> leads,
      SampleLexicon lexicon,
      WordInventor inventor,
      LetterComposer composer) {

    /**
     * @throws IllegalArgumentException when no sample has a body paragraph
     */
    static Setup of(List<Letter> samples, SyntheticOptions options) {
      Objects.requireNonNull(options, "options");
      List<SampleParts> parts = samples.stream().map(SampleParts::of).toList();
      if (parts.stream().allMatch(p -> p.body().isEmpty())) {
        throw new IllegalArgumentException("samples: no sample letter has a body paragraph");
      }
      // Only a sample with a body leads, so every synthetic letter has at least one body paragraph.
      List<SampleParts> leads = parts.stream().filter(p -> !p.body().isEmpty()).toList();
      WordInventor inventor = new WordInventor(options.freshShare());
      SampleLexicon lexicon = SampleLexicon.of(paragraphTexts(samples));
      LetterComposer composer =
          new LetterComposer(
              leads,
              new TextVariator(options, lexicon, inventor),
              SignatoryPicker.of(samples, inventor, options.nameShare()));
      return new Setup(leads, lexicon, inventor, composer);
    }
  }

  /** Bytes of UTF-8 in the paragraphs of {@code letter}: the size benchmarks measure. */
  public static long paragraphBytes(Letter letter) {
    long bytes = 0;
    for (Paragraph p : letter.paragraphs()) {
      bytes += p.text().getBytes(StandardCharsets.UTF_8).length;
    }
    return bytes;
  }

  /** Bytes of UTF-8 in the paragraphs of {@code letters}. */
  public static long paragraphBytes(Collection<Letter> letters) {
    long bytes = 0;
    for (Letter letter : letters) {
      bytes += paragraphBytes(letter);
    }
    return bytes;
  }

  private static List<String> paragraphTexts(List<Letter> samples) {
    List<String> texts = new ArrayList<>();
    for (Letter letter : samples) {
      for (Paragraph p : letter.paragraphs()) {
        texts.add(p.text());
      }
    }
    return texts;
  }
}
