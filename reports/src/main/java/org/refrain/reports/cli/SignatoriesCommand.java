package org.refrain.reports.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.refrain.analysis.AnalysisSettings;
import org.refrain.analysis.CorpusAnalysis;
import org.refrain.analysis.coalition.CoalitionChange;
import org.refrain.analysis.signatory.AliasRule;
import org.refrain.analysis.signatory.SignatoryEntity;
import org.refrain.corpus.Corpus;
import org.refrain.corpus.Letter;
import org.refrain.reports.json.SignatoryJson;
import org.refrain.reports.render.CsvRenderer;
import org.refrain.reports.render.PlainTextRenderer;
import org.refrain.reports.render.ReportSection;
import org.refrain.reports.report.SignatoryPart;
import org.refrain.reports.table.CoalitionTable;
import org.refrain.reports.table.SignatoryTable;
import org.refrain.reports.table.SignerTable;
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
          + " roster); --letter ID the signers of one letter and how its list changed (with"
          + " --csv: its mentions and their entities; with --json: the entities that signed it)."
    })
final class SignatoriesCommand implements Callable<Integer> {

  /** The tables --table can name, with the report file each is. */
  enum View {
    roster("signatories.csv"),
    presence(SignatoryPart.PRESENCE_CSV),
    letters(SignatoryPart.SIGNED_CSV),
    changes("coalition-changes.csv"),
    core("coalition-core.csv"),
    members("coalition-core-members.csv"),
    composition("coalition-composition.csv"),
    conflicts(null),
    review("signatory-review.csv"),
    mentions("signatory-mentions.csv");

    final String file;

    View(String file) {
      this.file = file;
    }
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

  @Mixin private FormatOptions format;

  @Override
  public Integer call() {
    boolean json = format.format() == FormatOptions.Format.JSON;
    boolean csv = format.format() == FormatOptions.Format.CSV;
    if (core != null && core < 1) {
      throw new UserError(ExitCode.USAGE, "--core must be at least 1, not " + core);
    }
    if (table != null && (json || letter != null)) {
      throw new UserError(
          ExitCode.USAGE,
          "--table chooses a table of all letters: not with " + (json ? "--json" : "--letter"));
    }
    List<AliasRule> aliasRules = aliases.aliases();
    Corpus read = corpus.load();
    Letter only =
        letter == null ? null : LetterIds.find(read.letters(), letter, spec.commandLine().getErr());
    CorpusAnalysis analysed =
        CorpusAnalysis.of(
            read,
            AnalysisSettings.defaults()
                .withAliases(aliasRules)
                .withLexicon(((Refrain) spec.root().userObject()).lexicon())
                .withListener(corpus.display()));
    SignatoryPart report = SignatoryPart.of(analysed, core == null ? 0 : core);
    PrintWriter err = spec.commandLine().getErr();
    report.resolution.warnings().forEach(w -> err.println("warning: " + w));
    if (report.core.k() > report.coalition.letters().size()) {
      err.println(
          "warning: --core "
              + report.core.k()
              + " is more than the "
              + report.coalition.letters().size()
              + " letters with a list: the core is empty");
    }
    err.flush();
    PrintWriter out = spec.commandLine().getOut();
    List<SignatoryEntity> entities = report.resolution.entities();
    if (only != null) {
      entities =
          entities.stream()
              .filter(e -> e.mentions().stream().anyMatch(m -> m.letter().id().equals(only.id())))
              .toList();
    }
    if (json) {
      out.print(SignatoryJson.entities(entities));
    } else if (csv && only != null) {
      out.print(CsvRenderer.render(SignerTable.mentions(report.resolution, only)));
    } else if (entities.isEmpty() && !csv) {
      out.println("No signatory list in " + (only == null ? "these letters." : only.id() + "."));
    } else if (only != null) {
      printLetter(out, report, only);
    } else if (csv) {
      out.print(CsvRenderer.render(chosen(report, table == null ? View.roster : table, false)));
    } else if (table != null) {
      out.print(PlainTextRenderer.render(chosen(report, table, true)));
      report.key.lines().forEach(out::println);
    } else {
      for (ReportSection section : report.sections()) {
        out.println("== " + section.title() + " ==");
        // A section without a table (the matrix past its limit) says where its rows are.
        out.print(
            section.table() == null
                ? section.text() + "\n"
                : PlainTextRenderer.render(section.table()));
        out.println();
      }
      report.key.lines().forEach(out::println);
    }
    out.flush();
    return ExitCode.OK;
  }

  /**
   * The table {@code view} names: as the report writes it (full ids and every column) for CSV; for
   * reading, letters as L1..Ln and the roster without its id and merge columns.
   */
  private static Table chosen(SignatoryPart report, View view, boolean forReading) {
    if (view == View.conflicts) {
      return SignatoryTable.countryConflicts(report.resolution.entities());
    }
    if (view == View.presence && !report.files().containsKey(view.file)) {
      throw new UserError(
          ExitCode.USAGE,
          "--table presence is for at most "
              + SignerTable.MATRIX_LIMIT
              + " letters with a list: --table letters has one row per signatory and letter");
    }
    if (forReading) {
      if (view == View.roster) {
        return SignatoryTable.rosterBrief(report.resolution.entities());
      } else if (view == View.presence) {
        return report.presence(1);
      } else if (view == View.changes) {
        return CoalitionTable.changes(report.changes, report.key::label, false);
      } else if (view == View.core) {
        return CoalitionTable.retention(report.core, report.key::label);
      } else if (view == View.members) {
        return CoalitionTable.coreMembers(report.core);
      } else if (view == View.composition) {
        return CoalitionTable.composition(report.composition, report.key::label);
      }
    }
    return report.files().get(view.file);
  }

  private static void printLetter(PrintWriter out, SignatoryPart report, Letter letter) {
    out.println(
        letter.id()
            + (letter.date() == null ? "" : " (" + letter.date().iso() + ")")
            + ": "
            + letter.signatories().size()
            + " signatories");
    out.print(
        PlainTextRenderer.render(
            SignerTable.letterSigners(
                report.resolution,
                letter,
                e -> e.first().id().equals(letter.id()) ? "first letter" : "")));
    // One block per earlier letter: the scopes often pick the same one.
    Map<String, List<CoalitionChange>> byBefore = new LinkedHashMap<>();
    for (CoalitionChange c : report.changes) {
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
