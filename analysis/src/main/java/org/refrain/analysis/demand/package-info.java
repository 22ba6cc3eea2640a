/**
 * Demand tagging: which recurring demands each letter makes, and whether it asks for them or only
 * mentions them. A {@link org.refrain.analysis.demand.Taxonomy} (YAML, bundled or the user's) names
 * the demands and their patterns; the {@link org.refrain.analysis.demand.DemandTagger} matches them
 * sentence by sentence against lemmas, and the {@link org.refrain.analysis.demand.AskDetector} says
 * which sentences request action. {@link org.refrain.analysis.demand.DemandChanges} and {@link
 * org.refrain.analysis.demand.DemandTimeline} compare letters over time.
 *
 * <p>Always: every tag has at least one evidence sentence; every evidence span and match span is
 * inside the letter text, and each match inside its sentence; only body sentences are read, never
 * the preamble or the signatory list; the same letters in any order give the same result.
 */
package org.refrain.analysis.demand;
