/**
 * Everything computed on letters read by the corpus module, one package a stage: {@code annotate}
 * (OpenNLP), {@code language} (terms, keyness, rhetoric, concordance), {@code reuse} (alignment
 * with java-diff-utils), {@code demand} (taxonomy and tagger), {@code signatory} (resolution into
 * entities), {@code coalition} (how the signatories change), and {@code sequence} (which earlier
 * letter each letter is compared with); {@code pattern} (the one pattern notation) and {@code text}
 * (the one text folding) serve them all. It takes a {@link org.refrain.corpus.Corpus} and word
 * lists through one {@link org.refrain.corpus.lexicon.Lexicon}, and knows nothing of rendering or
 * the command line; the Lucene index arrives with a later issue.
 */
package org.refrain.analysis;
