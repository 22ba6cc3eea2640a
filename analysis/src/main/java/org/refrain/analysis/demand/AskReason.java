package org.refrain.analysis.demand;

/** Why a sentence counts as an ask: the rule of {@link AskDetector} that made it one. */
public enum AskReason {
  /** A request verb "we" use: "We urge the Council to ...", "we further request ...". */
  DIRECTIVE("directive"),
  /** A clause that opens with a verb: "Close all political prison camps", "Urge states to ...". */
  IMPERATIVE("imperative"),
  /** An evaluation that makes the rest a request: "it is crucial that ...". */
  NECESSITY("necessity"),
  /** A modal of obligation before an action: "The government should release ...". */
  OBLIGATION("obligation"),
  /** An item of a list introduced by an ask: "we urge ... the following recommendations:". */
  LIST_ITEM("list item"),
  /** In a press release, a request it reports: "the coalition urged the government to ...". */
  REPORTED("reported ask");

  private final String label;

  AskReason(String label) {
    this.label = label;
  }

  /** The name used in tables and JSON. */
  public String label() {
    return label;
  }
}
