package org.refrain.analysis.language;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.refrain.analysis.HandLetters;
import org.refrain.analysis.annotate.AnnotatedLetter;
import org.refrain.analysis.annotate.AnnotationCache;
import org.refrain.analysis.annotate.CorpusAnnotator;
import org.refrain.analysis.annotate.OpenNlpAnnotator;
import org.refrain.corpus.Corpus;
import org.refrain.corpus.CorpusReader;
import org.refrain.corpus.Letter;
import org.refrain.corpus.Paragraph;

/**
 * Shared by the language tests: one annotator (its models load once and it is thread-safe), the
 * sample corpus read and annotated once, and letters built by hand with only the metadata a test
 * names.
 */
final class LanguageFixtures {

  /** The annotator every test shares. */
  static final OpenNlpAnnotator ANNOTATOR = OpenNlpAnnotator.create();

  /** Ids of the sample corpus's letters, in corpus order. */
  static final String MOON_2020 = "2020-02-21_hrc43_letter-to-president-moon#1";

  static final String PRESS_2020 = "2020-03-03_press-release_coalition-urges-president-moon#1";
  static final String UNGA_2020 = "2020-10-14_unga75-and-eu_joint-letters#1";
  static final String EU_2020 = "2020-10-14_unga75-and-eu_joint-letters#2";
  static final String MOON_2022 = "2022-03-24_hrc49_letter-to-president-moon#1";
  static final String REPS_2024 = "2024-03-18_hrc55_letter-to-permanent-representatives#1";

  private LanguageFixtures() {}

  private static final class Sample {
    static final Corpus CORPUS = CorpusReader.create().readBundled();
    static final List<AnnotatedLetter> ANNOTATED =
        CorpusAnnotator.of(ANNOTATOR, AnnotationCache.none(), 2)
            .annotate(CORPUS.letters())
            .letters();
  }

  /** The sample corpus annotated, in corpus order. */
  static List<AnnotatedLetter> sample() {
    return Sample.ANNOTATED;
  }

  /** The annotated sample letter with this id. */
  static AnnotatedLetter sample(String id) {
    return sample().stream()
        .filter(a -> a.letter().id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no sample letter " + id));
  }

  /** The sample letter ids of {@code letters}, in order. */
  static List<String> ids(List<AnnotatedLetter> letters) {
    return letters.stream().map(a -> a.letter().id()).toList();
  }

  /** A hand-made letter with these body paragraphs and no metadata, annotated. */
  static AnnotatedLetter annotate(String id, String... paragraphs) {
    return ANNOTATOR.annotate(letter(id).paragraphs(paragraphs).build());
  }

  /** A builder of a hand-made letter. */
  static HandLetters.Builder letter(String id) {
    return HandLetters.letter(id);
  }

  /**
   * How often {@code regex} occurs in the body paragraphs of {@code letter}, case-insensitively:
   * the test's own count from the letter text, independent of the annotator (a grep of the body).
   */
  static int grep(Letter letter, String regex) {
    Pattern pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    int n = 0;
    for (Paragraph paragraph : letter.paragraphs()) {
      Matcher m = pattern.matcher(paragraph.text());
      while (m.find()) {
        n++;
      }
    }
    return n;
  }
}
