package org.refrain.reports.report;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.refrain.analysis.CorpusAnalysis;
import org.refrain.analysis.annotate.AnnotatedLetter;
import org.refrain.analysis.language.CollocateFinder;
import org.refrain.analysis.language.Collocation;
import org.refrain.analysis.language.Concordancer;
import org.refrain.analysis.language.DistinctiveTerms;
import org.refrain.analysis.language.Keyness;
import org.refrain.analysis.language.KeynessComparison;
import org.refrain.analysis.language.KeynessPeriods;
import org.refrain.analysis.language.KwicLine;
import org.refrain.analysis.language.LetterTerms;
import org.refrain.analysis.language.PhraseQuery;
import org.refrain.analysis.language.RhetoricProfile;
import org.refrain.analysis.language.TermForms;
import org.refrain.analysis.language.TermFrequencies;
import org.refrain.analysis.language.TermFrequency;
import org.refrain.corpus.lexicon.Lexicon;
import org.refrain.reports.render.ReportSection;
import org.refrain.reports.table.ConcordanceTable;
import org.refrain.reports.table.DistinctiveTable;
import org.refrain.reports.table.KeynessTable;
import org.refrain.reports.table.RhetoricTable;
import org.refrain.reports.table.TermsTable;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The language part of {@code refrain report}: every analysis as a full CSV and as a Markdown
 * section showing its first rows. Keyness compares a later period with an earlier one, as {@link
 * KeynessPeriods} chooses them; collocates and concordances are of the terms given, or else of the
 * corpus's three commonest phrases.
 */
final class LanguagePart extends ReportPart {

  private static final int SHOWN = 10;

  /**
   * @param profiles the letters' rhetoric profiles, in the corpus's order
   * @param queries the terms for collocates and concordances; empty for the corpus's three
   *     commonest phrases
   */
  static LanguagePart of(CorpusAnalysis analysis, List<PhraseQuery> queries) {
    LanguagePart report = new LanguagePart();
    List<AnnotatedLetter> letters = analysis.annotated();
    List<RhetoricProfile> profiles = analysis.rhetoric();
    List<LetterTerms> terms = analysis.terms(CorpusAnalysis.TERM_MAX_N);
    TermForms forms = analysis.termForms(CorpusAnalysis.TERM_MAX_N);
    report.terms(terms, forms);
    report.keyness(terms, forms);
    report.distinctive(terms, forms);
    report.rhetoric(profiles);
    List<PhraseQuery> chosen =
        queries.isEmpty()
            ? commonestPhrases(terms, forms, 3).stream()
                .map(t -> PhraseQuery.parse(t, analysis.settings().annotator(), false))
                .toList()
            : queries;
    report.concordances(letters, chosen, analysis.settings().lexicon());
    return report;
  }

  private void terms(List<LetterTerms> terms, TermForms forms) {
    List<TermFrequency> byYear = TermFrequencies.byGroup(terms, TermFrequencies::year);
    // Every term of every letter is some 600 rows a letter, most used once: past the limit, the
    // tables keep terms used at least twice in the year or letter, and a letter's commonest only.
    boolean all = terms.size() <= TermsTable.ALL_TERMS_LIMIT;
    int perLetter = all ? 0 : TermsTable.TOP_PER_LETTER;
    int minCount = all ? 1 : TermsTable.MIN_COUNT;
    files.put("terms-by-year.csv", TermsTable.byGroup(atLeast(byYear, minCount), forms, 0, "year"));
    files.put(
        "terms-by-letter.csv",
        TermsTable.byLetter(
            atLeast(TermFrequencies.byLetter(terms, perLetter), minCount), forms, 0));
    sections.add(
        new ReportSection(
            "Terms by year",
            "The "
                + SHOWN
                + " commonest terms of each year (lemmas and phrases of up to three words, stop"
                + " words left out), with rates per 1,000 words. "
                + (all
                    ? "All terms: `terms-by-year.csv`, `terms-by-letter.csv`."
                    : String.format(
                        Locale.ROOT,
                        "Terms used at least %d times in a year: `terms-by-year.csv`; in a letter,"
                            + " its %d commonest of those: `terms-by-letter.csv`. Every term:"
                            + " `refrain terms --top 0` (`--by letter`).",
                        minCount,
                        perLetter)),
            TermsTable.byGroup(byYear, forms, SHOWN, "year")));
  }

