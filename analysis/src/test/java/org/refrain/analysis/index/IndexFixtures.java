package org.refrain.analysis.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.refrain.analysis.AnalysisSettings;
import org.refrain.analysis.CorpusAnalysis;
import org.refrain.analysis.HandLetters;
import org.refrain.analysis.SampleLetters;
import org.refrain.analysis.demand.Strength;
import org.refrain.corpus.Corpus;
import org.refrain.corpus.Letter;

/** Indexes for the tests: hand-made letters, and the sample corpus analysed once. */
final class IndexFixtures {

  private IndexFixtures() {}

  /** The sample corpus analysed (annotation, demands, reuse), once per test run. */
  static final class Sample {
    static final CorpusAnalysis ANALYSIS =
        CorpusAnalysis.of(
            new Corpus(SampleLetters.letters(), List.of(), 5),
            AnalysisSettings.defaults().withThreads(2));
    static final List<IndexedLetter> LETTERS = IndexedLetter.of(ANALYSIS);
  }

  /** Builds the sample corpus's index at {@code dir}. */
  static void sample(Path dir) throws IOException {
    CorpusIndex.update(dir, Sample.LETTERS, "sample");
  }

  /** A hand-made letter with {@code paragraphs}, dated, to an addressee. */
  static Letter letter(String id, String date, String addressee, String... paragraphs) {
    return HandLetters.letter(id)
        .date(date)
        .addressee(addressee)
        .paragraphs(paragraphs)
        .org("Human Rights Watch", "HRW", "United States")
        .org("Citizens' Alliance for North Korean Human Rights", "NKHR", "South Korea")
        .build();
  }

  /** The letter as indexed, with no demands and no families. */
  static IndexedLetter plain(Letter letter) {
    return new IndexedLetter(letter, Map.of(), Map.of(), Map.of());
  }

  /** The letter as indexed, asking for {@code demand} with {@code wording}. */
  static IndexedLetter asking(Letter letter, String demand, String wording) {
    return new IndexedLetter(
        letter, Map.of(demand, Strength.ASK), Map.of(demand, wording), Map.of());
  }
}
