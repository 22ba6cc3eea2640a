package org.refrain.analysis.language;

import java.util.Locale;

/** What a rhetoric match counts: the kinds of words a rhetoric profile measures. */
public enum RhetoricCategory {
  /**
   * Request verbs used as verbs (urge, call on, request, recommend, ask, demand), as the ask
   * detector finds them in {@code request-verbs.tsv}.
   */
  DIRECTIVE,
  /** Modal verbs of obligation: must, should, need to. */
  MODAL,
  /** First-person plural: we, our, us. */
  WE,
  /** Hedges: may, might, reportedly, appear. */
  HEDGE,
  /** Named UN and international mechanisms: COI, OHCHR, Special Rapporteur, ICC. */
  MECHANISM,
  /** Named people: "President Moon Jae-in", signatories named in the text. */
  PERSON;

  /** Lower-case name, as in the lexicon file and in column names. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
