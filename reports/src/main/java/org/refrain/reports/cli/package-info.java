/**
 * The {@code refrain} command line: picocli commands, one class per command, reading the corpus
 * through the shared {@link org.refrain.reports.cli.CorpusOptions} mixin and printing tables, JSON
 * or report files. Results go to the command's out writer and diagnostics and errors to its err
 * writer, one line each; a user error (a missing path, nothing readable, an output directory that
 * cannot be written) never prints a stack trace. Exit codes are those of {@link
 * org.refrain.reports.cli.ExitCode}.
 */
package org.refrain.reports.cli;
