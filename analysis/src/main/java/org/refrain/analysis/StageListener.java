package org.refrain.analysis;

/**
 * Hears how the stages of a {@link CorpusAnalysis} advance: for a progress display and for timings.
 * Called from whichever thread runs the stage, so implementations must be thread-safe; a listener
 * must not throw.
 */
public interface StageListener {

  /** A listener that ignores everything. */
  StageListener NONE = new StageListener() {};

  /** {@code stage} started; {@code total} units of work (letters), or 0 when not counted. */
  default void started(String stage, int total) {}

  /** One more unit of {@code stage} is done. */
  default void advanced(String stage) {}

  /** {@code stage} met a problem it worked around (a cache it could not write, say). */
  default void warned(String stage, String message) {}

  /** {@code stage} finished after {@code nanos} of wall time. */
  default void finished(String stage, long nanos) {}
}
