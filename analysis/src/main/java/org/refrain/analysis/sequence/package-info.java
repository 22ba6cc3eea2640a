/**
 * Letters as a sequence in time. In: letters in date order. Out: for each letter, the one earlier
 * letter it is compared with in each {@link org.refrain.analysis.sequence.ChangeScope}: the letter
 * before it, the latest earlier letter to the same addressee, the latest earlier letter to the same
 * UN body. Demand changes and coalition changes both read these pairs.
 *
 * <p>Always: the earlier index of a pair is below the later one; each letter has at most one
 * predecessor per scope, so the pairs grow with the number of letters, never its square.
 */
package org.refrain.analysis.sequence;
