package org.refrain.reports.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.refrain.analysis.demand.Strength;
import org.refrain.analysis.demand.Taxonomy;
import org.refrain.analysis.index.PassageIndex;
import org.refrain.analysis.index.SearchRequest;
import org.refrain.analysis.index.SearchResult;
import org.refrain.reports.json.SearchJson;
import org.refrain.reports.render.CsvRenderer;
import org.refrain.reports.render.SearchRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code refrain search QUERY}: passages of the corpus, ranked, with facets. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Finds passages (paragraphs) of the corpus's letters with Lucene's query syntax: words"
          + " (kwanliso), \"phrases\" (\"prisoners of war\"), proximity (\"close camps\"~5),"
          + " AND/OR/NOT, wildcards (abduct*) and fuzzy words (refoulment~). Quotes and dashes,"
          + " accents and case are folded; word endings are ignored (camp finds camps).",
      "Prints the hits, best first, with the matches marked, each letter's date and addressee,"
          + " and how many letters share the passage's wording; then the matching letters counted"
          + " by year, addressee, venue, kind, demand and signatory country.",
      "--like LETTER lists the letters most like one instead (no QUERY needed)."
    })
final class SearchCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "QUERY",
      description = "What to find, in Lucene's query syntax.")
  private String query;

  @Mixin private CorpusOptions corpus;
  @Mixin private AnalysisOptions analysis;
  @Mixin private TaxonomyOptions taxonomyOptions;
  @Mixin private ReuseOptions reuse;
  @Mixin private IndexOptions index;
  @Mixin private FormatOptions format;

  @Option(
      names = "--demand",
      paramLabel = "ID[:ask|:mention]",
      description = "Only letters holding this demand (asking for it with :ask).")
  private String demand;

  @Option(names = "--year", paramLabel = "Y", description = "Only letters of this year.")
  private Integer year;

  @Option(names = "--from", paramLabel = "DATE", description = "Only letters from this date.")
  private String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Only letters up to this date.")
  private String to;

  @Option(
      names = "--addressee",
      paramLabel = "TEXT",
      description = "Only letters to this addressee (its words but titles: \"President Moon\").")
  private String addressee;

  @Option(
      names = "--venue",
      paramLabel = "BODY[ SESSION]",
      description = "Only letters to this venue: HRC, or HRC 49.")
  private String venue;

  @Option(
      names = "--signatory",
      paramLabel = "NAME",
      description = "Only letters this organisation or person signed (name or acronym).")
  private String signatory;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "10",
      description = "Passages (or letters, with --like) to print (default: ${DEFAULT-VALUE}).")
  private int limit;

  @Option(
      names = "--like",
      paramLabel = "LETTER",
      description = "The letters most like this one (its id, or a part naming one letter).")
  private String like;

  @Override
  public Integer call() throws IOException {
    if (limit < 0 || limit > PassageIndex.MAX_LIMIT) {
      throw new UserError(
          ExitCode.USAGE, "--limit must be 0 to " + PassageIndex.MAX_LIMIT + ": " + limit);
    }
    if (query == null && like == null) {
      throw new UserError(ExitCode.USAGE, "search needs a QUERY (or --like LETTER)");
    }
    if (query != null && like != null) {
      throw new UserError(ExitCode.USAGE, "give a QUERY or --like LETTER, not both");
    }
    if (query != null) {
      try {
        PassageIndex.check(query); // a mistake is told before any reading or indexing
      } catch (IllegalArgumentException e) {
        throw new UserError(ExitCode.USAGE, e.getMessage());
      }
    }
    Taxonomy taxonomy = taxonomyOptions.taxonomy();
    SearchRequest.Filter filter = filter(taxonomy);
    PrintWriter out = spec.commandLine().getOut();
    try (IndexOptions.Opened opened =
        index.open(corpus, analysis, taxonomy, taxonomyOptions.file(), reuse.settings())) {
      if (like != null) {
        String id = likeId(opened);
        List<PassageIndex.Similar> similar = opened.index().like(id, limit);
        switch (format.format()) {
          case JSON -> out.print(SearchJson.similar(similar));
          case CSV -> out.print(CsvRenderer.render(similarTable(similar)));
          case TEXT -> out.print(SearchRenderer.similar(id, similar));
        }
        out.flush();
        return ExitCode.OK;
      }
      SearchResult result;
      try {
        result = opened.index().search(new SearchRequest(query, filter, limit));
      } catch (IllegalArgumentException e) {
        throw new UserError(ExitCode.USAGE, e.getMessage());
      }
      switch (format.format()) {
        case JSON -> out.print(SearchJson.search(result));
        case CSV -> out.print(CsvRenderer.render(SearchRenderer.table(result)));
        case TEXT -> out.print(SearchRenderer.text(query, result, colour()));
      }
      out.flush();
    }
    return ExitCode.OK;
  }

  /** The letter --like names: an id, or a part naming one letter of the index. */
  private String likeId(IndexOptions.Opened opened) throws IOException {
    if (opened.read() != null) {
      return LetterIds.find(opened.read().letters(), like, spec.commandLine().getErr()).id();
    }
    return like;
  }

  private static tech.tablesaw.api.Table similarTable(List<PassageIndex.Similar> similar) {
    var t = tech.tablesaw.api.Table.create("like");
    var letter = tech.tablesaw.api.StringColumn.create("letter");
    var date = tech.tablesaw.api.StringColumn.create("date");
    var addressee = tech.tablesaw.api.StringColumn.create("addressee");
    var shared = tech.tablesaw.api.IntColumn.create("shared passages");
    var score = tech.tablesaw.api.StringColumn.create("score");
    for (PassageIndex.Similar s : similar) {
      letter.append(s.letter());
      date.append(s.date() == null ? "" : s.date());
      addressee.append(s.addressee() == null ? "" : s.addressee());
      shared.append(s.sharedPassages());
      score.append(String.format(java.util.Locale.ROOT, "%.4f", s.score()));
    }
    return t.addColumns(letter, date, addressee, shared, score);
  }

  private SearchRequest.Filter filter(Taxonomy taxonomy) {
    String demandId = null;
    Strength strength = null;
    if (demand != null) {
      String[] parts = demand.split(":", 2);
      demandId = parts[0].strip();
      if (taxonomy.demand(demandId).isEmpty()) {
        throw new UserError(
            ExitCode.USAGE,
            "--demand: no demand '" + demandId + "' in the taxonomy (see `refrain taxonomy`)");
      }
      if (parts.length == 2) {
        try {
          strength = Strength.of(parts[1]);
        } catch (IllegalArgumentException e) {
          throw new UserError(ExitCode.USAGE, "--demand: " + e.getMessage());
        }
      }
    }
    if (year != null && (year < 1 || year > 9999)) {
      throw new UserError(ExitCode.USAGE, "--year must be 1 to 9999: " + year);
    }
    if (year != null && (from != null || to != null)) {
      throw new UserError(ExitCode.USAGE, "give --year or --from/--to, not both");
    }
    LocalDate f = year != null ? LocalDate.of(year, 1, 1) : date("--from", from);
    LocalDate t = year != null ? LocalDate.of(year, 12, 31) : date("--to", to);
    if (f != null && t != null && f.isAfter(t)) {
      throw new UserError(ExitCode.USAGE, "--from " + f + " is after --to " + t);
    }
    return new SearchRequest.Filter(
        demandId,
        strength,
        f,
        t,
        blankToNull(addressee),
        blankToNull(venue),
        blankToNull(signatory));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static LocalDate date(String option, String value) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new UserError(ExitCode.USAGE, option + " must be a date as 2024-03-18: " + value);
    }
  }

  private boolean colour() {
    String noColorEnv = System.getenv("NO_COLOR");
    return (noColorEnv == null || noColorEnv.isEmpty())
        && ((Refrain) spec.root().userObject()).terminal();
  }
}
