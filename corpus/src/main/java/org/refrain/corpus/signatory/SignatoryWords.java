package org.refrain.corpus.signatory;

/**
 * Read-only access to the signatory word lists for later stages: signatory resolution must strip
 * the same honorifics and post-nominals the list parser recognises, and treat the same words as
 * function words, so both read names alike. Words are looked up as {@link WordKey}s (case, accents
 * and full stops ignored).
 */
public final class SignatoryWords {

  private SignatoryWords() {}

  /** A word written before a person's name: "Lord", "Dr", "Prof.", "Baroness". */
  public static boolean isHonorific(String word) {
    return SignatoryLexicon.has(SignatoryLexicon.standard().honorifics(), word);
  }

  /** A title written after a person's name: "Ph.D.", "OBE", "Lord". */
  public static boolean isPostNominal(String word) {
    return SignatoryLexicon.has(SignatoryLexicon.standard().postNominals(), word);
  }

  /** A word no personal name contains, in the languages of the lists: "of", "für", "para". */
  public static boolean isFunctionWord(String word) {
    return SignatoryLexicon.has(SignatoryLexicon.standard().functionWords(), word);
  }

  /** A word that marks an organisation's name: "Association", "Watch", "Rights". */
  public static boolean isOrgKeyword(String word) {
    return SignatoryLexicon.has(SignatoryLexicon.standard().orgKeywords(), word);
  }

  /** A word of a person's role or title: "Former", "Director", "Professor". */
  public static boolean isRoleWord(String word) {
    return SignatoryLexicon.has(SignatoryLexicon.standard().roleWords(), word);
  }

  /** A place word that is not a country: "Asia", "Korean", "Global". */
  public static boolean isRegionWord(String word) {
    return SignatoryLexicon.has(SignatoryLexicon.standard().regionWords(), word);
  }
}
