package org.refrain.corpus.clean;

/**
 * Normalises the characters text copied from web pages carries: line endings become {@code \n},
 * no-break and other typographic spaces become plain spaces, zero-width characters and soft hyphens
 * are removed, and white space at line ends is dropped. Control characters other than tab and line
 * breaks (C0, DEL, C1: a stray NUL, the escape that starts a terminal colour code) are removed too,
 * so they can neither end a letter nor reach a terminal; {@link #controls} counts them for a
 * warning. Quotes, dashes and letters are kept as written ("compare normalised, show original"
 * happens later, per token). Idempotent.
 */
public final class TextNormalizer {

  /** Normalises {@code raw}, recording for each output offset the raw offset it came from. */
  public CleanText normalize(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    int[] map = new int[raw.length() + 1];
    int n = 0;
    int i = 0;
    while (i < raw.length()) {
      char c = raw.charAt(i);
      if (c == '\r') {
        // CRLF and lone CR both become one LF
        n = trimLineEnd(out, n);
        map[n] = i;
        out.append('\n');
        n++;
        i += (i + 1 < raw.length() && raw.charAt(i + 1) == '\n') ? 2 : 1;
        continue;
      }
      if (c == '\n') {
        n = trimLineEnd(out, n);
        map[n] = i;
        out.append('\n');
        n++;
        i++;
        continue;
      }
      if (isDropped(c)) {
        i++;
        continue;
      }
      map[n] = i;
      out.append(isSpace(c) ? ' ' : c);
      n++;
      i++;
    }
    n = trimLineEnd(out, n);
    map[n] = raw.length();
    int[] offsets = new int[n + 1];
    System.arraycopy(map, 0, offsets, 0, n + 1);
    return new CleanText(out.toString(), offsets);
  }

  /** Removes spaces and tabs at the end of the current line; returns the new length. */
  private static int trimLineEnd(StringBuilder out, int n) {
    while (n > 0 && (out.charAt(n - 1) == ' ' || out.charAt(n - 1) == '\t')) {
      n--;
    }
    out.setLength(n);
    return n;
  }

  /**
   * How many control characters {@link #normalize} removes from {@code raw}: C0 except tab, line
   * feed, carriage return, vertical tab and form feed (those are breaks and spaces), DEL and C1.
   */
  public static int controls(String raw) {
    int n = 0;
    for (int i = 0; i < raw.length(); i++) {
      if (isControl(raw.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  /** A control character a reader does not see and a terminal may act on. */
  static boolean isControl(char c) {
    if (c < 0x20) {
      return c != '\t' && c != '\n' && c != '\r' && c != '\u000B' && c != '\f';
    }
    return c >= 0x7F && c <= 0x9F;
  }

  /**
   * Zero-width characters, byte-order marks and soft hyphens carry nothing a reader sees; control
   * characters are dropped with them.
   */
  static boolean isDropped(char c) {
    return isControl(c)
        || c == '\u200B'
        || c == '\u200C'
        || c == '\u200D'
        || c == '\u2060'
        || c == '\uFEFF'
        || c == '\u00AD';
  }

  /** No-break and typographic spaces; tabs are kept, since tables use them as cell separators. */
  static boolean isSpace(char c) {
    return c == '\u00A0'
        || c == '\u202F'
        || c == '\u3000'
        || c == '\u000B'
        || c == '\f'
        || (c >= '\u2000' && c <= '\u200A');
  }
}
