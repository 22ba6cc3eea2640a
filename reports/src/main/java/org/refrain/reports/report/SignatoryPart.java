package org.refrain.reports.report;

import java.util.List;
import org.refrain.analysis.CorpusAnalysis;
import org.refrain.analysis.coalition.Coalition;
import org.refrain.analysis.coalition.CoalitionChange;
import org.refrain.analysis.coalition.CoreCoalition;
import org.refrain.analysis.coalition.LetterComposition;
import org.refrain.analysis.signatory.SignatoryEntity;
import org.refrain.analysis.signatory.SignatoryResolution;
import org.refrain.analysis.signatory.SignatoryResolver;
import org.refrain.corpus.signatory.SignatoryKind;
import org.refrain.reports.render.ReportSection;
import org.refrain.reports.table.CoalitionTable;
import org.refrain.reports.table.SignatoryTable;
import org.refrain.reports.table.SignerTable;
import tech.tablesaw.api.Table;

/**
 * The signatories part of {@code refrain report} and of {@code refrain signatories}: the roster,
 * who signed which letter (as a matrix for small corpora), changes between letters, the core
 * coalition and its retention, the composition of each list, country conflicts and the pairs for
 * review, as CSV and as sections (letters named L1..Ln in date order, with a key).
 */
public final class SignatoryPart extends ReportPart {

  public static final String PRESENCE_CSV = "signatory-presence.csv";
  public static final String SIGNED_CSV = "signatory-letters.csv";

  public final SignatoryResolution resolution;
  public final Coalition coalition;
  public final LetterKey key;
  public final CoreCoalition core;
  public final List<CoalitionChange> changes;
  public final List<LetterComposition> composition;

  /** The entity x letter matrix with letter ids, built once; null past the matrix limit. */
  private final Table presence;

  private SignatoryPart(CorpusAnalysis analysis, int k) {
    this.resolution = analysis.signatories();
    this.coalition = analysis.coalition();
    // Past the matrix limit no table has a column per letter: letters are named by their ids.
    this.key =
        LetterKey.of(
            coalition.letters().size() <= SignerTable.MATRIX_LIMIT
                ? coalition.letters()
                : List.of());
    this.core = CoreCoalition.of(coalition, k > 0 ? k : CoreCoalition.defaultK(coalition));
    this.changes = analysis.coalitionChanges();
    this.composition = analysis.composition();
    this.presence =
        coalition.letters().size() <= SignerTable.MATRIX_LIMIT
            ? SignerTable.presence(
                coalition, coalition.letters().stream().map(l -> l.id()).toList())
            : null;
  }

  /** The part for the analysis's corpus; {@code k} 0 takes the default core size. */
  public static SignatoryPart of(CorpusAnalysis analysis, int k) {
    SignatoryPart report = new SignatoryPart(analysis, k);
    report.build();
    return report;
  }

