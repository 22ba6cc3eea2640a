package org.refrain.corpus.source;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites an RTF file before the JDK's RTF reader sees it, for what that reader gets wrong on
 * files Word writes. (1) A hex escape {@code \'93} is read as Latin-1, so windows-1252 curly quotes
 * and dashes became control characters: every escape above 0x7F is decoded with the document's code
 * page ({@code \ansicpgN}, windows-1252 without one) and written as a Unicode escape. (2) After a
 * Unicode escape with a hex fallback ("&#92;u8221\'94 and") the reader also swallows the space that
 * follows: the fallback is dropped here and the escape written as "{&#92;uc0&#92;u8221}". (3) Table
 * cells and rows ({@code \cell}, {@code \row}) are ignored, gluing the cells of a signatory table
 * together: they become a tab and a paragraph end. Binary data ({@code \binN}, a picture's bytes)
 * is dropped: the reader would take its bytes for text and its braces for groups. Code pages set
 * per font ({@code \fcharset}) are not followed.
 */
final class RtfRewriter {

  /**
   * The deepest nesting of groups read: Word's files nest a few dozen deep, and the JDK's reader
   * copies its state for every open group, so a file of braces alone would fill the heap.
   */
  static final int MAX_DEPTH = 1_000;

  private static final Pattern CODE_PAGE = Pattern.compile("\\\\ansicpg(\\d{3,5})");

  private final Charset codePage;

  /** False for the Asian code pages, where two escapes make one character: left to the reader. */
  private final boolean singleByte;

  private final String rtf;
  private final StringBuilder out;
  private final Deque<Integer> skips = new ArrayDeque<>();
  private int skip = 1;
  private int i;

  private RtfRewriter(String rtf) {
    this.rtf = rtf;
    this.out = new StringBuilder(rtf.length() + rtf.length() / 8);
    this.codePage = codePage(rtf);
    this.singleByte = codePage.newEncoder().maxBytesPerChar() <= 1;
  }

  /** {@code rtf} (its bytes read as Latin-1, one char a byte) rewritten as above. */
  static String rewrite(String rtf) throws UnreadableDocumentException {
    return new RtfRewriter(rtf).run();
  }

  private String run() throws UnreadableDocumentException {
    while (i < rtf.length()) {
      char c = rtf.charAt(i);
      if (c == '{') {
        if (skips.size() >= MAX_DEPTH) {
          throw new UnreadableDocumentException(
              "nests groups more than " + MAX_DEPTH + " deep; not read (a limit)");
        }
        skips.push(skip);
        out.append(c);
        i++;
      } else if (c == '}') {
        skip = skips.isEmpty() ? 1 : skips.pop();
        out.append(c);
        i++;
      } else if (c == '\\') {
        controlSymbol();
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** A backslash and what follows it. */
  private void controlSymbol() {
    if (i + 1 >= rtf.length()) {
      out.append(rtf.charAt(i++));
      return;
    }
    char next = rtf.charAt(i + 1);
    if (next == '\'') {
      int code = hex(i + 2);
      if (code >= 0x80 && singleByte) {
        unicode(new String(new byte[] {(byte) code}, codePage).charAt(0));
        i += 4;
        return;
      }
    }
    if (!isLetter(next)) {
      out.append(rtf, i, i + 2); // an escaped brace or backslash, or a control symbol
      i += 2;
      return;
    }
    int end = i + 1;
    while (end < rtf.length() && isLetter(rtf.charAt(end))) {
      end++;
    }
    String word = rtf.substring(i + 1, end);
    int numberEnd = end;
    if (numberEnd < rtf.length() && rtf.charAt(numberEnd) == '-') {
      numberEnd++;
    }
    while (numberEnd < rtf.length()
        && Character.isDigit(rtf.charAt(numberEnd))
        && numberEnd - end < 10) {
      numberEnd++;
    }
    String number = rtf.substring(end, numberEnd);
    int after =
        numberEnd < rtf.length() && rtf.charAt(numberEnd) == ' ' ? numberEnd + 1 : numberEnd;
    if (word.equals("u") && number.matches("-?\\d+")) {
      long n = Long.parseLong(number);
      i = after;
      unicode((char) (n < 0 ? n + 65536 : n));
      skipFallback();
    } else if (word.equals("uc") && number.matches("\\d+")) {
      skip = (int) Math.min(Long.parseLong(number), 16);
      out.append(rtf, i, after);
      i = after;
    } else if (word.equals("bin") && number.matches("\\d+")) {
      // Binary data (a picture) is no text and may hold braces, which the JDK's reader would
      // take for groups: dropped with its control word.
      i = after + (int) Math.min(Long.parseLong(number), rtf.length() - (long) after);
    } else if (word.equals("cell") && number.isEmpty()) {
      out.append("\\tab ");
      i = after;
    } else if (word.equals("row") && number.isEmpty()) {
      out.append("\\par ");
      i = after;
    } else {
      out.append(rtf, i, after);
      i = after;
    }
  }

  /** Skips the &#92;ucN characters standing in for a Unicode escape in older readers. */
  private void skipFallback() {
    for (int k = 0; k < skip && i < rtf.length(); k++) {
      char c = rtf.charAt(i);
      if (c == '{' || c == '}') {
        return;
      }
      if (c == '\\') {
        if (i + 1 < rtf.length() && rtf.charAt(i + 1) == '\'' && hex(i + 2) >= 0) {
          i += 4;
        } else {
          return; // a control word as a fallback: rare; left for the reader
        }
      } else {
        i++;
      }
    }
  }

  private void unicode(char c) {
    out.append("{\\uc0\\u").append((int) c).append('}');
  }

  /** The byte of a two-digit hex escape at {@code at}, or -1. */
  private int hex(int at) {
    if (at + 2 > rtf.length()) {
      return -1;
    }
    int hi = Character.digit(rtf.charAt(at), 16);
    int lo = Character.digit(rtf.charAt(at + 1), 16);
    return hi < 0 || lo < 0 ? -1 : hi * 16 + lo;
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static Charset codePage(String rtf) {
    Matcher m = CODE_PAGE.matcher(rtf.substring(0, Math.min(rtf.length(), 4096)));
    if (m.find()) {
      for (String name :
          new String[] {"windows-" + m.group(1), "x-windows-" + m.group(1), "cp" + m.group(1)}) {
        try {
          if (Charset.isSupported(name)) {
            return Charset.forName(name);
          }
        } catch (IllegalArgumentException e) {
          // not a charset name this JDK knows: try the next spelling
        }
      }
    }
    return Charset.isSupported("windows-1252")
        ? Charset.forName("windows-1252")
        : StandardCharsets.ISO_8859_1;
  }
}
