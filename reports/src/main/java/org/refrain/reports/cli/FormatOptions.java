package org.refrain.reports.cli;

import java.io.PrintWriter;
import org.refrain.reports.json.TableJson;
import org.refrain.reports.render.CsvRenderer;
import org.refrain.reports.render.PlainTextRenderer;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tech.tablesaw.api.Table;

/**
 * How an analysis command prints its table, shared as a mixin: aligned plain text by default,
 * {@code --csv} or {@code --json} (one record per row) instead.
 */
public final class FormatOptions {

  @Spec(Spec.Target.MIXEE)
  private CommandSpec mixee;

  @ArgGroup(exclusive = true)
  private Format format = new Format();

  static final class Format {
    @Option(names = "--json", description = "Print JSON records instead of a table.")
    boolean json;

    @Option(names = "--csv", description = "Print CSV instead of a table.")
    boolean csv;
  }

  /** True when the output is a plain-text table, which may carry a heading line. */
  boolean plain() {
    return !format.json && !format.csv;
  }

  /** Prints {@code table} in the chosen format; {@code heading} goes above a plain-text table. */
  void print(Table table, String heading) {
    PrintWriter out = mixee.commandLine().getOut();
    if (format.json) {
      out.print(TableJson.write(table));
    } else if (format.csv) {
      out.print(CsvRenderer.render(table));
    } else {
      if (heading != null) {
        out.print(heading);
      }
      out.print(PlainTextRenderer.render(table));
    }
    out.flush();
  }

  /** Prints a plain-text listing as is, or {@code table} as JSON or CSV. */
  void print(Table table, String heading, String plainText) {
    if (plain()) {
      PrintWriter out = mixee.commandLine().getOut();
      out.print(heading == null ? plainText : heading + plainText);
      out.flush();
    } else {
      print(table, null);
    }
  }
}
