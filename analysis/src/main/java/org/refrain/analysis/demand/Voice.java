package org.refrain.analysis.demand;

/** Who makes a request in a sentence, as the {@link AskDetector} reads it. */
public enum Voice {
  /** The letter's authors: "We urge ...", "we are writing ... to call on ...". */
  WE("we"),
  /** Addressed to the reader, without a subject: "Urge China to ...", "Close all camps". */
  IMPERATIVE("imperative"),
  /** The letter's own ask without a request verb: "it is crucial that", "China should release". */
  IMPERSONAL("impersonal"),
  /** Someone else's request, reported: "the coalition urged", "the resolution calls for". */
  THIRD_PERSON("third-person");

  private final String label;

  Voice(String label) {
    this.label = label;
  }

  /** The name used in tables and JSON: "we", "imperative", "impersonal", "third-person". */
  public String label() {
    return label;
  }
}
