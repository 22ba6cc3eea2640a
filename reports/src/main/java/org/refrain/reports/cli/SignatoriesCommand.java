package org.refrain.reports.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.refrain.analysis.coalition.CoalitionChange;
import org.refrain.analysis.coalition.CoalitionChanges;
import org.refrain.analysis.signatory.SignatoryEntity;
import org.refrain.corpus.Corpus;
import org.refrain.corpus.Letter;
import org.refrain.reports.json.SignatoryJson;
import org.refrain.reports.render.CsvRenderer;
import org.refrain.reports.render.PlainTextRenderer;
import org.refrain.reports.render.ReportSection;
import org.refrain.reports.table.CoalitionTable;
import org.refrain.reports.table.SignatoryTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tech.tablesaw.api.Table;

/**
 * {@code refrain signatories}: one entity per organisation or person, and how the coalition
 * changes.
 */
@Command(
    name = "signatories",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Resolves the signatories of the letters into one entity per organisation or person"
          + " (\"Cristian Solidarity Worldwide\" = \"Christian Solidarity Worldwide (CSW)\","
          + " \"Lee Yang-Hee\" = \"Yanghee Lee, Ph.D.\"), and shows the roster, who signed which"
          + " letter, who joined and left between letters, the core coalition and the make-up of"
          + " each list. Every merge records its rule and score; pairs near the line are listed"
          + " for review; --aliases FILE overrides the matcher.",
      "--json prints the entities with their mentions; --csv one table (--table, default the"
          + " roster); --letter ID the signers of one letter and how its list changed."
    })
final class SignatoriesCommand implements Callable<Integer> {

  /** The tables --table can name. */
  enum View {
    roster,
    presence,
    changes,
    core,
    composition,
    conflicts,
    review,
    mentions
  }

  @Spec private CommandSpec spec;

  @Mixin private CorpusOptions corpus;
  @Mixin private AliasOptions aliases;

  @Option(
      names = "--core",
      paramLabel = "K",
      description =
          "The core coalition: signatories of at least K letters (default: half the"
              + " letters with a list, at least 2).")
  private Integer core;

  @Option(
      names = "--letter",
      paramLabel = "ID",
      description = "Only this letter (its id, or a part naming exactly one letter).")
  private String letter;

  @Option(
      names = "--table",
      paramLabel = "NAME",
      description = "Only this table: ${COMPLETION-CANDIDATES}.")
  private View table;

  @Option(names = "--json", description = "Print the entities as JSON.")
  private boolean json;

  @Option(names = "--csv", description = "Print CSV instead of a table.")
  private boolean csv;

  @Override
  public Integer call() {
    if (json && csv) {
      throw new UserError(ExitCode.USAGE, "--json and --csv are mutually exclusive");
    }
    if (core != null && core < 1) {
      throw new UserError(ExitCode.USAGE, "--core must be at least 1, not " + core);
    }
    var resolver = aliases.resolver();
    Corpus read = corpus.load();
    Letter only =
        letter == null ? null : LetterIds.find(read.letters(), letter, spec.commandLine().getErr());
    SignatoryReport report = SignatoryReport.of(read, resolver, core == null ? 0 : core);
    PrintWriter err = spec.commandLine().getErr();
    report.resolution.warnings().forEach(w -> err.println("warning: " + w));
    err.flush();
    PrintWriter out = spec.commandLine().getOut();
    List<SignatoryEntity> entities = report.resolution.entities();
    if (only != null) {
      entities = entities.stream().filter(e -> e.letters().contains(only)).toList();
    }
    if (json) {
      out.print(SignatoryJson.entities(entities));
    } else if (entities.isEmpty()) {
      out.println("No signatory list in " + (only == null ? "these letters." : only.id() + "."));
    } else if (only != null) {
      printLetter(out, report, only);
    } else if (csv) {
      out.print(CsvRenderer.render(csvTable(report)));
    } else if (table != null) {
      out.print(PlainTextRenderer.render(textTable(report, table)));
      report.key.lines().forEach(out::println);
    } else {
      for (ReportSection section : report.sections()) {
        out.println("== " + section.title() + " ==");
        out.print(PlainTextRenderer.render(section.table()));
        out.println();
      }
      report.key.lines().forEach(out::println);
    }
    out.flush();
    return ExitCode.OK;
  }

  private Table csvTable(SignatoryReport report) {
    View view = table == null ? View.roster : table;
    return switchTable(report, view, true);
  }

  private Table textTable(SignatoryReport report, View view) {
    return switchTable(report, view, false);
  }

  /** The table {@code view} names: full ids and names in CSV, L1..Ln labels in text. */
  private static Table switchTable(SignatoryReport report, View view, boolean full) {
    String name =
        switch (view) {
          case roster -> "signatories.csv";
          case presence -> "signatory-presence.csv";
          case changes -> "coalition-changes.csv";
          case core -> "coalition-core.csv";
          case composition -> "coalition-composition.csv";
          case review -> "signatory-review.csv";
          case mentions -> "signatory-mentions.csv";
          case conflicts -> null;
        };
    if (view == View.conflicts) {
      return SignatoryTable.countryConflicts(report.resolution.entities());
    }
    if (full) {
      return report.files().get(name);
    }
    return switch (view) {
      case roster -> SignatoryTable.rosterBrief(report.resolution.entities());
      case presence -> report.presence(1);
      case changes ->
          CoalitionTable.changes(CoalitionChanges.of(report.coalition), report.key::label, false);
      case core -> CoalitionTable.retention(report.core, report.key::label);
      default -> report.files().get(name);
    };
  }

  private static void printLetter(PrintWriter out, SignatoryReport report, Letter letter) {
    out.println(
        letter.id()
            + (letter.date() == null ? "" : " (" + letter.date().iso() + ")")
            + ": "
            + letter.signatories().size()
            + " signatories");
    out.print(
        PlainTextRenderer.render(
            SignatoryTable.letterSigners(
                report.resolution,
                letter,
                e -> e.first().id().equals(letter.id()) ? "first letter" : "")));
    // One block per earlier letter: the scopes often pick the same one.
    Map<String, List<CoalitionChange>> byBefore = new LinkedHashMap<>();
    for (CoalitionChange c : CoalitionChanges.of(report.coalition)) {
      if (c.after().id().equals(letter.id())) {
        byBefore.computeIfAbsent(c.before().id(), id -> new ArrayList<>()).add(c);
      }
    }
    for (List<CoalitionChange> same : byBefore.values()) {
      CoalitionChange c = same.get(0);
      out.println();
      out.println(
          "Against "
              + c.before().id()
              + " ("
              + String.join(", ", same.stream().map(x -> x.scope().label()).toList())
              + "): joined "
              + c.joined().size()
              + ", left "
              + c.left().size()
              + ", stayed "
              + c.stayed().size()
              + String.format(Locale.ROOT, ", Jaccard %.3f", c.jaccard()));
      if (!c.joined().isEmpty()) {
        out.println("  joined: " + names(c.joined()));
      }
      if (!c.left().isEmpty()) {
        out.println("  left: " + names(c.left()));
      }
    }
  }

  private static String names(List<SignatoryEntity> entities) {
    return String.join("; ", entities.stream().map(SignatoryEntity::name).toList());
  }
}
