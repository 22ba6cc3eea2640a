/**
 * Turns a {@link org.refrain.corpus.Corpus} and its {@link org.refrain.analysis.CorpusAnalysis}
 * into what people read: the report model ({@code report}), Tablesaw tables ({@code table}),
 * rendered as plain text, Markdown or CSV ({@code render}) or as JSON records ({@code json}),
 * behind the {@code refrain} command line ({@code cli}), where each command is its options, one
 * analysis and one render. Everything here is a pure function of the letters it is given, except
 * the command line's reading and writing of files. Output is deterministic: letters are ordered by
 * {@link org.refrain.reports.LetterOrder}, and nothing depends on the platform's locale, charset or
 * line separator (text is UTF-8, lines end with {@code \n}).
 */
package org.refrain.reports;
