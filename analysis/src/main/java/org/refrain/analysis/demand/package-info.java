/**
 * Demand tagging and the one ask detector. A {@link org.refrain.analysis.demand.Taxonomy} (YAML,
 * bundled or the user's) names the demands and their patterns; the {@link
 * org.refrain.analysis.demand.DemandTagger} matches them sentence by sentence against lemmas. The
 * {@link org.refrain.analysis.demand.AskDetector} says which sentences request action and who makes
 * each request ({@link org.refrain.analysis.demand.Voice}), for demands (ask or mention), the
 * rhetoric profile's directives and the reuse labels alike: a sentence asks when "we" use a request
 * verb of {@code request-verbs.tsv}, when a clause opens with a request verb or another verb before
 * its object, by a necessity ("it is crucial that") or an obligation ("should release"), as an item
 * of a list an ask introduces, and, in a press release only, when it reports a request in the third
 * person. {@link org.refrain.analysis.demand.DemandChanges} and {@link
 * org.refrain.analysis.demand.DemandTimeline} compare letters over time.
 *
 * <p>Always: every tag has at least one evidence sentence; every evidence span and match span is
 * inside the letter text, and each match inside its sentence; only body sentences are read, never
 * the preamble or the signatory list; the same letters in any order give the same result; a
 * directive of the rhetoric profile is a request of the ask detector, with the same voice.
 */
package org.refrain.analysis.demand;
