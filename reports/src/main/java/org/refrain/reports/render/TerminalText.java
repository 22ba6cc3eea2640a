package org.refrain.reports.render;

/**
 * Makes letter text safe to print on a terminal: every control character a terminal could act on
 * (C0 but tab and line feed, DEL, C1; an escape would start a colour or cursor code) becomes
 * U+FFFD, so a letter can never recolour, move or retitle the terminal showing it. The reader
 * already removes such characters; this guards every text renderer whatever its input.
 */
public final class TerminalText {

  /** What a control character is shown as. */
  public static final char REPLACEMENT = '\uFFFD';

  private TerminalText() {}

  /** {@code text} with each control character but tab and line feed replaced by U+FFFD. */
  public static String visible(String text) {
    int i = 0;
    while (i < text.length() && !isControl(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    out.append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(isControl(c) ? REPLACEMENT : c);
    }
    return out.toString();
  }

  static boolean isControl(char c) {
    return (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F);
  }
}
