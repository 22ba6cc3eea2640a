/**
 * Language statistics on annotated letters: term frequencies (lemma n-grams up to three, stop words
 * out), keyness between two groups of letters (Dunning log-likelihood with a p-value and the log
 * ratio), distinctive terms per letter, a rhetoric profile (directives, modals, first-person
 * plural, hedges, UN mechanisms, named people) with the directive sentences themselves, collocates
 * of a term and a concordance. {@link org.refrain.analysis.language.KeynessPeriods} chooses the
 * earlier and later periods a report compares. Everything counts {@link
 * org.refrain.analysis.annotate.Token}s, so every figure traces back to spans of letter text; the
 * term counts (and so keyness, distinctive terms and collocates) read each letter's content only,
 * its salutation and closing left out (the signatory list is never annotated), while the
 * concordance and the rhetoric profile read every paragraph. The word lists are resource files
 * beside these classes, read through a {@link org.refrain.corpus.lexicon.Lexicon} (a user may
 * replace them), and the directives are the one ask detector's requests. Results are sorted with
 * ties broken by term and letter id, so output is deterministic.
 */
package org.refrain.analysis.language;
