/**
 * Metadata: a letter's sections in, its kind, title, date (with precision and source), posting
 * date, addressee and venue out. Each finder reads general patterns of the genre (date lines,
 * address blocks, "Nth session of the Human Rights Council") and marks what it inferred rather than
 * read; UN bodies and their session calendars come from {@code bodies.tsv}.
 */
package org.refrain.corpus.metadata;
