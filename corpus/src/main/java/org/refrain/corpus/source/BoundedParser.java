package org.refrain.corpus.source;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;

/**
 * Runs one file's parse in a worker thread and gives up after a time limit, so one hostile PDF,
 * Word, OpenDocument, RTF or email file costs its own time only and the other files are still read.
 * The worker is interrupted on timeout; the PDF extractor checks for that between lines and pages,
 * and a parse that ignores it runs on in a daemon thread that never delays the exit.
 */
final class BoundedParser {

  private static final ExecutorService WORKERS =
      Executors.newCachedThreadPool(
          task -> {
            Thread t = new Thread(task, "refrain-document-parser");
            t.setDaemon(true);
            return t;
          });

  private final Duration limit;

  BoundedParser(Duration limit) {
    if (limit.isNegative() || limit.isZero()) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
    this.limit = limit;
  }

  /** The parse's result, or why there is none. */
  ExtractedText run(Callable<ExtractedText> parse) throws UnreadableDocumentException {
    Future<ExtractedText> future = WORKERS.submit(parse);
    try {
      return future.get(limit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      String took = limit.toSeconds() >= 1 ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
      throw new UnreadableDocumentException("took longer than " + took + " to parse; skipped");
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new UnreadableDocumentException("reading was interrupted");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof UnreadableDocumentException u) {
        throw u;
      }
      if (cause instanceof OutOfMemoryError) {
        throw new UnreadableDocumentException("needs more memory than Refrain has to parse it");
      }
      if (cause instanceof StackOverflowError) {
        throw new UnreadableDocumentException("is nested too deeply to parse");
      }
      throw new UnreadableDocumentException(
          "could not be parsed (" + UnreadableDocumentException.oneLine(cause) + ")");
    }
  }
}
