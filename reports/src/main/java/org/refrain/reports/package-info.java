/**
 * Turns a {@link org.refrain.corpus.Corpus} into what people read: Tablesaw tables ({@code table}),
 * rendered as plain text, Markdown or CSV ({@code render}) or as JSON records ({@code json}),
 * behind the {@code refrain} command line ({@code cli}). Everything here is a pure function of the
 * letters it is given, except the command line's reading and writing of files. Output is
 * deterministic: letters are ordered by {@link org.refrain.reports.LetterOrder}, and nothing
 * depends on the platform's locale, charset or line separator (text is UTF-8, lines end with {@code
 * \n}).
 */
package org.refrain.reports;
