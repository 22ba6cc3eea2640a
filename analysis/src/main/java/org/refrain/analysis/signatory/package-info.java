/**
 * Signatory resolution. In: letters with their signatory mentions (from the corpus module's list
 * parser), and optionally the rules of a user's alias file. Out: a {@link
 * org.refrain.analysis.signatory.SignatoryResolution}: one {@link
 * org.refrain.analysis.signatory.SignatoryEntity} per organisation or person, each with its
 * mentions, spellings, countries and the {@link org.refrain.analysis.signatory.Merge}s (rule,
 * score, detail) that made it; the pairs near the merge line for review; warnings about the alias
 * file.
 *
 * <p>Always: every mention is in exactly one entity; ids are unique; only a rule that may merge,
 * scoring at least {@link org.refrain.analysis.signatory.SignatoryResolver#MERGE_AT}, or an alias
 * line joins two spellings, never two differently written entries of one letter nor an organisation
 * with a person; the result does not depend on the order letters are given in. Only pairs sharing a
 * blocking key are judged. Word lists are this package's resources.
 */
package org.refrain.analysis.signatory;
