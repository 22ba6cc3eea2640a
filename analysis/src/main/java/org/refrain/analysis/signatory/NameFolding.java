package org.refrain.analysis.signatory;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.refrain.analysis.text.TextFolding;

/**
 * The folded form names are compared in: {@link TextFolding#fold} (letters made ASCII, "Tomás" =
 * "Tomas", "Søren" = "Soren"; lower case), apostrophes and full stops dropped ("Citizens’" =
 * "Citizens", "e.V." = "eV"), "&" and "+" read as "and", every other mark a word break
 * ("HHK_Catacombs" = "HHK Catacombs", "Concern-Eritrea" = "Concern Eritrea").
 */
final class NameFolding {

  /** After folding every apostrophe is "'"; a backtick is typed for one too. */
  private static final Pattern DROPPED = Pattern.compile("['`.]");

  private static final Pattern BREAK = Pattern.compile("[^\\p{L}\\p{N}]+");

  private NameFolding() {}

  /** {@code text} folded, words separated by single spaces. */
  static String fold(String text) {
    String s = DROPPED.matcher(TextFolding.fold(text)).replaceAll("");
    s = s.replace("&", " and ").replace("+", " and ");
    return BREAK.matcher(s).replaceAll(" ").strip();
  }

  /** The folded words of {@code text}; empty for text without letters or digits. */
  static List<String> words(String text) {
    String folded = fold(text);
    return folded.isEmpty() ? List.of() : List.of(folded.split(" "));
  }

  /** A name's words joined without spaces: "Han Voice" and "HanVoice" both give "hanvoice". */
  static String compact(List<String> words) {
    return String.join("", words);
  }

  /** {@code parts} sorted: a person's name parts as a bag, whatever their order. */
  static List<String> sorted(List<String> parts) {
    List<String> copy = new ArrayList<>(parts);
    copy.sort(null);
    return List.copyOf(copy);
  }

  /** The first letters of {@code words}, joined. */
  static String initials(List<String> words) {
    StringBuilder initials = new StringBuilder(words.size());
    for (String word : words) {
      initials.append(word.charAt(0));
    }
    return initials.toString();
  }

  /** {@code words} without the words {@code drop} rejects, in order. */
  static List<String> without(List<String> words, Predicate<String> drop) {
    List<String> kept = new ArrayList<>(words.size());
    for (String word : words) {
      if (!drop.test(word)) {
        kept.add(word);
      }
    }
    return kept;
  }
}
