package org.refrain.corpus.source;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins a wrapped line to the text before it, undoing hyphenation: a word hyphenated at a line end
 * is joined when the next line starts in lower case, the hyphen dropped when the document spells
 * the word without it elsewhere and kept otherwise ("non-\nrefoulement" gives "non-refoulement"); a
 * soft hyphen is always dropped; before a capital the hyphen is kept without a space ("Jong-Un").
 */
final class PdfHyphenation {

  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’-]*");
  private static final Pattern HEAD = Pattern.compile("(\\p{L}+)-$");
  private static final Pattern TAIL = Pattern.compile("^(\\p{L}+)");

  private final Set<String> words;

  private PdfHyphenation(Set<String> words) {
    this.words = words;
  }

  /** A rule knowing the words of {@code lines}, the document's spelling. */
  static PdfHyphenation of(List<PdfLine> lines) {
    Set<String> words = new HashSet<>();
    for (PdfLine l : lines) {
      Matcher m = WORD.matcher(l.text());
      while (m.find()) {
        words.add(m.group().toLowerCase(Locale.ROOT));
      }
    }
    return new PdfHyphenation(words);
  }

  /**
   * Writes to {@code out}, which ends with the line {@code prev}, what goes between it and the line
   * {@code next} that continues it: a space, nothing, or nothing in place of the hyphen.
   */
  void join(StringBuilder out, String prev, String next) {
    char last = prev.charAt(prev.length() - 1);
    boolean hyphen = last == '-' || last == '\u00ad';
    boolean afterLetter = prev.length() >= 2 && Character.isLetter(prev.charAt(prev.length() - 2));
    if (!hyphen || !afterLetter) {
      out.append(' ');
      return;
    }
    if (!Character.isLowerCase(next.codePointAt(0))) {
      return; // "Jong-" + "Un": a compound across the line end, hyphen kept, no space
    }
    if (last == '\u00ad' || spelledWhole(prev, next)) {
      out.setLength(out.length() - 1);
    }
  }

  /** Whether the word split at the line end appears elsewhere in the document unhyphenated. */
  private boolean spelledWhole(String prev, String next) {
    Matcher head = HEAD.matcher(prev);
    Matcher tail = TAIL.matcher(next);
    if (!head.find() || !tail.find()) {
      return false;
    }
    return words.contains((head.group(1) + tail.group(1)).toLowerCase(Locale.ROOT));
  }
}
