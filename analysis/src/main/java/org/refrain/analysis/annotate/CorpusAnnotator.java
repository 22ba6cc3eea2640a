package org.refrain.analysis.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import org.refrain.corpus.Letter;

/**
 * Annotates the letters of a corpus on a pool of threads, reading and filling an {@link
 * AnnotationCache}. Each letter is annotated on its own, so the result is the same whatever the
 * number of threads or their timing.
 */
public final class CorpusAnnotator {

  private final Annotator annotator;
  private final AnnotationCache cache;
  private final int threads;

  private CorpusAnnotator(Annotator annotator, AnnotationCache cache, int threads) {
    this.annotator = Objects.requireNonNull(annotator, "annotator");
    this.cache = Objects.requireNonNull(cache, "cache");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1: " + threads);
    }
    this.threads = threads;
  }

  /**
   * @param annotator what annotates a letter
   * @param cache where annotations are kept between runs ({@link AnnotationCache#none()} for none)
   * @param threads how many letters to annotate at once
   */
  public static CorpusAnnotator of(Annotator annotator, AnnotationCache cache, int threads) {
    return new CorpusAnnotator(annotator, cache, threads);
  }

  /** The default number of threads: the processors available, at most 8. */
  public static int defaultThreads() {
    return Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));
  }

  /** The letters annotated, in the order given. */
  public AnnotatedCorpus annotate(List<Letter> letters) {
    return annotate(letters, () -> {});
  }

  /**
   * The letters annotated, in the order given; {@code eachDone} runs once per letter as it is done
   * (from the thread that did it), for a progress display.
   */
  public AnnotatedCorpus annotate(List<Letter> letters, Runnable eachDone) {
    AtomicInteger fromCache = new AtomicInteger();
    List<AnnotatedLetter> annotated;
    if (threads == 1 || letters.size() < 2) {
      annotated = new ArrayList<>(letters.size());
      for (Letter letter : letters) {
        annotated.add(one(letter, fromCache));
        eachDone.run();
      }
    } else {
      // No more threads than letters: a pool of 100,000 threads would not even start.
      ForkJoinPool pool = new ForkJoinPool(Math.min(threads, letters.size()));
      try {
        annotated =
            pool.submit(
                    () ->
                        letters.parallelStream()
                            .map(l -> done(one(l, fromCache), eachDone))
                            .toList())
                .get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while annotating", e);
      } catch (ExecutionException e) {
        throw rethrow(e.getCause());
      } finally {
        pool.shutdown();
      }
    }
    Optional<String> problem = cache.problem();
    return new AnnotatedCorpus(annotated, fromCache.get(), problem.stream().toList());
  }

  private static AnnotatedLetter done(AnnotatedLetter letter, Runnable eachDone) {
    eachDone.run();
    return letter;
  }

  private AnnotatedLetter one(Letter letter, AtomicInteger fromCache) {
    Optional<AnnotatedLetter> cached = cache.get(annotator, letter);
    if (cached.isPresent()) {
      fromCache.incrementAndGet();
      return cached.get();
    }
    AnnotatedLetter annotated = annotator.annotate(letter);
    cache.put(annotator, annotated);
    return annotated;
  }

  private static RuntimeException rethrow(Throwable cause) {
    if (cause instanceof RuntimeException runtime) {
      return runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new IllegalStateException(cause);
  }
}
