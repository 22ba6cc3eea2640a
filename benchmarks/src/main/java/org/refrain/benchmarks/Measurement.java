package org.refrain.benchmarks;

import java.util.Objects;

/**
 * One row of a throughput table.
 *
 * @param pass what was run
 * @param threads on how many threads
 * @param scope which text it ran over ("all", "first 1.00 MB")
 * @param bytes UTF-8 bytes of the text it ran over
 * @param tokens tokens it produced, or -1 when it produces none (a sentence detector)
 * @param seconds wall seconds
 * @param cpuSeconds CPU seconds of the process (NaN when unknown)
 * @param retainedBytes heap its output held after a full collection
 * @param note what else to know: units, counts, caveats
 */
record Measurement(
    String pass,
    int threads,
    String scope,
    long bytes,
    long tokens,
    double seconds,
    double cpuSeconds,
    long retainedBytes,
    String note) {

  Measurement {
    Objects.requireNonNull(pass, "pass");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(note, "note");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1: " + threads);
    }
  }

  static Measurement of(
      String pass,
      int threads,
      String scope,
      long bytes,
      long tokens,
      PassTimer.Timed<?> timed,
      String note) {
    return new Measurement(
        pass,
        threads,
        scope,
        bytes,
        tokens,
        timed.seconds(),
        timed.cpuSeconds(),
        timed.retainedBytes(),
        note);
  }

  double megabytes() {
    return bytes / 1e6;
  }

  double megabytesPerSecond() {
    return megabytes() / seconds;
  }

  double tokensPerSecond() {
    return tokens / seconds;
  }
}
