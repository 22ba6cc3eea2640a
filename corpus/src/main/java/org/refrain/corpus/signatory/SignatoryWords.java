package org.refrain.corpus.signatory;

import org.refrain.corpus.lexicon.Lexicon;

/**
 * Read-only access to the signatory word lists for later stages: signatory resolution must strip
 * the same honorifics and post-nominals the list parser recognises, and treat the same words as
 * function words, so both read names alike. Words are looked up as {@link WordKey}s (case, accents
 * and full stops ignored). The lists are a {@link Lexicon}'s, the bundled ones unless a user
 * overrides them, so resolution reads the lists the parser read with.
 */
public final class SignatoryWords {

  private final SignatoryLexicon lexicon;

  private SignatoryWords(SignatoryLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The words of the bundled lists. */
  public static SignatoryWords standard() {
    return of(Lexicon.bundled());
  }

  /** The words of {@code lexicon}'s lists. */
  public static SignatoryWords of(Lexicon lexicon) {
    return new SignatoryWords(SignatoryLexicon.of(lexicon));
  }

  /** A word written before a person's name: "Lord", "Dr", "Prof.", "Baroness". */
  public boolean isHonorific(String word) {
    return SignatoryLexicon.has(lexicon.honorifics(), word);
  }

  /** A title written after a person's name: "Ph.D.", "OBE", "Lord". */
  public boolean isPostNominal(String word) {
    return SignatoryLexicon.has(lexicon.postNominals(), word);
  }

  /** A word no personal name contains, in the languages of the lists: "of", "für", "para". */
  public boolean isFunctionWord(String word) {
    return SignatoryLexicon.has(lexicon.functionWords(), word);
  }

  /** A word that marks an organisation's name: "Association", "Watch", "Rights". */
  public boolean isOrgKeyword(String word) {
    return SignatoryLexicon.has(lexicon.orgKeywords(), word);
  }

  /** A word of a person's role or title: "Former", "Director", "Professor". */
  public boolean isRoleWord(String word) {
    return SignatoryLexicon.has(lexicon.roleWords(), word);
  }

  /** A place word that is not a country: "Asia", "Korean", "Global". */
  public boolean isRegionWord(String word) {
    return SignatoryLexicon.has(lexicon.regionWords(), word);
  }
}
