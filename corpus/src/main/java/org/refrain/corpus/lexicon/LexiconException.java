package org.refrain.corpus.lexicon;

/**
 * A word list that cannot be read or parsed: a one-line message for the person who wrote it, naming
 * {@code file:line} ("lexicon/rhetoric.tsv:12: expected 3 tab-separated fields ...").
 */
public final class LexiconException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public LexiconException(String message) {
    super(message);
  }
}
