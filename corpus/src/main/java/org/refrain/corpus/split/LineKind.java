package org.refrain.corpus.split;

/** What a line of a document is, as far as splitting it into letters is concerned. */
public enum LineKind {
  /** Empty or white space. */
  BLANK,
  /** Page furniture: never part of a letter; ends a signatory list. */
  CHROME,
  /** A rule of repeated characters ("=====", "-----", "* * *") between letters. */
  SEPARATOR,
  /** Running text: a sentence-like line of a letter's body or a publisher's preamble. */
  PROSE,
  /** Anything else: titles, dates, addresses, list entries, headings. */
  SHORT
}
