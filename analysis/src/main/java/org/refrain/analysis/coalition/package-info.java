/**
 * How a coalition changes from letter to letter. In: a {@link
 * org.refrain.analysis.signatory.SignatoryResolution}. Out: which entities signed each letter
 * ({@link org.refrain.analysis.coalition.Coalition}), who joined, left and stayed between a letter
 * and its predecessors with their Jaccard similarity ({@link
 * org.refrain.analysis.coalition.CoalitionChanges}), the core coalition of entities signing at
 * least k letters and its retention ({@link org.refrain.analysis.coalition.CoreCoalition}), and the
 * composition of each letter's list ({@link org.refrain.analysis.coalition.LetterComposition}).
 *
 * <p>Always: letters are in date order and only letters with a signatory list take part; every
 * figure is a count of entities, each traceable to its mentions. Who signed what is kept in long
 * form (each letter's entities, each entity's letters), linear in the mentions: an entity x letter
 * matrix is a view for small corpora, never the store.
 */
package org.refrain.analysis.coalition;
