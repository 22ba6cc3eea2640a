package org.refrain.reports.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve --watch}: a changed corpus is read again and served; a failure keeps the old. */
class CorpusWatcherTest {

  @TempDir Path one;
  @TempDir Path two;

  @Test
  void aChangedCorpusIsServedInPlaceOfTheOld() throws Exception {
    try (ServedCorpus sample = ServedCorpus.bundled(one);
        ServedCorpus other = ServedCorpus.ofResources(two, ServedCorpus.HOSTILE)) {
      WebApp app = sample.app();
      WebCorpus first = app.web();
      AtomicReference<String> fingerprint = new AtomicReference<>("a");
      AtomicReference<Boolean> fail = new AtomicReference<>(false);
      StringWriter log = new StringWriter();
      try (CorpusWatcher watcher =
          CorpusWatcher.start(
              app,
              fingerprint::get,
              () -> {
                if (fail.get()) {
                  throw new IllegalStateException("no letters could be read");
                }
                return other.web();
              },
              Duration.ofMillis(50),
              new PrintWriter(log, true))) {
        fail.set(true);
        fingerprint.set("b");
        waitFor(() -> log.toString().contains("could not read the corpus again"), log);
        assertSame(first, app.web(), "a failed read keeps the corpus served");
        fail.set(false);
        fingerprint.set("c");
        waitFor(() -> app.web() != first, log);
        assertSame(other.web(), app.web());
        // Pages rendered for the old corpus are not served for the new one.
        assertEquals(0, app.pageCounts()[0] + app.pageCounts()[1]);
        assertEquals(other.web().letters().size(), app.web().letters().size());
        // The line is written just after the corpus is replaced, on the watcher's thread.
        waitFor(() -> log.toString().contains("refrain: serving 1 letters"), log);
      }
    }
  }

  private static void waitFor(BooleanSupplier condition, StringWriter log)
      throws InterruptedException {
    long end = System.nanoTime() + 20_000_000_000L;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("not within 20 s; the watcher wrote: " + log);
      }
      Thread.sleep(20);
    }
  }
}
