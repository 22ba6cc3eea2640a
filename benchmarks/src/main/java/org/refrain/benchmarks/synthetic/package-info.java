/**
 * Synthetic corpora for benchmarks: any number of valid {@link org.refrain.corpus.Letter}s
 * assembled from the sample letters' paragraphs, with names, numbers and dates varied and a share
 * of words replaced by other sample words or by invented ones, so the vocabulary keeps growing with
 * the corpus. A {@link org.refrain.benchmarks.synthetic.PlantedCorpus} also plants edited copies of
 * recurring formulas into the letters and records where, the ground truth of reuse benchmarks. In:
 * sample letters, a seed and a target size. Out: letters whose paragraph and signatory spans match
 * their text, with unique ids, and planted copies whose spans match it too. What always holds: the
 * same samples and options give the same letters, character for character.
 */
package org.refrain.benchmarks.synthetic;