  private void build() {
    List<SignatoryEntity> entities = resolution.entities();
    files.put("signatories.csv", SignatoryTable.roster(entities));
    files.put("signatory-mentions.csv", SignerTable.mentions(resolution, null));
    if (presence != null) {
      files.put(PRESENCE_CSV, presence);
    }
    files.put(SIGNED_CSV, SignerTable.signed(coalition));
    files.put("coalition-changes.csv", CoalitionTable.changes(changes, l -> l.id(), true));
    files.put("coalition-core.csv", CoalitionTable.retention(core, l -> l.id()));
    files.put("coalition-core-members.csv", CoalitionTable.coreMembers(core));
    files.put("coalition-composition.csv", CoalitionTable.composition(composition, l -> l.id()));
    files.put("signatory-review.csv", SignatoryTable.review(resolution.review()));
    long persons = entities.stream().filter(e -> e.kind() == SignatoryKind.PERSON).count();
    int mentions = entities.stream().mapToInt(e -> e.mentions().size()).sum();
    sections.add(
        new ReportSection(
            "Signatories",
            mentions
                + " signatory mentions in "
                + coalition.letters().size()
                + " letters resolve to "
                + entities.size()
                + " signatories ("
                + (entities.size() - persons)
                + " organisations, "
                + persons
                + " persons), most letters first. Every mention with the signatory it resolved"
                + " to: `signatory-mentions.csv`; every spelling and why spellings were merged"
                + " (rule and score): `signatories.csv`; `refrain signatories --json`.",
            SignatoryTable.rosterBrief(entities)));
    sections.add(
        new ReportSection(
                "Who signed which letter",
                presence != null && coalition.letters().size() <= LetterKey.MAX_COLUMNS
                    ? "Signatories that signed at least two letters, by letter in date order. "
                        + key.markdown()
                        + ". All signatories: `"
                        + PRESENCE_CSV
                        + "`; one row per signatory and letter: `"
                        + SIGNED_CSV
                        + "`."
                    : "One row per signatory and letter it signed: `"
                        + SIGNED_CSV
                        + "` (the signatory x letter matrix is written for at most "
                        + SignerTable.MATRIX_LIMIT
                        + " letters, shown here for at most "
                        + LetterKey.MAX_COLUMNS
                        + ").",
                coalition.letters().size() <= LetterKey.MAX_COLUMNS ? presence(2) : null)
            .withKey(key));
    sections.add(
        new ReportSection(
                "How the coalition changed",
                "Signatories who joined, left and stayed from one letter to the next, with the Jaccard"
                    + " similarity of the two lists: `all` compares each letter with the one before"
                    + " it, `addressee` with the latest earlier letter to the same addressee, `venue`"
                    + " with the latest to the same UN body. Who joined and who left:"
                    + " `coalition-changes.csv`.",
                CoalitionTable.changes(changes, key::label, false))
            .withKey(key));
    sections.add(
        new ReportSection(
                "Core coalition",
                core.members().size()
                    + " signatories signed at least "
                    + core.k()
                    + " letters (`refrain signatories --core K` for another k; the members:"
                    + " `coalition-core-members.csv`). For each letter: its signers, the core members"
                    + " among them and their share of the core, and how many of the previous letter's"
                    + " signers it kept. `coalition-core.csv`.",
                CoalitionTable.retention(core, key::label))
            .withKey(key));
    sections.add(
        new ReportSection(
                "Composition of each list",
                "Organisations and persons, distinct countries and the top "
                    + CoalitionTable.TOP_COUNTRIES
                    + " (a signer's country is the one the letter gives, else the one other letters"
                    + " give), signers with no known country, and first-time signers (their first"
                    + " letter by date). `coalition-composition.csv`.",
                CoalitionTable.composition(composition, key::label))
            .withKey(key));
    Table conflicts = SignatoryTable.countryConflicts(entities);
    if (conflicts.rowCount() > 0) {
      sections.add(
          new ReportSection(
              "Country conflicts",
              "Signatories listed under different countries in different letters.",
              conflicts,
              Chapter.QUALITY));
    }
    sections.add(
        new ReportSection(
            "Signatory pairs to review",
            "Spellings scored near the merge line ("
                + SignatoryResolver.MERGE_AT
                + "), merged or kept apart, and pairs a rule would merge but one letter lists"
                + " both. Confirm or overrule them with an alias file (`--aliases FILE`)."
                + " `signatory-review.csv`.",
            SignatoryTable.review(resolution.review())
                .selectColumns("a", "b", "score", "rule", "outcome", "detail"),
            Chapter.QUALITY));
  }

  /**
   * The presence matrix of signatories with at least {@code minLetters} letters, L1..Ln columns;
   * null past the matrix limit. A filtered, relabelled copy of the matrix built once.
   */
  public Table presence(int minLetters) {
    if (presence == null) {
      return null;
    }
    Table some =
        presence
            .where(presence.intColumn("letters").isGreaterThanOrEqualTo(minLetters))
            .removeColumns("entity");
    List<String> labels = key.labels();
    for (int l = 0; l < labels.size(); l++) {
      some.column(l + 2).setName(labels.get(l));
    }
    return some;
  }
}
