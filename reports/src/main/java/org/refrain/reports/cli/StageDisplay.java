package org.refrain.reports.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.refrain.analysis.StageListener;

/**
 * What a run shows of its stages on stderr: a progress line (stage, letters done of total, time
 * elapsed), repainted in place while a run lasts longer than a second, only when stderr is a
 * terminal and {@code --quiet} is not given; and, when the environment sets {@code
 * REFRAIN_TIMINGS=1}, one line per finished stage, {@code refrain: timing: STAGE SECONDS}, for
 * benchmarks. Thread-safe: stages run at once report from their own threads.
 */
final class StageDisplay implements StageListener, AutoCloseable {

  /** A run shorter than this shows no progress at all. */
  private static final long QUIET_NANOS = 1_000_000_000L;

  private static final long REPAINT_MILLIS = 250;

  private final PrintWriter err;
  private final boolean progress;
  private final boolean timings;
  private final long start = System.nanoTime();
  private final Map<String, Running> running = new ConcurrentSkipListMap<>();
  private Thread painter;
  private boolean painted;

  private record Running(int total, AtomicInteger done, long start) {}

  StageDisplay(PrintWriter err, boolean progress, boolean timings) {
    this.err = err;
    this.progress = progress;
    this.timings = timings;
  }

  /** A display that shows nothing. */
  static StageDisplay silent(PrintWriter err) {
    return new StageDisplay(err, false, false);
  }

  @Override
  public void started(String stage, int total) {
    running.put(stage, new Running(total, new AtomicInteger(), System.nanoTime()));
    if (progress) {
      startPainter();
    }
  }

  @Override
  public void advanced(String stage) {
    Running r = running.get(stage);
    if (r != null) {
      r.done().incrementAndGet();
    }
  }

  @Override
  public void finished(String stage, long nanos) {
    running.remove(stage);
    if (timings) {
      synchronized (this) {
        clearLine();
        err.println(String.format(Locale.ROOT, "refrain: timing: %s %.3f", stage, nanos / 1e9));
        err.flush();
      }
    }
  }

  @Override
  public void warned(String stage, String message) {
    synchronized (this) {
      clearLine();
      err.println("refrain: warning: " + message);
      err.flush();
    }
  }

  /** Times {@code work} as a stage of its own (reading, writing). */
  <T> T stage(String stage, java.util.function.Supplier<T> work) {
    long t0 = System.nanoTime();
    started(stage, 0);
    try {
      return work.get();
    } finally {
      finished(stage, System.nanoTime() - t0);
    }
  }

  /** Stops repainting and clears the progress line; the display can still print timings. */
  @Override
  public void close() {
    Thread thread;
    synchronized (this) {
      thread = painter;
      painter = null;
    }
    if (thread != null) {
      thread.interrupt();
      try {
        thread.join(1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    synchronized (this) {
      clearLine();
      err.flush();
    }
  }

  private synchronized void startPainter() {
    if (painter != null) {
      return;
    }
    painter = new Thread(this::paintLoop, "refrain-progress");
    painter.setDaemon(true);
    painter.start();
  }

  private void paintLoop() {
    try {
      while (!Thread.currentThread().isInterrupted()) {
        Thread.sleep(REPAINT_MILLIS);
        if (System.nanoTime() - start >= QUIET_NANOS) {
          synchronized (this) {
            if (painter != Thread.currentThread()) {
              return;
            }
            if (running.isEmpty()) {
              // Between stages a command prints its output: no line may stand in its way.
              clearLine();
            } else {
              err.print("\r\u001b[K" + line(System.nanoTime()));
              painted = true;
            }
            err.flush();
          }
        }
      }
    } catch (InterruptedException e) {
      // closed
    }
  }

  /** The progress line: every running stage, with its count where it has one, and the time. */
  String line(long now) {
    StringBuilder line = new StringBuilder("refrain:");
    running.forEach(
        (stage, r) -> {
          line.append(' ').append(stage);
          if (r.total() > 0) {
            line.append(String.format(Locale.ROOT, " %,d/%,d letters", r.done().get(), r.total()));
          }
          line.append(',');
        });
    line.setLength(line.length() - (running.isEmpty() ? 0 : 1));
    return line.append(" · ").append(elapsed(now - start)).toString();
  }

  static String elapsed(long nanos) {
    long seconds = nanos / 1_000_000_000L;
    return String.format(Locale.ROOT, "%d:%02d elapsed", seconds / 60, seconds % 60);
  }

  private void clearLine() {
    if (painted) {
      err.print("\r\u001b[K");
      painted = false;
    }
  }
}
