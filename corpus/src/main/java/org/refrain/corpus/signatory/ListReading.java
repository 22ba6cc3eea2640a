package org.refrain.corpus.signatory;

/**
 * The immutable parts a list parse reads with, built once from the word lists and the gazetteer and
 * shared by every parse.
 */
record ListReading(
    SignatoryLexicon lexicon,
    CountryGazetteer gazetteer,
    NameClassifier names,
    PersonSplitter splitter,
    HeaderRecognizer headers,
    OrgNameReader orgNames) {

  static ListReading of(SignatoryLexicon lexicon, CountryGazetteer gazetteer) {
    NameClassifier names = new NameClassifier(lexicon, gazetteer);
    return new ListReading(
        lexicon,
        gazetteer,
        names,
        new PersonSplitter(lexicon, names, gazetteer),
        new HeaderRecognizer(lexicon),
        new OrgNameReader(names));
  }
}
