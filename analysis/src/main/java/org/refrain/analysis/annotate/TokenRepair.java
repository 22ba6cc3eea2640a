package org.refrain.analysis.annotate;

import java.util.ArrayList;
import java.util.List;
import org.refrain.corpus.Span;

/**
 * Repairs OpenNLP's token boundaries where the English model meets this genre's typography: a word
 * split at its hyphen ("non" + "-governmental", "Secretary" + "-" + "General") is joined again; two
 * words glued by a dash with no spaces ("humanity—entailing") are split around it; a possessive
 * ("Korea’s", "Korea's", which the model leaves whole) loses its "’s" to a token of its own. Spans
 * stay inside the text and in order. Whenever this class changes what it produces, bump {@code
 * OpenNlpAnnotator.FORMAT}.
 */
final class TokenRepair {

  private TokenRepair() {}

  static List<Span> repair(String text, opennlp.tools.util.Span[] raw) {
    List<Span> joined = new ArrayList<>();
    for (int i = 0; i < raw.length; i++) {
      Span span = Span.of(raw[i].getStart(), raw[i].getEnd());
      if (!joined.isEmpty() && hyphenJoin(text, joined.get(joined.size() - 1), span)) {
        Span previous = joined.remove(joined.size() - 1);
        span = Span.of(previous.start(), span.end());
      } else if (!joined.isEmpty()
          && i + 1 < raw.length
          && bareHyphenJoin(text, joined.get(joined.size() - 1), span, raw[i + 1])) {
        // "Secretary" "-" "General", "Jae" "-" "in": a hyphen standing alone between two words
        // that touch it is inside one word.
        Span previous = joined.remove(joined.size() - 1);
        span = Span.of(previous.start(), raw[++i].getEnd());
      }
      joined.add(span);
    }
    List<Span> out = new ArrayList<>();
    for (Span span : joined) {
      splitDashes(text, span, out);
    }
    return out;
  }

  /** Touching tokens that meet at a hyphen, with letters on both sides: one word. */
  private static boolean hyphenJoin(String text, Span left, Span right) {
    if (left.end() != right.start()) {
      return false;
    }
    String a = left.in(text);
    String b = right.in(text);
    boolean hyphen = a.endsWith("-") || b.startsWith("-");
    return hyphen && Token.hasLetterOrDigit(a) && hasLetter(b) && !a.equals("-") && !b.equals("-");
  }

  private static boolean bareHyphenJoin(
      String text, Span left, Span hyphen, opennlp.tools.util.Span right) {
    return hyphen.in(text).equals("-")
        && left.end() == hyphen.start()
        && hyphen.end() == right.getStart()
        && hasLetter(left.in(text))
        && hasLetter(text.substring(right.getStart(), right.getEnd()));
  }

  /** Splits "humanity—entailing" around the dash, then a trailing "’s" off the last part. */
  private static void splitDashes(String text, Span span, List<Span> out) {
    int start = span.start();
    for (int i = span.start() + 1; i < span.end() - 1; i++) {
      char c = text.charAt(i);
      if ((c == '\u2014' || c == '\u2013')
          && Character.isLetter(text.charAt(i - 1))
          && Character.isLetter(text.charAt(i + 1))) {
        splitPossessive(text, Span.of(start, i), out);
        out.add(Span.of(i, i + 1));
        start = i + 1;
      }
    }
    splitPossessive(text, Span.of(start, span.end()), out);
  }

  private static void splitPossessive(String text, Span span, List<Span> out) {
    int n = span.length();
    char apostrophe = n > 2 ? text.charAt(span.end() - 2) : ' ';
    if (n > 2
        && (apostrophe == '\u2019' || apostrophe == '\'')
        && (text.charAt(span.end() - 1) == 's' || text.charAt(span.end() - 1) == 'S')
        && Character.isLetter(text.charAt(span.end() - 3))) {
      out.add(Span.of(span.start(), span.end() - 2));
      out.add(Span.of(span.end() - 2, span.end()));
    } else {
      out.add(span);
    }
  }

  private static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
