package org.refrain.benchmarks.synthetic;

/** How large a synthetic corpus should be: a number of letters, or megabytes of paragraph text. */
public sealed interface Target {

  /** True once a corpus of {@code letters} letters and {@code paragraphBytes} bytes is enough. */
  boolean reached(int letters, long paragraphBytes);

  /** Exactly {@code count} letters. */
  static Target letters(int count) {
    return new Letters(count);
  }

  /**
   * Letters until their paragraph text reaches {@code megabytes} MB of UTF-8 (1 MB = 1,000,000
   * bytes), the unit benchmarks report throughput in.
   */
  static Target megabytes(double megabytes) {
    return new Megabytes(megabytes);
  }

  /**
   * A fixed number of letters.
   *
   * @param count how many letters, at least 1
   */
  record Letters(int count) implements Target {

    public Letters {
      if (count < 1) {
        throw new IllegalArgumentException("count must be >= 1: " + count);
      }
    }

    @Override
    public boolean reached(int letters, long paragraphBytes) {
      return letters >= count;
    }
  }

  /**
   * A size of paragraph text: the last letter may overshoot it by up to one letter.
   *
   * @param megabytes how many MB (1,000,000 bytes of UTF-8), more than 0
   */
  record Megabytes(double megabytes) implements Target {

    public Megabytes {
      if (!(megabytes > 0) || Double.isInfinite(megabytes)) {
        throw new IllegalArgumentException("megabytes must be > 0: " + megabytes);
      }
    }

    /** The size in bytes. */
    public long bytes() {
      return Math.round(megabytes * 1_000_000);
    }

    @Override
    public boolean reached(int letters, long paragraphBytes) {
      return paragraphBytes >= bytes();
    }
  }
}
