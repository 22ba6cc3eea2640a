/**
 * Cleaning: raw text in, a {@link org.refrain.corpus.clean.CleanText} out, with line endings, no-
 * break spaces and zero-width characters normalised and an offset map back to the raw text; {@link
 * org.refrain.corpus.clean.ChromeFilter} recognises page furniture from a pattern file. Always:
 * normalising is idempotent, and every clean offset maps to a raw offset, in order.
 */
package org.refrain.corpus.clean;