  private static List<TermFrequency> atLeast(List<TermFrequency> rows, int minCount) {
    return minCount <= 1 ? rows : rows.stream().filter(r -> r.count() >= minCount).toList();
  }

  private void keyness(List<LetterTerms> terms, TermForms forms) {
    Optional<KeynessPeriods> chosen =
        KeynessPeriods.choose(terms.stream().map(t -> t.letter().letter()).toList());
    if (chosen.isEmpty()) {
      sections.add(
          new ReportSection(
              "Keyness",
              "Keyness compares an earlier period with a later one; fewer than two of these"
                  + " letters are dated, so there is none.",
              null));
      return;
    }
    KeynessPeriods periods = chosen.get();
    Keyness keyness = Keyness.defaults();
    KeynessComparison comparison = periods.compare(terms, keyness);
    Table table = KeynessTable.of(comparison, forms);
    files.put("keyness.csv", table);
    sections.add(
        new ReportSection(
            "Keyness: " + periods.later().label() + " against " + periods.earlier().label(),
            String.format(
                Locale.ROOT,
                "%s against %s. %s%s Terms used more in the later period (A: rising) or in the"
                    + " earlier (B: falling) than chance allows: log-likelihood G2 with p <= %s and"
                    + " at least %d occurrences, log ratio as effect size (+1: twice as frequent in"
                    + " A). The strongest %d of each direction; all in `keyness.csv`. %s",
                periods.later().summary(),
                periods.earlier().summary(),
                periods.rule(),
                periods.undated() == 0
                    ? ""
                    : String.format(
                        Locale.ROOT,
                        " %d undated %s left out.",
                        periods.undated(),
                        periods.undated() == 1 ? "letter is" : "letters are"),
                keyness.maxP(),
                keyness.minCount(),
                SHOWN,
                sameComparison(periods, terms)),
            topPerDirection(table)));
  }

  /**
   * The {@code refrain keyness} command that gives these figures when the cut fell between years (a
   * list of years is short; a list of letters need not be), else how to compare other groups.
   */
  private static String sameComparison(KeynessPeriods periods, List<LetterTerms> terms) {
    if (periods.basis() == KeynessPeriods.Basis.YEARS) {
      return String.format(
          Locale.ROOT,
          "The same: `refrain keyness --a year=%s --b year=%s --max-n %d`.",
          years(periods.later(), terms),
          years(periods.earlier(), terms),
          CorpusAnalysis.TERM_MAX_N);
    }
    return "Other groups: `refrain keyness --a FIELD=VALUE --b FIELD=VALUE`.";
  }

  /** The years of a period's letters, ascending, comma-separated: a {@code year=} selector. */
  private static String years(KeynessPeriods.Period period, List<LetterTerms> terms) {
    Set<String> ids = Set.copyOf(period.letters());
    TreeSet<String> years = new TreeSet<>();
    for (LetterTerms t : terms) {
      if (ids.contains(t.letter().letter().id())) {
        years.add(TermFrequencies.year(t.letter().letter()));
      }
    }
    return String.join(",", years);
  }

  private static Table topPerDirection(Table table) {
    StringColumn direction = table.stringColumn("overused_in");
    Table a = table.where(direction.isEqualTo("A")).first(SHOWN);
    Table b = table.where(direction.isEqualTo("B")).first(SHOWN);
    return a.append(b);
  }

  private void distinctive(List<LetterTerms> terms, TermForms forms) {
    Keyness keyness = Keyness.defaults();
    Table all = DistinctiveTable.of(DistinctiveTerms.of(terms, keyness, 10), forms);
    files.put("distinctive.csv", all);
    sections.add(
        new ReportSection(
            "Distinctive terms",
            "The five terms that most set each letter apart from all the others (keyness of the"
                + " letter against the rest, p <= "
                + keyness.maxP()
                + "). A letter without rows shares its words with the rest (a near copy of"
                + " another letter, say). Ten per letter in `distinctive.csv`.",
            all.where(all.intColumn("rank").isLessThanOrEqualTo(5))
                .selectColumns(
                    "letter", "rank", "term", "count_a", "count_b", "g2", "p", "log_ratio")));
  }

