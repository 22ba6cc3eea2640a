/**
 * Reading files: bytes in, a {@link org.refrain.corpus.source.RawDocument} (decoded text) or a
 * one-line error out. UTF-8 with or without a byte-order mark, windows-1252 as a warned fallback;
 * HTML is flattened by jsoup to one line per block. Empty, binary and unsupported files are errors,
 * never exceptions.
 */
package org.refrain.corpus.source;
