package org.refrain.analysis.annotate;

import org.refrain.corpus.Letter;

/** Turns a letter's body paragraphs into sentences and tagged, lemmatised tokens. */
public interface Annotator {

  /** Annotates one letter; safe to call from several threads at once. */
  AnnotatedLetter annotate(Letter letter);

  /**
   * A short text (a search query, a phrase) annotated as one sentence: its tokens with spans into
   * {@code text}, tags and lemmas, tokenised exactly as letters are, so a query matches the tokens
   * it names.
   */
  java.util.List<Token> tokens(String text);

  /**
   * What the annotations depend on besides the text (library, models, rules): part of every cache
   * key, so a change to any of them invalidates cached annotations.
   */
  String version();
}
