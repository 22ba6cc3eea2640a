package org.refrain.reports.cli;

import java.io.PrintWriter;
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
    err.println("refrain: internal error (please report it): " + e);
    e.printStackTrace(err);
    err.flush();
    return ExitCode.INTERNAL_ERROR;
  }
}
