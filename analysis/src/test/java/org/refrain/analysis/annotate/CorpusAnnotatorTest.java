package org.refrain.analysis.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.refrain.corpus.Letter;

/** Annotating a corpus on several threads: order, equality with one thread, argument checks. */
class CorpusAnnotatorTest {

  /** Annotates nothing, slowly for the first letters, and notes the threads it ran on. */
  private static final class SlowFirstAnnotator extends AnnotateFixtures.DelegatingAnnotator {
    final Set<String> threads = ConcurrentHashMap.newKeySet();
    private final List<Letter> order;

    SlowFirstAnnotator(List<Letter> order) {
      this.order = order;
    }

    @Override
    public AnnotatedLetter annotate(Letter letter) {
      threads.add(Thread.currentThread().getName());
      int position = order.indexOf(letter);
      LockSupport.parkNanos((order.size() - position) * 5_000_000L);
      return new AnnotatedLetter(letter, List.of());
    }

    @Override
    public String version() {
      return "slow-first";
    }
  }

  private static List<Letter> handBuilt(int n) {
    List<Letter> letters = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      letters.add(AnnotateFixtures.letter("hand-" + i, List.of("Letter number " + i + ".")));
    }
    return letters;
  }

  @Test
  void resultsComeInInputOrderWhateverTheFinishingOrder() {
    List<Letter> letters = handBuilt(16);
    SlowFirstAnnotator slow = new SlowFirstAnnotator(letters);
    AnnotatedCorpus result = CorpusAnnotator.of(slow, AnnotationCache.none(), 4).annotate(letters);
    assertEquals(letters.size(), result.letters().size());
    for (int i = 0; i < letters.size(); i++) {
      assertSame(letters.get(i), result.letters().get(i).letter(), "position " + i);
    }
    assertTrue(slow.threads.size() > 1, "ran on one thread only: " + slow.threads);
  }

  @Test
  void bundledLettersInReverseOrderComeBackReversed() {
    List<Letter> reversed = new ArrayList<>(AnnotateFixtures.bundled());
    Collections.reverse(reversed);
    AnnotatedCorpus result =
        CorpusAnnotator.of(AnnotateFixtures.ANNOTATOR, AnnotationCache.none(), 3)
            .annotate(reversed);
    assertEquals(reversed, result.letters().stream().map(AnnotatedLetter::letter).toList());
    List<AnnotatedLetter> expected = new ArrayList<>(AnnotateFixtures.annotatedBundled());
    Collections.reverse(expected);
    assertEquals(expected, result.letters());
  }

  @Test
  void oneThreadAndTwoThreadsGiveEqualAnnotations() {
    List<Letter> letters = AnnotateFixtures.bundled();
    AnnotatedCorpus one =
        CorpusAnnotator.of(AnnotateFixtures.ANNOTATOR, AnnotationCache.none(), 1).annotate(letters);
    // A fresh annotator, so its lemma memo is filled by two threads at once.
    AnnotatedCorpus two =
        CorpusAnnotator.of(OpenNlpAnnotator.create(), AnnotationCache.none(), 2).annotate(letters);
    assertEquals(one.letters(), two.letters());
    assertEquals(0, one.fromCache());
    assertEquals(0, two.fromCache());
    assertEquals(List.of(), two.warnings());
  }

  @Test
  void threadsBelowOneAreRejected() {
    for (int threads : new int[] {0, -1, Integer.MIN_VALUE}) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  CorpusAnnotator.of(AnnotateFixtures.ANNOTATOR, AnnotationCache.none(), threads));
      assertTrue(e.getMessage().contains("threads"), e.getMessage());
    }
  }

  @Test
  void defaultThreadsIsBetweenOneAndEight() {
    int threads = CorpusAnnotator.defaultThreads();
    assertTrue(threads >= 1 && threads <= 8, "threads " + threads);
  }

  @Test
  void anEmptyCorpusGivesAnEmptyResult() {
    AnnotatedCorpus result =
        CorpusAnnotator.of(AnnotateFixtures.ANNOTATOR, AnnotationCache.none(), 4)
            .annotate(List.of());
    assertEquals(List.of(), result.letters());
    assertEquals(0, result.fromCache());
  }

  @Test
  void anAnnotatorFailureReachesTheCallerUnwrapped() {
    List<Letter> letters = handBuilt(6);
    Annotator failing =
        new AnnotateFixtures.DelegatingAnnotator() {
          @Override
          public AnnotatedLetter annotate(Letter letter) {
            if (letter == letters.get(3)) {
              throw new IllegalStateException("boom on " + letter.id());
            }
            return new AnnotatedLetter(letter, List.of());
          }

          @Override
          public String version() {
            return "failing";
          }
        };
    for (int threads : new int[] {1, 3}) {
      IllegalStateException e =
          assertThrows(
              IllegalStateException.class,
              () -> CorpusAnnotator.of(failing, AnnotationCache.none(), threads).annotate(letters));
      assertTrue(e.getMessage().contains("boom on hand-3#1"), threads + ": " + e.getMessage());
    }
  }
}
