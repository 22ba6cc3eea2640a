package org.refrain.analysis.reuse;

import java.util.Locale;

/** What kind of wording a family carries forward: formula or substance. */
public enum ReuseLabel {
  /** Formulaic wording: salutations, openers, closings, background repeated across most letters. */
  BOILERPLATE,
  /** Demands and arguments carried forward. */
  SUBSTANTIVE;

  /** The label as written in reports: "boilerplate" or "substantive". */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
