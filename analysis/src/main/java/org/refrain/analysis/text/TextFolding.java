package org.refrain.analysis.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * The one folding under which words are compared: typographic apostrophes, quotes and dashes made
 * ASCII, letters made ASCII ("Tomás" = "Tomas", "Søren" = "Soren", "Łódź" = "Lodz", "Đorđe" =
 * "Dorde", "Straße" = "Strasse"), case folded with {@link Locale#ROOT}. Each step is its own
 * method, so a user folds only what it must; every step leaves plain ASCII as it is, without a
 * copy.
 *
 * <p>Letters are folded by Lucene's {@link ASCIIFoldingFilter} table, which is maintained and,
 * unlike decomposing (NFD) and dropping the accents, also folds letters that do not decompose (ø,
 * ł, đ, ß, æ). What it leaves outside Latin (Greek "ά", Cyrillic "й") loses its combining marks
 * after it. The punctuation steps use the same table's apostrophes, quotes and dashes ({@code
 * TextFoldingTest} checks that they agree), plus four it leaves alone that letters use alike: the
 * acute accent and the modifier letter apostrophe typed for an apostrophe ("Côte d´Ivoire"), and
 * the horizontal bar and the minus sign typed for a dash.
 */
public final class TextFolding {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private TextFolding() {}

  /** Every fold: letters and punctuation to ASCII, then lower case. */
  public static String fold(String s) {
    return lowerCase(letters(s));
  }

  /** {@code s} in lower case ({@link Locale#ROOT}), whatever the platform's locale. */
  public static String lowerCase(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /**
   * Letters and punctuation to ASCII by Lucene's table; case is kept. Text that was not ASCII may
   * change length ("ß" is "ss"), so spans into the original never index the folded form.
   */
  public static String letters(String s) {
    if (isAscii(s)) {
      return s;
    }
    char[] in = s.toCharArray();
    // Lucene's bound: one character folds to at most four ("⑽" is "(10)").
    char[] out = new char[in.length * 4];
    int length = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
    String folded = punctuation(new String(out, 0, length));
    if (isAscii(folded)) {
      return folded;
    }
    String decomposed = Normalizer.normalize(folded, Normalizer.Form.NFD);
    // Composed again: Hangul decomposes into jamo, which are not marks.
    return Normalizer.normalize(MARKS.matcher(decomposed).replaceAll(""), Normalizer.Form.NFC);
  }

  /** Apostrophes, quotes and dashes to {@code '}, {@code "} and {@code -}; nothing else changes. */
  public static String punctuation(String s) {
    return replace(s, true);
  }

  /** Apostrophes alone to {@code '} ("Korea’s" is "Korea's"); quotes and dashes stay. */
  public static String apostrophes(String s) {
    return replace(s, false);
  }

  private static String replace(String s, boolean quotesAndDashes) {
    char[] chars = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        continue;
      }
      char folded = punctuation(c);
      if (folded != c && (quotesAndDashes || folded == '\'')) {
        if (chars == null) {
          chars = s.toCharArray();
        }
        chars[i] = folded;
      }
    }
    return chars == null ? s : new String(chars);
  }

  /** True for a typographic apostrophe or single quote ("’", "‘", "′"), not for "'" itself. */
  public static boolean isApostrophe(char c) {
    return c >= 0x80 && punctuation(c) == '\'';
  }

  /** True for a typographic dash or hyphen ("–", "—", "‑"), not for "-" itself. */
  public static boolean isDash(char c) {
    return c >= 0x80 && punctuation(c) == '-';
  }

  /** The ASCII form of an apostrophe, quote or dash; any other character as it is. */
  static char punctuation(char c) {
    return switch (c) {
      case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u2035', '\u2039', '\u203A' -> '\'';
      case '\u275B', '\u275C', '\uFF07' -> '\'';
      case '\u00B4', '\u02BC' -> '\''; // not in Lucene's table: typed for an apostrophe
      case '\u00AB', '\u00BB', '\u201C', '\u201D', '\u201E', '\u2033', '\u2036' -> '"';
      case '\u275D', '\u275E', '\u276E', '\u276F', '\uFF02' -> '"';
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u207B', '\u208B', '\uFF0D' -> '-';
      case '\u2015', '\u2212' -> '-'; // not in Lucene's table: typed for a dash
      default -> c;
    };
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
