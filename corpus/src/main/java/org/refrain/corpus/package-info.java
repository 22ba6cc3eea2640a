/**
 * Reading documents into letters: start here. {@link org.refrain.corpus.CorpusReader} takes files
 * and directories (or the bundled sample corpus) and returns a {@link org.refrain.corpus.Corpus}:
 * every {@link org.refrain.corpus.Letter} with its metadata, body paragraphs, signatory mentions
 * and claim check, plus the {@link org.refrain.corpus.Diagnostic}s the readers raised ({@link
 * org.refrain.corpus.DiagnosticGrouper} turns thousands of one kind into one line). Files are read
 * in parallel, and the corpus is the same as a sequential read gives. The same letter found in
 * several files (re-posted, or read as HTML and as text) is one letter whose {@link
 * org.refrain.corpus.Letter#copies()} name the other files ({@link
 * org.refrain.corpus.split.CopyMerger} has the rule; {@link
 * org.refrain.corpus.CorpusReader#keepingCopies()} turns it off). The stages run in order, one
 * package each: {@code source} (bytes to text), {@code clean} (normalised text with an offset map,
 * chrome patterns), {@code split} (lines to letter layouts, duplicates), {@code metadata}, {@code
 * signatory}, {@code claim}; {@code lexicon} is the one loader of word lists for this module and
 * the analysis. Always: spans are in bounds of the letter text they point into, {@link
 * org.refrain.corpus.SourceMap} takes any of them back to the document as read (and, for a PDF, to
 * its page), and a user's bad file is a diagnostic, never an exception. This module knows nothing
 * of OpenNLP, Lucene or Tablesaw.
 */
package org.refrain.corpus;
