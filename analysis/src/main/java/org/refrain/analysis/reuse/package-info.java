/**
 * Reused passages. In: annotated letters as {@link org.refrain.analysis.reuse.ReuseText}s. Out:
 * {@link org.refrain.analysis.reuse.ReuseFamily families} of copies found by shingle seeds and
 * alignment (never by comparing every pair of letters), their variant views, and {@link
 * org.refrain.analysis.reuse.ReuseCoverage how much of each letter lies in passages shared with
 * another}.
 *
 * <p>Always: a copy's word range and span lie inside its letter, and a family has copies in two
 * letters or more. Nothing is kept per pair of letters: similarity is each letter's top-k most
 * similar letters, worked out one letter at a time (its cost is the sum, over the families a letter
 * is in, of their letters); a letter-by-letter matrix is built pair by pair, by a caller, for small
 * corpora only.
 */
package org.refrain.analysis.reuse;
