package org.refrain.corpus;

/**
 * A half-open character range {@code [start, end)} into a text: every token, line, paragraph and
 * signatory mention carries one so a result can always be traced back to the words behind it.
 */
public record Span(int start, int end) implements Comparable<Span> {

  public Span {
    if (start < 0) {
      throw new IllegalArgumentException("start must be >= 0: " + start);
    }
    if (end < start) {
      throw new IllegalArgumentException("end must be >= start: " + start + ".." + end);
    }
  }

  public static Span of(int start, int end) {
    return new Span(start, end);
  }

  public int length() {
    return end - start;
  }

  /** The same range moved by {@code delta} characters, as when a span is re-based onto a parent. */
  public Span shift(int delta) {
    return new Span(start + delta, end + delta);
  }

  /** The characters this span covers in {@code text}. */
  public String in(CharSequence text) {
    if (end > text.length()) {
      throw new IllegalArgumentException("span " + this + " exceeds text length " + text.length());
    }
    return text.subSequence(start, end).toString();
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }

  @Override
  public String toString() {
    return start + ".." + end;
  }
}
