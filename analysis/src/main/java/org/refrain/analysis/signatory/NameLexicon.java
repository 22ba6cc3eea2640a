package org.refrain.analysis.signatory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.refrain.corpus.lexicon.Lexicon;
import org.refrain.corpus.signatory.SignatoryWords;

/**
 * The word lists signatory resolution reads, through a {@link Lexicon} (bundled, or a user's files
 * of the same names): the words that may extend an organisation's name ({@code name-scope.tsv}),
 * legal forms dropped from its end ({@code legal-forms.txt}), romanisations of Korean family names
 * ({@code romanisation.tsv}), British spellings ({@code spelling.tsv}), and the signatory word
 * lists the corpus parser read with. Read once per lexicon; immutable.
 *
 * @param scope role of each extension word: SCOPE, LINK, PLACE or TYPE
 * @param legalForms folded legal-form words ("inc", "ev")
 * @param romanisation each family-name spelling to its canonical spelling ("yi" to "lee")
 * @param vowels vowel spellings of Korean given names read alike ("eo" as "u"), in order
 * @param spelling British spellings to the American form compared ("centre" to "center")
 * @param words the signatory word lists: honorifics, function words, organisation keywords ...
 */
record NameLexicon(
    Map<String, Role> scope,
    Set<String> legalForms,
    Map<String, String> romanisation,
    List<String[]> vowels,
    Map<String, String> spelling,
    SignatoryWords words) {

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
    Objects.requireNonNull(words, "words");
  }

  static NameLexicon standard() {
    return of(Lexicon.bundled());
  }

  /** The lists of {@code lexicon}, read once per lexicon. */
  static NameLexicon of(Lexicon lexicon) {
    return lexicon.once(NameLexicon.class, () -> read(lexicon));
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

  private static NameLexicon read(Lexicon lexicon) {
    Map<String, Role> scope = new HashMap<>();
    lexicon.each(
        NameLexicon.class,
        "name-scope.tsv",
        e -> {
          List<String> fields = e.fields(2, "word, role");
          return scope.put(fields.get(0), role(fields.get(1)));
        });
    Set<String> legal = new HashSet<>(lexicon.lines(NameLexicon.class, "legal-forms.txt"));
    Map<String, String> roman = new HashMap<>();
    List<String[]> vowels = new ArrayList<>();
    lexicon.each(
        NameLexicon.class,
        "romanisation.tsv",
        e -> {
          List<String> fields = e.fields(2, "spelling, variants");
          if (fields.get(0).startsWith("~")) {
            return vowels.add(new String[] {fields.get(0).substring(1), fields.get(1)});
          }
          for (String variant : fields.get(1).split("\\|")) {
            roman.put(variant.strip(), fields.get(0));
          }
          return true;
        });
    Map<String, String> spelling = new HashMap<>();
    lexicon.each(
        NameLexicon.class,
        "spelling.tsv",
        e -> {
          List<String> fields = e.fields(2, "british, american");
          return spelling.put(fields.get(0), fields.get(1));
        });
    return new NameLexicon(scope, legal, roman, vowels, spelling, SignatoryWords.of(lexicon));
  }

  private static Role role(String name) {
    for (Role role : Role.values()) {
      if (role.name().equals(name)) {
        return role;
      }
    }
    throw new IllegalArgumentException("'" + name + "' is not a role (SCOPE, LINK, PLACE or TYPE)");
  }
}
