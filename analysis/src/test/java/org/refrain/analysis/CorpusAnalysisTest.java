package org.refrain.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.refrain.analysis.annotate.AnnotatedLetter;
import org.refrain.analysis.annotate.Annotator;
import org.refrain.analysis.annotate.OpenNlpAnnotator;
import org.refrain.analysis.annotate.Token;
import org.refrain.analysis.language.LetterTerms;
import org.refrain.analysis.reuse.ReuseFamily;
import org.refrain.corpus.Corpus;
import org.refrain.corpus.Letter;

class CorpusAnalysisTest {

  /** Hears which stages start and how far annotation advanced. */
  private static final class Recorder implements StageListener {
    final List<String> started = Collections.synchronizedList(new ArrayList<>());
    final List<String> finished = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger advanced = new AtomicInteger();
    final List<Integer> totals = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void started(String stage, int total) {
      started.add(stage);
      totals.add(total);
    }

    @Override
    public void advanced(String stage) {
      advanced.incrementAndGet();
    }

    @Override
    public void finished(String stage, long nanos) {
      assertTrue(nanos >= 0);
      finished.add(stage);
    }
  }

  /** The shared OpenNLP annotator, counting the letters it annotates. */
  private static final class CountingAnnotator implements Annotator {
    final AtomicInteger letters = new AtomicInteger();

    @Override
    public AnnotatedLetter annotate(Letter letter) {
      letters.incrementAndGet();
      return OpenNlpAnnotator.shared().annotate(letter);
    }

    @Override
    public List<Token> tokens(String text) {
      return OpenNlpAnnotator.shared().tokens(text);
    }

    @Override
    public String version() {
      return OpenNlpAnnotator.shared().version();
    }
  }

  private final Corpus corpus = new Corpus(SampleLetters.letters(), List.of(), 5);

  private CorpusAnalysis analysis(Recorder recorder, Annotator annotator, int threads) {
    return CorpusAnalysis.of(
        corpus,
        AnalysisSettings.defaults()
            .withListener(recorder)
            .withAnnotator(annotator)
            .withThreads(threads));
  }

  @Test
  void eachStageIsComputedOnceWhicheverStageAsksForIt() {
    Recorder recorder = new Recorder();
    CountingAnnotator annotator = new CountingAnnotator();
    CorpusAnalysis analysis = analysis(recorder, annotator, 2);
    var reuse = analysis.reuse(); // asks for annotation and rhetoric
    var rhetoric = analysis.rhetoric();
    assertSame(reuse, analysis.reuse());
    assertSame(rhetoric, analysis.rhetoric());
    analysis.coverage();
    analysis.demands();
    analysis.terms(CorpusAnalysis.TERM_MAX_N);
    analysis.terms(CorpusAnalysis.TERM_MAX_N);
    assertEquals(corpus.letters().size(), annotator.letters.get());
    for (String stage :
        List.of("annotate", "rhetoric", "reuse", "similarity", "demands", "terms")) {
      assertEquals(1, Collections.frequency(recorder.started, stage), stage + " in " + recorder);
      assertEquals(1, Collections.frequency(recorder.finished, stage), stage);
    }
    assertEquals(corpus.letters().size(), recorder.advanced.get());
    int annotate = recorder.started.indexOf("annotate");
    assertEquals(corpus.letters().size(), recorder.totals.get(annotate));
  }

  @Test
  void aStageComputesOnlyWhatItNeeds() {
    Recorder recorder = new Recorder();
    CountingAnnotator annotator = new CountingAnnotator();
    CorpusAnalysis analysis = analysis(recorder, annotator, 2);
    analysis.coalitionChanges();
    assertEquals(0, annotator.letters.get(), "signatories never annotate");
    // Finished inner first: each stage asks for the one it stands on.
    assertEquals(List.of("signatories", "coalition", "coalition changes"), recorder.finished);
    assertFalse(analysis.signatories().entities().isEmpty());

    Recorder kwic = new Recorder();
    analysis(kwic, new CountingAnnotator(), 2).annotated();
    assertEquals(List.of("annotate"), kwic.started, "a concordance needs the annotation only");
  }

  @Test
  void stagesComputedTogetherGiveWhatTheyGiveOneByOne() {
    CorpusAnalysis together = analysis(new Recorder(), OpenNlpAnnotator.shared(), 2);
    together.computeTogether(
        List.of(
            together::reuse,
            together::demands,
            () -> together.terms(CorpusAnalysis.TERM_MAX_N),
            together::signatories));
    CorpusAnalysis alone = analysis(new Recorder(), OpenNlpAnnotator.shared(), 1);
    assertEquals(families(alone), families(together));
    assertEquals(alone.demands().tags().size(), together.demands().tags().size());
    assertTrue(alone.demands().tags().size() > 10, "the guard: demands were tagged");
    assertEquals(
        counts(alone.terms(CorpusAnalysis.TERM_MAX_N)),
        counts(together.terms(CorpusAnalysis.TERM_MAX_N)));
    assertEquals(alone.signatories().entities().size(), together.signatories().entities().size());
  }

  @Test
  void aForgottenStageIsComputedAgainAlikeAndTheOthersAreKept() {
    Recorder recorder = new Recorder();
    CorpusAnalysis analysis = analysis(recorder, OpenNlpAnnotator.shared(), 2);
    List<String> before = families(analysis);
    var demands = analysis.demands();
    analysis.forget(CorpusAnalysis.Results.REUSE);
    assertEquals(before, families(analysis));
    assertEquals(2, Collections.frequency(recorder.started, "reuse"));
    assertSame(demands, analysis.demands(), "demands were not forgotten");
    assertEquals(1, Collections.frequency(recorder.started, "annotate"));
  }

  @Test
  void aFailingStageIsRethrownAfterTheOthersEnd() {
    CorpusAnalysis analysis = analysis(new Recorder(), OpenNlpAnnotator.shared(), 2);
    AtomicInteger ran = new AtomicInteger();
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                analysis.computeTogether(
                    List.of(
                        () -> {
                          throw new IllegalStateException("boom");
                        },
                        ran::incrementAndGet)));
    assertEquals("boom", e.getMessage());
    assertEquals(1, ran.get());
  }

  private static List<String> families(CorpusAnalysis analysis) {
    List<String> out = new ArrayList<>();
    for (ReuseFamily family : analysis.reuse().families()) {
      out.add(family.id() + " " + family.letters() + " " + family.text());
    }
    assertFalse(out.isEmpty(), "the guard: families were found");
    return out;
  }

  private static List<Object> counts(List<LetterTerms> terms) {
    return terms.stream().map(t -> (Object) t.counts()).toList();
  }
}
