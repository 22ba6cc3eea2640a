package org.refrain.reports.cli;

import java.io.PrintWriter;
import java.util.function.Supplier;
import org.refrain.reports.json.TableJson;
import org.refrain.reports.render.CsvRenderer;
import org.refrain.reports.render.PlainTextRenderer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tech.tablesaw.api.Table;

/**
 * How a command prints its records, shared as a mixin by every command that prints records: an
 * aligned plain-text table by default, {@code --csv} or {@code --json} (an array of records, one
 * per row, unless the command has richer records of its own) instead. Giving both is a one-line
 * usage error.
 */
public final class FormatOptions {

  /** The three ways of printing. */
  enum Format {
    TEXT,
    CSV,
    JSON
  }

  @Spec(Spec.Target.MIXEE)
  private CommandSpec mixee;

  @Option(names = "--json", description = "Print JSON records instead of a table.")
  private boolean json;

  @Option(names = "--csv", description = "Print CSV instead of a table.")
  private boolean csv;

  /** The format chosen; both flags at once is a usage error. */
  Format format() {
    if (json && csv) {
      throw new UserError(ExitCode.USAGE, "--json and --csv are mutually exclusive");
    }
    return json ? Format.JSON : csv ? Format.CSV : Format.TEXT;
  }

  /** True when the output is a plain-text table, which may carry a heading line. */
  boolean plain() {
    return format() == Format.TEXT;
  }

  /** Prints {@code table} in the chosen format; {@code heading} goes above a plain-text table. */
  void print(Table table, String heading) {
    print(table, heading, null, () -> TableJson.write(table));
  }

  /** Prints a plain-text listing as is, or {@code table} as JSON or CSV. */
  void print(Table table, String heading, String plainText) {
    print(table, heading, plainText, () -> TableJson.write(table));
  }

  /**
   * Prints {@code table} as CSV, {@code json} (the command's own records) as JSON, or as text:
   * {@code plainText} when given, else the table aligned, under {@code heading} when given.
   */
  void print(Table table, String heading, String plainText, Supplier<String> json) {
    PrintWriter out = mixee.commandLine().getOut();
    switch (format()) {
      case JSON -> out.print(json.get());
      case CSV -> out.print(CsvRenderer.render(table));
      case TEXT -> {
        if (heading != null) {
          out.print(heading);
        }
        out.print(plainText != null ? plainText : PlainTextRenderer.render(table));
      }
    }
    out.flush();
  }
}
