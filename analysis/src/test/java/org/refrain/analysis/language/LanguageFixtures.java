package org.refrain.analysis.language;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.refrain.analysis.HandLetters;
import org.refrain.analysis.SampleLetters;
import org.refrain.analysis.annotate.AnnotatedLetter;
import org.refrain.analysis.annotate.OpenNlpAnnotator;
import org.refrain.corpus.Letter;
import org.refrain.corpus.Paragraph;

/**
 * Shared by the language tests: one annotator (its models load once and it is thread-safe), the
 * sample corpus read and annotated once, and letters built by hand with only the metadata a test
 * names.
 */
final class LanguageFixtures {

  /** The annotator every test shares. */
  static final OpenNlpAnnotator ANNOTATOR = OpenNlpAnnotator.shared();

  /** Ids of the sample corpus's letters, in corpus order. */
  static final String MOON_2020 = SampleLetters.MOON_2020;

  static final String PRESS_2020 = SampleLetters.PRESS_2020;
  static final String UNGA_2020 = SampleLetters.UNGA_2020;
  static final String EU_2020 = SampleLetters.EU_2020;
  static final String MOON_2022 = SampleLetters.MOON_2022;
  static final String REPS_2024 = SampleLetters.REPS_2024;

  private LanguageFixtures() {}

  /** The sample corpus annotated, in corpus order. */
  static List<AnnotatedLetter> sample() {
    return SampleLetters.annotated();
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
