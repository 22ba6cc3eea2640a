/**
 * Everything computed on letters read by the corpus module. The entry point is {@link
 * org.refrain.analysis.CorpusAnalysis}: a corpus and one {@link
 * org.refrain.analysis.AnalysisSettings} record in, each stage computed once on first use and kept
 * (so a command computes only the stages it asks for, and never one twice), independent stages run
 * together on the settings' threads with the same results as one by one. One package a stage:
 * {@code annotate} (OpenNLP), {@code language} (terms, keyness, rhetoric, concordance), {@code
 * reuse} (alignment with java-diff-utils), {@code demand} (taxonomy and tagger), {@code signatory}
 * (resolution into entities), {@code coalition} (how the signatories change), and {@code sequence}
 * (which earlier letter each letter is compared with); {@code pattern} (the one pattern notation)
 * and {@code text} (the one text folding) serve them all. It takes a {@link
 * org.refrain.corpus.Corpus} and word lists through one {@link org.refrain.corpus.lexicon.Lexicon},
 * and knows nothing of rendering or the command line; the Lucene index arrives with a later issue.
 */
package org.refrain.analysis;
