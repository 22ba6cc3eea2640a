/**
 * Word lists, loaded by one loader: {@link org.refrain.corpus.lexicon.Lexicon} reads every bundled
 * list of the corpus and analysis modules, each replaceable by a file of the same name in a user's
 * directory. Always: a list is read once per lexicon; an override that cannot be read or parsed is
 * a {@link org.refrain.corpus.lexicon.LexiconException} naming its file and line, never a partial
 * list.
 */
package org.refrain.corpus.lexicon;
