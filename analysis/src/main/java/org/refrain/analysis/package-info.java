/**
 * Everything computed on letters read by the corpus module: annotation (OpenNLP), reuse alignment
 * (java-diff-utils), demand tagging, signatory resolution, language statistics and the Lucene
 * index. It takes a {@link org.refrain.corpus.Corpus} and knows nothing of rendering or the command
 * line. Its stages arrive with later issues.
 */
package org.refrain.analysis;
