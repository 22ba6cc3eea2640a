package org.refrain.reports.cli;

/** Every exit code {@code refrain} returns, in one place. */
public final class ExitCode {

  /** The command did its job: at least one letter was read (some files may have failed). */
  public static final int OK = 0;

  /** An unexpected exception: a bug in Refrain, reported with its stack trace. */
  public static final int INTERNAL_ERROR = 1;

  /** The command line was wrong: unknown option, missing subcommand (picocli's usage code). */
  public static final int USAGE = 2;

  /** No letter could be read: every path was missing or unreadable, or held no letters. */
  public static final int NOTHING_READ = 3;

  /** The output could not be written (for example, {@code --out} names a regular file). */
  public static final int CANNOT_WRITE = 4;

  /** A taxonomy's examples do not all hold ({@code refrain taxonomy}). */
  public static final int EXAMPLES_FAIL = 5;

  private ExitCode() {}
}
