package org.refrain.reports.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.refrain.corpus.Corpus;
import org.refrain.corpus.Letter;
import org.refrain.corpus.metadata.Venue;
import org.refrain.reports.report.ReportFigures;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/** The summary's corpus in numbers. */
final class Numbers {

  private Numbers() {}

  static List<HtmlPage.Fact> of(Corpus corpus, ReportFigures figures) {
    List<Letter> letters = corpus.letters();
    List<HtmlPage.Fact> facts = new ArrayList<>();
    Map<String, Integer> kinds = new TreeMap<>();
    letters.forEach(
        l ->
            kinds.merge(
                l.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '), 1, Integer::sum));
    List<String> byKind = new ArrayList<>();
    kinds.forEach(
        (kind, n) -> byKind.add(String.format(Locale.ROOT, "%,d %s", n, plural(kind, n))));
    facts.add(
        new HtmlPage.Fact(
            "Letters",
            String.format(Locale.ROOT, "%,d", letters.size())
                + (byKind.isEmpty() ? "" : " (" + String.join(", ", byKind) + ")")));
    facts.add(
        new HtmlPage.Fact(
            "Documents read", String.format(Locale.ROOT, "%,d", corpus.sourcesRead())));
    TreeSet<String> dates = new TreeSet<>();
    long undated = 0;
    for (Letter l : letters) {
      if (l.date() == null) {
        undated++;
      } else {
        dates.add(l.date().iso());
      }
    }
    facts.add(
        new HtmlPage.Fact(
            "Dates",
            (dates.isEmpty()
                    ? "none"
                    : dates.size() == 1 ? dates.first() : dates.first() + " to " + dates.last())
                + (undated == 0 ? "" : String.format(Locale.ROOT, " (%,d undated)", undated))));
    facts.add(
        new HtmlPage.Fact(
            "Addressees",
            count(
                letters.stream()
                    .map(Letter::addressee)
                    .filter(Objects::nonNull)
                    .filter(a -> !a.isBlank())
                    .distinct()
                    .count(),
                "distinct")));
    facts.add(
        new HtmlPage.Fact(
            "Venues",
            count(
                letters.stream()
                    .map(Letter::venue)
                    .filter(Objects::nonNull)
                    .map(Venue::name)
                    .distinct()
                    .count(),
                "distinct (UN body and session)")));
    int entities = figures.rows("signatories.csv");
    if (entities >= 0) {
      facts.add(
          new HtmlPage.Fact("Signatories", count(entities, "distinct organisations and persons")));
    }
    Table core = figures.coreMembers();
    int members = figures.rows("coalition-core-members.csv");
    if (core != null && members > 0) {
      List<String> top = new ArrayList<>();
      for (Row row : core) {
        top.add(row.getString("signatory") + " (" + row.getInt("letters") + ")");
      }
      facts.add(
          new HtmlPage.Fact(
              "Core coalition",
              String.format(
                  Locale.ROOT,
                  "%,d signatories signed at least %d letters; most often: %s",
                  members,
                  figures.coreK(),
                  String.join(", ", top))));
    }
    return facts;
  }

  private static String count(long n, String what) {
    return String.format(Locale.ROOT, "%,d %s", n, what);
  }

  private static String plural(String kind, int n) {
    return n == 1 ? kind : kind.endsWith("s") ? kind + "es" : kind + "s";
  }
}
