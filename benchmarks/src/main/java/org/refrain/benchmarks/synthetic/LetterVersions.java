package org.refrain.benchmarks.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.refrain.corpus.CorpusReader;
import org.refrain.corpus.Letter;
import org.refrain.corpus.LetterKind;
import org.refrain.corpus.Paragraph;
import org.refrain.corpus.SourceMap;
import org.refrain.corpus.claim.ClaimCheck;
import org.refrain.corpus.claim.Counts;
import org.refrain.corpus.metadata.LetterDate;

/**
 * Successive versions of one letter, as a coalition rewrites its letter year after year: the first
 * is the body of background letters (see {@link PlantedCorpus#background}) up to a number of words;
 * each later one edits the one before it, paragraph by paragraph, as {@link PassageEditor} edits a
 * planted copy. Versions are dated a year apart from 2000 on and have ids {@code version-01#1}, ...
 * For benchmarks of multi-version views. Deterministic for a seed.
 */
public final class LetterVersions {

  private static final LocalDate FIRST = LocalDate.of(2000, 3, 1);

  private LetterVersions() {}

  /**
   * {@code count} versions of a letter of about {@code words} words (whole paragraphs, so a little
   * more), each later one edited at {@code editRate}.
   */
  public static List<Letter> of(long seed, int count, int words, double editRate) {
    if (count < 1 || words < 1 || !(editRate >= 0 && editRate <= 0.5)) {
      throw new IllegalArgumentException(
          "versions: count and words must be >= 1 and editRate in [0, 0.5]: "
              + count
              + ", "
              + words
              + ", "
              + editRate);
    }
    List<Letter> samples = CorpusReader.create().readBundled().letters();
    SyntheticOptions options = PlantedCorpus.background(seed, Target.letters(1));
    SyntheticCorpus.Setup setup = SyntheticCorpus.Setup.of(samples, options);
    PassageEditor editor = new PassageEditor(setup.lexicon(), setup.inventor());
    SplittableRandom random = new SplittableRandom(seed);
    List<String> paragraphs = firstVersion(setup, words, random);
    List<Letter> versions = new ArrayList<>();
    for (int v = 1; v <= count; v++) {
      if (v > 1) {
        List<String> edited = new ArrayList<>();
        for (String paragraph : paragraphs) {
          edited.add(editor.edit(paragraph, editRate, random).text());
        }
        paragraphs = edited;
      }
      versions.add(letter(v, paragraphs));
    }
    return List.copyOf(versions);
  }

  /** Body paragraphs of background letters, whitespace made single spaces, up to {@code words}. */
  private static List<String> firstVersion(
      SyntheticCorpus.Setup setup, int words, SplittableRandom random) {
    List<String> paragraphs = new ArrayList<>();
    int total = 0;
    for (int n = 1; total < words; n++) {
      Letter letter = setup.composer().compose(n, random.split());
      List<Paragraph> body = letter.paragraphs();
      // Skip the salutation and the two closings: the body is what gets rewritten.
      for (int p = 1; p < body.size() - 2 && total < words; p++) {
        String text = String.join(" ", body.get(p).text().strip().split("\\s+"));
        paragraphs.add(text);
        total += text.split(" ").length;
      }
    }
    return paragraphs;
  }

  private static Letter letter(int version, List<String> paragraphs) {
    String name = String.format(Locale.ROOT, "version-%02d", version);
    LocalDate date = FIRST.plusYears(version - 1);
    TextLayout layout = new TextLayout();
    List<Paragraph> body = new ArrayList<>();
    for (String text : paragraphs) {
      body.add(new Paragraph(layout.block(text), text, false));
    }
    String text = layout.text();
    return new Letter(
        name + "#1",
        name + ".txt",
        1,
        LetterKind.LETTER,
        null,
        new LetterDate(date, LetterDate.Precision.DAY, LetterDate.Source.STATED, date.toString()),
        null,
        null,
        null,
        null,
        text,
        0,
        SourceMap.identity(text.length()),
        body,
        List.of(),
        Counts.NONE,
        null,
        Counts.NONE,
        new ClaimCheck(ClaimCheck.Status.NOT_CHECKABLE, "no count claimed"));
  }
}
