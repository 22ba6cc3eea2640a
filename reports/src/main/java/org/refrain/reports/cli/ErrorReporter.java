package org.refrain.reports.cli;

import java.io.PrintWriter;
import org.refrain.corpus.lexicon.LexiconException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception thrown by a command into a message and an exit code: a {@link UserError} is
 * one line; anything else is a bug and keeps its stack trace so it can be reported.
 */
final class ErrorReporter implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
    PrintWriter err = command.getErr();
    if (e instanceof UserError userError) {
      err.println("refrain: " + userError.getMessage());
      err.flush();
      return userError.exitCode();
    }
    if (e instanceof LexiconException lexicon) {
      // A user's word list read when a stage first needs it: "DIR/rhetoric.tsv:12: ...".
      err.println("refrain: " + lexicon.getMessage());
      err.flush();
      return ExitCode.USAGE;
    }
    err.println("refrain: internal error (please report it): " + e);
    e.printStackTrace(err);
    err.flush();
    return ExitCode.INTERNAL_ERROR;
  }
}
