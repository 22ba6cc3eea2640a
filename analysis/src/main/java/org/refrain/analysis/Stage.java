package org.refrain.analysis;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * One stage of an analysis, computed on first use and kept: the result of a supplier, timed and
 * announced to a {@link StageListener}. Thread-safe: a second caller waits for the first, so a
 * stage is never computed twice, whichever threads ask for it.
 */
final class Stage<T> implements Supplier<T> {

  private final String name;
  private final StageListener listener;
  private final int total;
  private final Supplier<T> compute;
  private T value;

  /**
   * @param total the units of work the stage announces (letters), 0 when it does not count them
   */
  Stage(String name, StageListener listener, int total, Supplier<T> compute) {
    this.name = Objects.requireNonNull(name, "name");
    this.total = total;
    this.listener = Objects.requireNonNull(listener, "listener");
    this.compute = Objects.requireNonNull(compute, "compute");
  }

  String name() {
    return name;
  }

  /** Lets go of the value: the next {@link #get} computes it again. */
  synchronized void forget() {
    value = null;
  }

  @Override
  public synchronized T get() {
    if (value == null) {
      long start = System.nanoTime();
      listener.started(name, total);
      value = Objects.requireNonNull(compute.get(), name);
      listener.finished(name, System.nanoTime() - start);
    }
    return value;
  }
}