  private void rhetoric(List<RhetoricProfile> profiles) {
    Table profile = RhetoricTable.profiles(profiles);
    Table directives = RhetoricTable.directives(profiles);
    files.put("rhetoric.csv", profile);
    files.put("directives.csv", directives);
    sections.add(
        new ReportSection(
            "Rhetoric",
            "How each letter asks: directive verbs (urge, call on, request, recommend, ask,"
                + " demand ...), modal verbs (must, should, need to), first-person plural, hedges,"
                + " UN mechanisms and people named, as counts and rates per 1,000 words."
                + " `rhetoric.csv`.",
            profile.selectColumns(
                "letter",
                "words",
                "directive_per_1000",
                "modal_per_1000",
                "we_per_1000",
                "hedge_per_1000",
                "mechanism_per_1000",
                "person_per_1000",
                "mechanisms_named")));
    sections.add(
        new ReportSection(
            "The asks",
            "Every sentence with a directive verb, and who asks: `we`, `imperative`, or"
                + " `third-person` (an ask the letter reports, such as a press release's \"the"
                + " coalition urged\"). With spans into the letter text in `directives.csv`.",
            directives.selectColumns("letter", "voice", "verbs", "text")));
  }

  private void concordances(
      List<AnnotatedLetter> letters, List<PhraseQuery> queries, Lexicon lexicon) {
    Table allCollocates = null;
    Table allKwic = null;
    for (PhraseQuery query : queries) {
      Collocation collocation =
          CollocateFinder.of(false, CollocateFinder.DEFAULT_MIN_TOGETHER, lexicon)
              .find(letters, query, CollocateFinder.DEFAULT_WINDOW);
      Table collocates = withQuery(ConcordanceTable.collocates(collocation, 0), query.text());
      List<KwicLine> lines = Concordancer.find(letters, query, Concordancer.DEFAULT_WINDOW);
      Table kwic = withQuery(ConcordanceTable.kwic(lines), query.text());
      allCollocates = allCollocates == null ? collocates : allCollocates.append(collocates);
      allKwic = allKwic == null ? kwic : allKwic.append(kwic);
      sections.add(
          new ReportSection(
              "Collocates of \"" + query.text() + "\"",
              String.format(
                  Locale.ROOT,
                  "Words within %d words of the %d occurrences, by log-likelihood, with mutual"
                      + " information. All in `collocates.csv`; any term: `refrain collocates"
                      + " TERM`.",
                  CollocateFinder.DEFAULT_WINDOW,
                  collocation.matches()),
              ConcordanceTable.collocates(collocation, SHOWN)));
      sections.add(
          new ReportSection(
              "Concordance of \"" + query.text() + "\"",
              "The first "
                  + Math.min(SHOWN, lines.size())
                  + " of "
                  + lines.size()
                  + " occurrences in context; all in `kwic.csv`, any term: `refrain kwic TERM`.",
              ConcordanceTable.kwic(lines)
                  .selectColumns("letter", "left", "match", "right")
                  .first(SHOWN)));
    }
    if (allCollocates != null) {
      files.put("collocates.csv", allCollocates);
      files.put("kwic.csv", allKwic);
    }
  }

  private static Table withQuery(Table table, String query) {
    StringColumn column = StringColumn.create("query");
    for (int i = 0; i < table.rowCount(); i++) {
      column.append(query);
    }
    Table out = Table.create(table.name(), column);
    out.addColumns(table.columnArray());
    return out;
  }

  /** The corpus's {@code n} commonest phrases of two or three words, as written. */
  static List<String> commonestPhrases(List<LetterTerms> terms, TermForms forms, int n) {
    Map<String, Integer> total = TermFrequencies.sum(terms);
    return total.entrySet().stream()
        .filter(e -> e.getKey().contains(" "))
        .sorted(
            Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
                .thenComparing(Map.Entry::getKey))
        .limit(n)
        .map(e -> forms.form(e.getKey()))
        .toList();
  }
}
