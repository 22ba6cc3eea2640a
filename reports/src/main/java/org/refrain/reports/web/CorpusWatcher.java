package org.refrain.reports.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * {@code serve --watch}: looks at what the corpus is made of every {@code every}; when it changed,
 * builds a new {@link WebCorpus} (the loader reads the corpus again and updates the index, only
 * changed letters indexed again) and puts it in place of the old one, whose index is closed a
 * minute later, when requests still on it are done. A failure to read is one line, and the old
 * corpus stays served.
 */
public final class CorpusWatcher implements AutoCloseable {

  private final Thread thread;

  private CorpusWatcher(Thread thread) {
    this.thread = thread;
  }

  /**
   * Starts watching.
   *
   * @param fingerprint a cheap look at the corpus's files (names, sizes, times of change)
   * @param loader reads and analyses the corpus and updates its index
   */
  public static CorpusWatcher start(
      WebApp app,
      Supplier<String> fingerprint,
      Supplier<WebCorpus> loader,
      Duration every,
      PrintWriter log) {
    Objects.requireNonNull(app, "app");
    String first = fingerprint.get();
    Thread thread =
        new Thread(
            () -> {
              String seen = first;
              while (!Thread.currentThread().isInterrupted()) {
                try {
                  Thread.sleep(every.toMillis());
                  String now = fingerprint.get();
                  if (now.equals(seen)) {
                    continue;
                  }
                  seen = now;
                  log.println("refrain: the corpus changed; reading it again");
                  log.flush();
                  WebCorpus old = app.web();
                  app.replace(loader.get());
                  log.println("refrain: serving " + app.web().letters().size() + " letters");
                  log.flush();
                  closeLater(old);
                } catch (InterruptedException e) {
                  return;
                } catch (RuntimeException e) {
                  log.println("refrain: could not read the corpus again: " + e.getMessage());
                  log.flush();
                }
              }
            },
            "refrain-watch");
    thread.setDaemon(true);
    thread.start();
    return new CorpusWatcher(thread);
  }

  /** Closes a replaced corpus's index once requests still on it are done. */
  private static void closeLater(WebCorpus old) {
    Thread t =
        new Thread(
            () -> {
              try {
                Thread.sleep(60_000);
                old.index().close();
              } catch (InterruptedException | IOException e) {
                // the process is ending, or the index is already closed
              }
            },
            "refrain-close-old-index");
    t.setDaemon(true);
    t.start();
  }

  @Override
  public void close() {
    thread.interrupt();
  }
}
