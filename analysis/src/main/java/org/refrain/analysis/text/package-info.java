/**
 * How text is compared: {@link org.refrain.analysis.text.TextFolding}, the one folding of letters,
 * case, apostrophes, quotes and dashes that reuse, signatory names, person names and tokens share.
 * A folded form is only ever compared, never shown: the text as written stays beside it.
 */
package org.refrain.analysis.text;
