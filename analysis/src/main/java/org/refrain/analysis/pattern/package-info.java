/**
 * Refrain's one pattern notation ({@code word}, {@code word/TAG}, {@code a|b}, {@code pre*}, {@code
 * the?}, {@code ...}/{@code ...6}, {@code phrase: ...}), read by {@link
 * org.refrain.analysis.pattern.PatternNotation} into a {@link
 * org.refrain.analysis.pattern.PatternSyntax} for demand patterns, rhetoric patterns and search
 * terms alike. Always: a parsed pattern has a word, starts and ends with one, and its forms are
 * folded as token norms are; what a user cannot match is refused when read, never ignored.
 */
package org.refrain.analysis.pattern;
