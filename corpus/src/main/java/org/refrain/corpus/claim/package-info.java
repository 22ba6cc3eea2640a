/**
 * Claims: a letter's running text in, the signatory counts it claims for itself out ("on behalf of
 * 28 non-governmental organizations ... from 6 different countries"), and the check of those counts
 * against its list: consistent, inconsistent or not checkable, with a reason per field. Always: a
 * count not stated is null, never zero.
 */
package org.refrain.corpus.claim;
