package org.refrain.reports.cli;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The run that owns a hidden directory beside a report: its process id and the second it started.
 * The owner is part of the directory's name ({@code pid-start}), given when the directory is made,
 * so there is no moment when a run's directory has no owner, and no file in a report generation
 * that is not part of the report. The start time tells the owner from a later process that got the
 * same id, as in a container where every run is process 1.
 *
 * @param pid the owner's process id
 * @param startSecond when it started, in seconds since the epoch, or 0 when the platform does not
 *     say (then the id alone decides)
 */
record OutputOwner(long pid, long startSecond) {

  /**
   * How far two readings of one process's start may be apart. Linux gives a start as the boot time
   * in whole seconds (from {@code /proc/stat}, which moves when the clock is stepped) plus ticks,
   * so two JVMs can read one process a second or so apart. Taking a dead run for a live one only
   * keeps its directory until a later run; the reverse would delete a running report, hence the
   * margin.
   */
  private static final long SAME_START_SECONDS = 60;

  private static final Pattern TEXT = Pattern.compile("(\\d{1,18})-(\\d{1,18})");

  /** This process. */
  static OutputOwner current() {
    ProcessHandle self = ProcessHandle.current();
    return new OutputOwner(self.pid(), startSecond(self).orElse(0L));
  }

  /** The owner written as {@code text} ({@code pid-start}), or empty when it is not one. */
  static Optional<OutputOwner> parse(String text) {
    Matcher m = TEXT.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(new OutputOwner(Long.parseLong(m.group(1)), Long.parseLong(m.group(2))));
  }

  /** True while the owning process runs; false once it is gone, even if its id was reused. */
  boolean alive() {
    Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
    if (process.isEmpty()) {
      return false;
    }
    Optional<Long> started = startSecond(process.get());
    return startSecond == 0
        || started.isEmpty()
        || Math.abs(started.get() - startSecond) <= SAME_START_SECONDS;
  }

  private static Optional<Long> startSecond(ProcessHandle process) {
    return process.info().startInstant().map(Instant::getEpochSecond);
  }

  /** {@code pid-start}, as it goes into a directory's name. */
  @Override
  public String toString() {
    return pid + "-" + startSecond;
  }
}
