package org.refrain.analysis.signatory;

import java.util.Locale;

/** Why two spellings were judged one signatory, or the nearest rule when they were not. */
public enum MatchRule {
  /** The same words once case, accents, punctuation, "The", "&" and legal forms are folded. */
  SAME_NAME,
  /** The same letters with different spacing: "Han Voice" = "HanVoice". */
  SPACING,
  /** One name is the acronym given with the other: "CADAL" = "Centro ... (CADAL)". */
  ACRONYM,
  /** An acronym-only name described by the other's full name: "COMJAN (Investigation ...)". */
  DESCRIBED,
  /** Both give the same acronym, which neither name spells out: "SARAM". */
  SHARED_ACRONYM,
  /** An acronym-only name that spells out the other's initials, in the same country. */
  INITIALISM,
  /** One name extended by scope words: "No Chain" = "No Chain for North Korea". */
  EXTENSION,
  /** A small spelling slip: "Cristian Solidarity Worldwide". */
  TYPO,
  /** A person's name parts in another order or joined: "Lee Yang-Hee" = "Yanghee Lee". */
  NAME_ORDER,
  /** A Korean name in another romanisation: "Yi" = "Lee", "Myeong" = "Myung". */
  ROMANISATION,
  /** A peer's title form: "Lord Alton of Liverpool" = "David Alton". */
  PEER,
  /** A given name reduced to its initial or a short form: "D. Alton", "Greg" = "Gregory". */
  INITIAL,
  /** The same initials only ("ICC"): shown for review, never merged on its own. */
  SHARED_INITIALS,
  /** Said to be the same by the user's alias file. */
  USER_ALIAS,
  /** No rule applies; the score is plain string similarity, for review only. */
  NONE;

  /** Whether a match by this rule may merge; no rule and shared initials only suggest a review. */
  public boolean merges() {
    return this != NONE && this != SHARED_INITIALS;
  }

  /** The rule's name as shown in tables: lower case with hyphens ("same-name"). */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
