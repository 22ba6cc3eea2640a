package org.refrain.analysis.signatory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.refrain.analysis.ResourceLines;

/**
 * The word lists signatory resolution reads, from this package's resources: the words that may
 * extend an organisation's name ({@code name-scope.tsv}), legal forms dropped from its end ({@code
 * legal-forms.txt}) and romanisations of Korean family names ({@code romanisation.tsv}). Read once;
 * immutable.
 *
 * @param scope role of each extension word: SCOPE, LINK, PLACE or TYPE
 * @param legalForms folded legal-form words ("inc", "ev")
 * @param romanisation each family-name spelling to its canonical spelling ("yi" to "lee")
 * @param vowels vowel spellings of Korean given names read alike ("eo" as "u"), in order
 * @param spelling British spellings to the American form compared ("centre" to "center")
 */
record NameLexicon(
    Map<String, Role> scope,
    Set<String> legalForms,
    Map<String, String> romanisation,
    List<String[]> vowels,
    Map<String, String> spelling) {

  /** What an extension word does in a name's tail. */
  enum Role {
    /** Widens the name: "International", "Global". */
    SCOPE,
    /** Joins a place to the name: "for", "in". */
    LINK,
    /** The place itself: "North", "Korea", "NK". */
    PLACE,
    /** The kind of body, droppable alone: "Foundation", "Association". */
    TYPE
  }

  NameLexicon {
    scope = Map.copyOf(scope);
    legalForms = Set.copyOf(legalForms);
    romanisation = Map.copyOf(romanisation);
    vowels = List.copyOf(vowels);
    spelling = Map.copyOf(spelling);
  }

  static NameLexicon standard() {
    return Standard.INSTANCE;
  }

  /** The canonical romanisation of a folded name part, or the part itself. */
  String romanised(String part) {
    return romanisation.getOrDefault(part, part);
  }

  /** Whether a folded name part is a Korean family name in any listed romanisation. */
  boolean isKoreanFamilyName(String part) {
    return romanisation.containsKey(part) || romanisation.containsValue(part);
  }

  /** A Korean given-name part with its vowel spellings read alike ("myeong" as "myung"). */
  String givenNameVowels(String part) {
    String out = part;
    for (String[] rule : vowels) {
      out = out.replace(rule[0], rule[1]);
    }
    return out;
  }

  /** The form of an organisation's word compared: "centre" as "center". */
  String spelled(String word) {
    return spelling.getOrDefault(word, word);
  }

  private static final class Standard {
    static final NameLexicon INSTANCE = read();

    private static NameLexicon read() {
      Map<String, Role> scope = new HashMap<>();
      for (String line : ResourceLines.of(NameLexicon.class, "name-scope.tsv")) {
        String[] parts = line.split("\t");
        scope.put(parts[0], Role.valueOf(parts[1].strip()));
      }
      Set<String> legal = new HashSet<>(ResourceLines.of(NameLexicon.class, "legal-forms.txt"));
      Map<String, String> roman = new HashMap<>();
      List<String[]> vowels = new ArrayList<>();
      for (String line : ResourceLines.of(NameLexicon.class, "romanisation.tsv")) {
        String[] parts = line.split("\t");
        if (parts[0].startsWith("~")) {
          vowels.add(new String[] {parts[0].substring(1), parts[1].strip()});
          continue;
        }
        for (String variant : parts[1].split("\\|")) {
          roman.put(variant.strip(), parts[0]);
        }
      }
      Map<String, String> spelling = new HashMap<>();
      for (String line : ResourceLines.of(NameLexicon.class, "spelling.tsv")) {
        String[] parts = line.split("\t");
        spelling.put(parts[0], parts[1].strip());
      }
      return new NameLexicon(scope, legal, roman, vowels, spelling);
    }
  }
}
