/**
 * Annotation: each body paragraph of a {@link org.refrain.corpus.Letter} becomes sentences, and
 * each sentence tokens with a part-of-speech tag (Universal Dependencies) and a lemma, by Apache
 * OpenNLP's English models loaded once per process from the classpath. What always holds: every
 * sentence and token span lies inside its paragraph, spans are ordered and disjoint, and the letter
 * text at a token's span is the token. {@link org.refrain.analysis.annotate.CorpusAnnotator}
 * annotates a corpus in parallel and keeps results in an on-disk {@link
 * org.refrain.analysis.annotate.AnnotationCache} keyed by the text and the annotator's version.
 */
package org.refrain.analysis.annotate;
