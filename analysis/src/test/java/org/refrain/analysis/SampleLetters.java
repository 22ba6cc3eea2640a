package org.refrain.analysis;

import java.util.List;
import org.refrain.analysis.annotate.AnnotatedLetter;
import org.refrain.analysis.annotate.AnnotationCache;
import org.refrain.analysis.annotate.CorpusAnnotator;
import org.refrain.analysis.annotate.OpenNlpAnnotator;
import org.refrain.corpus.Corpus;
import org.refrain.corpus.CorpusReader;
import org.refrain.corpus.Letter;

/**
 * The sample corpus read and annotated once per test JVM, shared by every analysis test package,
 * with the ids of its letters.
 */
public final class SampleLetters {

  public static final String MOON_2020 = "2020-02-21_hrc43_letter-to-president-moon#1";
  public static final String PRESS_2020 =
      "2020-03-03_press-release_coalition-urges-president-moon#1";
  public static final String UNGA_2020 = "2020-10-14_unga75-and-eu_joint-letters#1";
  public static final String EU_2020 = "2020-10-14_unga75-and-eu_joint-letters#2";
  public static final String MOON_2022 = "2022-03-24_hrc49_letter-to-president-moon#1";
  public static final String REPS_2024 = "2024-03-18_hrc55_letter-to-permanent-representatives#1";

  private SampleLetters() {}

  private static final class Read {
    static final Corpus CORPUS = CorpusReader.create().readBundled();
  }

  private static final class Sample {
    static final List<AnnotatedLetter> ANNOTATED =
        CorpusAnnotator.of(OpenNlpAnnotator.shared(), AnnotationCache.none(), 2)
            .annotate(Read.CORPUS.letters())
            .letters();
  }

  /** The sample corpus's letters as read, not annotated, in corpus order. */
  public static List<Letter> letters() {
    return Read.CORPUS.letters();
  }

  /** The sample corpus annotated, in corpus order. */
  public static List<AnnotatedLetter> annotated() {
    return Sample.ANNOTATED;
  }

  /** The annotated sample letter with this id. */
  public static AnnotatedLetter annotated(String id) {
    return annotated().stream()
        .filter(a -> a.letter().id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no sample letter " + id));
  }
}
