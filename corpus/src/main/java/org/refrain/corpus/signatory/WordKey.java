package org.refrain.corpus.signatory;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form in which words and phrases are looked up in the signatory word lists and the country
 * gazetteer: lower case ({@link Locale#ROOT}), accents and full stops dropped, curly apostrophes
 * straightened, white space collapsed. So "U.S.A." finds "USA", "Côte d’Ivoire" finds "Cote
 * d'Ivoire" and "Ph.D." finds "phd".
 */
final class WordKey {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private WordKey() {}

  static String of(String text) {
    // ASCII has no accents to drop (decomposing it changes nothing), and most words are ASCII.
    String s =
        isAscii(text)
            ? text
            : MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    s =
        s.replace('\u2019', '\'')
            .replace('\u2018', '\'')
            .replace('`', '\'')
            .replace('\u00B4', '\'');
    s = s.replace(".", "").toLowerCase(Locale.ROOT);
    return FieldText.squeeze(s);
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
