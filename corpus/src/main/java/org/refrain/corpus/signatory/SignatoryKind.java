package org.refrain.corpus.signatory;

import java.util.Locale;

/** Whether a signatory mention names an organisation or a person. */
public enum SignatoryKind {
  ORGANIZATION,
  PERSON;

  /** The lower-case label used in JSON and tables. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
