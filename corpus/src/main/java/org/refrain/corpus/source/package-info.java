/**
 * Reading files: bytes in, a {@link org.refrain.corpus.source.RawDocument} (decoded or extracted
 * text) or a one-line error out. Text is UTF-8 with or without a byte-order mark, UTF-16 with one,
 * windows-1252 as a warned fallback; HTML is flattened by jsoup to one line per block; PDF
 * (PDFBox), Word (POI), OpenDocument text (JDK zip and StAX), RTF (the JDK's RTF kit) and email
 * (mime4j) become one paragraph per line, parsed under a size and a time limit, footnotes kept
 * apart from the body. A PDF keeps where each page begins: a tagged PDF is read in the order of its
 * structure tree, any other by its layout (two columns read one after the other). Empty, binary,
 * oversized, scanned, encrypted, corrupt and unsupported files are errors, never exceptions.
 */
package org.refrain.corpus.source;
