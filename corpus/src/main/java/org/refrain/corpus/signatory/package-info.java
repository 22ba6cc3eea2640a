/**
 * Signatory list parsing. In: the lines of one letter's signatory block (after the closing, up to
 * the end of the list; blank and header lines included) with spans into the letter text. Out: a
 * {@link org.refrain.corpus.signatory.SignatoryList} of {@link
 * org.refrain.corpus.signatory.SignatoryMention}s in list order, each an organisation or a person
 * with name, acronym, canonical country, title and affiliation, plus bounded warnings.
 *
 * <p>Always: parsing never throws on odd input; every mention's span covers its entry's lines and
 * lies within the block, spans are in list order, names are non-blank and carry no country suffix,
 * and countries are canonical names from {@link org.refrain.corpus.signatory.CountryGazetteer}.
 * Domain words (countries, organisation keywords, honorifics, role words, header words) live in
 * this package's resource files.
 */
package org.refrain.corpus.signatory;
