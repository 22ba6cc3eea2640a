/**
 * Splitting: a document's lines in, one {@link org.refrain.corpus.split.LetterLayout} per letter
 * out (header, preamble, body, signatory list, as line indices). Lines are classified by shape
 * (prose, short, chrome, separator); salutations start letters; a repeated letter is read once.
 * Across documents, {@link org.refrain.corpus.split.CopyMerger} reads the same letter found in
 * several files once, keeping every file as a source. Always: a layout's parts are disjoint, in
 * document order, and never include chrome or blank lines.
 */
package org.refrain.corpus.split;
