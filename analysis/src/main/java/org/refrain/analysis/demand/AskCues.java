package org.refrain.analysis.demand;

import java.util.List;

/**
 * The words beside the request verbs ({@link RequestVerbs}) that make a sentence an ask, from the
 * taxonomy's {@code asks} section (see {@link AskDetector} for how each is used).
 *
 * @param obligations modals of obligation: "should", "must", "need to"
 * @param necessities evaluations that make the rest of the sentence a request: "be ... crucial
 *     that|for|to"
 * @param imperatives verbs that make a request when they open a clause, as written (base form:
 *     "Release", not "Released"), whatever part of speech the tagger gave them
 * @param listLeads words that make a paragraph introducing a list a list of recommendations
 *     ("recommendation")
 * @param notImperatives verbs that open a sentence without asking for anything ("thank")
 * @param endorsements our support for someone else's request, which makes it ours: "support for ...
 *     call", "echo ... appeal" (with "we" or "our" before, no relative pronoun inside)
 * @param endingNecessities evaluations that ask when they end the sentence: "The release of the
 *     report without further delay is essential."
 */
public record AskCues(
    List<TokenPattern> obligations,
    List<TokenPattern> necessities,
    List<TokenPattern> imperatives,
    List<TokenPattern> listLeads,
    List<TokenPattern> notImperatives,
    List<TokenPattern> endorsements,
    List<TokenPattern> endingNecessities) {

  public AskCues {
    obligations = List.copyOf(obligations);
    necessities = List.copyOf(necessities);
    imperatives = List.copyOf(imperatives);
    listLeads = List.copyOf(listLeads);
    notImperatives = List.copyOf(notImperatives);
    endorsements = List.copyOf(endorsements);
    endingNecessities = List.copyOf(endingNecessities);
  }
}
