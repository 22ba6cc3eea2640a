package org.refrain.corpus.signatory;

/**
 * Cuts an entry at the first place where a name can end and its description begin: ", ", " / ", a
 * final parenthesis that is neither a country nor an acronym ("Kim Jeong-sam (elder brother of
 * ...)"), or a capital glued to the name that starts a role word ("Sonja BiserkoFormer ...", "David
 * Alton, LordIndependent ..."). Whether the result is a person is decided elsewhere.
 */
final class PersonSplitter {

  /** A glued description is sought only after a name of at most this many words. */
  private static final int MAX_NAME_WORDS = 6;

  private final SignatoryLexicon lexicon;
  private final NameClassifier names;
  private final CountryGazetteer gazetteer;

  PersonSplitter(SignatoryLexicon lexicon, NameClassifier names, CountryGazetteer gazetteer) {
    this.lexicon = lexicon;
    this.names = names;
    this.gazetteer = gazetteer;
  }

  PersonSplit split(String text) {
    String t = FieldText.squeeze(text);
    int cut = -1;
    int restStart = -1;
    int comma = t.indexOf(", ");
    if (comma > 0) {
      cut = comma;
      restStart = comma + 2;
    }
    int slash = t.indexOf(" / ");
    if (slash > 0 && (cut < 0 || slash < cut)) {
      cut = slash;
      restStart = slash + 3;
    }
    int open = Brackets.openingOfFinal(t);
    boolean paren = false;
    if (open > 0 && t.charAt(open - 1) == ' ' && (cut < 0 || open < cut)) {
      String inner = t.substring(open + 1, t.length() - 1);
      if (!inner.isBlank() && !names.isAcronym(inner) && !gazetteer.isCountry(inner)) {
        cut = open;
        restStart = open + 1;
        paren = true;
      }
    }
    int glued = gluedDescription(t);
    if (glued > 0 && (cut < 0 || glued < cut)) {
      cut = glued;
      restStart = glued;
      paren = false;
    }
    if (cut < 0) {
      return new PersonSplit(t, null, null);
    }
    String name = t.substring(0, cut).strip();
    String rest = (paren ? t.substring(restStart, t.length() - 1) : t.substring(restStart)).strip();
    int post = postNominalLength(rest);
    String postNominal = post > 0 ? rest.substring(0, post) : null;
    String description = stripLeadingSeparators(rest.substring(Math.max(post, 0)));
    return new PersonSplit(name, postNominal, description.isEmpty() ? null : description);
  }

  /** Where a role word glued to a short name starts ("BiserkoFormer" -> the F), or -1. */
  private int gluedDescription(String t) {
    for (int i = 1; i < t.length(); i++) {
      char p = t.charAt(i - 1);
      if (!Character.isUpperCase(t.charAt(i)) || !(Character.isLowerCase(p) || p == '.')) {
        continue;
      }
      int end = i;
      while (end < t.length() && Character.isLetter(t.charAt(end))) {
        end++;
      }
      String word = t.substring(i, end);
      if (SignatoryLexicon.has(lexicon.roleWords(), word)
          && t.substring(0, i).split(" ").length <= MAX_NAME_WORDS) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The length of a post-nominal title at the start of {@code rest}, or 0. The title may be glued
   * to what follows ("Ph.D.Former", "LordIndependent"), so every word boundary is tried and the
   * longest title wins.
   */
  private int postNominalLength(String rest) {
    int best = 0;
    for (int k = 1; k <= rest.length(); k++) {
      boolean boundary =
          k == rest.length()
              || Character.isWhitespace(rest.charAt(k))
              || rest.charAt(k) == ','
              || rest.charAt(k) == '/'
              || (Character.isUpperCase(rest.charAt(k))
                  && (Character.isLowerCase(rest.charAt(k - 1)) || rest.charAt(k - 1) == '.'));
      if (boundary && SignatoryLexicon.has(lexicon.postNominals(), rest.substring(0, k))) {
        best = k;
      }
      if (k < rest.length() && (Character.isWhitespace(rest.charAt(k)) || rest.charAt(k) == ',')) {
        break;
      }
    }
    return best;
  }

  private static String stripLeadingSeparators(String s) {
    int i = 0;
    while (i < s.length()
        && (Character.isWhitespace(s.charAt(i)) || ",/;:".indexOf(s.charAt(i)) >= 0)) {
      i++;
    }
    return s.substring(i).strip();
  }
}
