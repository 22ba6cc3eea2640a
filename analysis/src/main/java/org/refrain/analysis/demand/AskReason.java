package org.refrain.analysis.demand;

/** Why a sentence counts as an ask: the rule of {@link AskDetector} that made it one. */
public enum AskReason {
  /** A request verb "we" use: "We urge the Council to ...", "we further request ...". */
  DIRECTIVE("directive", Voice.WE),
  /** A clause that opens with a verb: "Close all political prison camps", "Urge states to ...". */
  IMPERATIVE("imperative", Voice.IMPERATIVE),
  /** An evaluation that makes the rest a request: "it is crucial that ...". */
  NECESSITY("necessity", Voice.IMPERSONAL),
  /** A modal of obligation before an action: "The government should release ...". */
  OBLIGATION("obligation", Voice.IMPERSONAL),
  /** An item of a list introduced by an ask: "we urge ... the following recommendations:". */
  LIST_ITEM("list item", Voice.IMPERSONAL),
  /** In a press release, a request it reports: "the coalition urged the government to ...". */
  REPORTED("reported ask", Voice.THIRD_PERSON),
  /**
   * The letter's own request in the third person: an operative clause with its subject left out
   * ("Calls upon the government to ..."), the signatories named as subject ("The undersigned
   * organisations urge ..."), or a request made to the reader ("The coalition appeals to you to").
   */
  THIRD_PERSON_REQUEST("third-person request", Voice.THIRD_PERSON),
  /** Our support for someone else's request: "our strongest support for the ... call for". */
  ENDORSEMENT("endorsement", Voice.WE);

  private final String label;
  private final Voice voice;

  AskReason(String label, Voice voice) {
    this.label = label;
    this.voice = voice;
  }

  /** Who asks under this rule, unless the cue says otherwise (a list item takes its lead's). */
  public Voice voice() {
    return voice;
  }

  /** The name used in tables and JSON. */
  public String label() {
    return label;
  }
}
