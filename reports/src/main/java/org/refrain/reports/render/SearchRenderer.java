package org.refrain.reports.render;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.refrain.analysis.index.PassageIndex;
import org.refrain.analysis.index.SearchResult;
import org.refrain.corpus.Span;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Search results as text: a count, the hits per year (a dispersion line), each passage with its
 * matches marked ({@code [[...]]}, or bold on a terminal) and how many letters share its wording,
 * then the facet counts. Also as a Tablesaw table for CSV.
 */
public final class SearchRenderer {

  private SearchRenderer() {}

  public static String text(String query, SearchResult result, boolean ansi) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%s: %d %s in %d %s%n",
            TerminalText.visible(query),
            result.total(),
            result.total() == 1 ? "passage" : "passages",
            result.letters(),
            result.letters() == 1 ? "letter" : "letters"));
    if (!result.perYear().isEmpty()) {
      out.append("per year:");
      int first = result.perYear().firstKey();
      int last = result.perYear().lastKey();
      for (int y = first; y <= last; y++) {
        out.append(' ').append(y).append(' ').append(result.perYear().getOrDefault(y, 0L));
        if (y < last) {
          out.append(" ·");
        }
      }
      out.append('\n');
    }
    int n = 0;
    for (SearchResult.Hit hit : result.hits()) {
      n++;
      out.append('\n')
          .append(n)
          .append(". ")
          .append(hit.date() == null ? "undated" : hit.date())
          .append(" · ")
          .append(TerminalText.visible(hit.addressee() == null ? "no addressee" : hit.addressee()))
          .append(hit.venue() == null ? "" : " · " + hit.venue())
          .append("  (")
          .append(hit.letter())
          .append(", paragraph ")
          .append(hit.paragraph() + 1)
          .append(")\n   ")
          .append(marked(hit.text(), hit.highlights(), ansi))
          .append('\n');
      if (hit.family() != null) {
        out.append("   wording used in ")
            .append(hit.familyLetters())
            .append(" letters (reuse family ")
            .append(hit.family())
            .append(")\n");
      }
    }
    if (result.hits().size() < result.total()) {
      out.append(
          String.format(
              Locale.ROOT,
              "%n(%d of %d passages shown; --limit N for more)%n",
              result.hits().size(),
              result.total()));
    }
    if (result.letters() > 0) {
      out.append("\nletters by\n");
      for (Map.Entry<String, List<SearchResult.FacetCount>> e : result.facets().entrySet()) {
        if (e.getValue().isEmpty()) {
          continue;
        }
        out.append("  ").append(e.getKey()).append(": ");
        List<SearchResult.FacetCount> counts = e.getValue();
        for (int i = 0; i < counts.size(); i++) {
          if (i > 0) {
            out.append(", ");
          }
          out.append(TerminalText.visible(counts.get(i).value()))
              .append(" (")
              .append(counts.get(i).letters())
              .append(')');
        }
        out.append('\n');
      }
    }
    return out.toString();
  }

  /** The text on one line with its matches marked. */
  static String marked(String text, List<Span> spans, boolean ansi) {
    String open = ansi ? "\u001B[1;4m" : "[[";
    String close = ansi ? "\u001B[0m" : "]]";
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (Span s : spans) {
      out.append(flat(text.substring(at, s.start())))
          .append(open)
          .append(flat(text.substring(s.start(), s.end())))
          .append(close);
      at = s.end();
    }
    out.append(flat(text.substring(at)));
    return out.toString();
  }

  private static String flat(String s) {
    return TerminalText.visible(s.replaceAll("\\s*\\R\\s*", " "));
  }

  /** The hits as a table, for CSV. */
  public static Table table(SearchResult result) {
    Table t = Table.create("search");
    StringColumn letter = StringColumn.create("letter");
    StringColumn source = StringColumn.create("source");
    IntColumn index = IntColumn.create("index");
    IntColumn paragraph = IntColumn.create("paragraph");
    StringColumn date = StringColumn.create("date");
    StringColumn addressee = StringColumn.create("addressee");
    StringColumn venue = StringColumn.create("venue");
    StringColumn score = StringColumn.create("score");
    StringColumn text = StringColumn.create("text");
    StringColumn marks = StringColumn.create("highlights");
    StringColumn family = StringColumn.create("family");
    IntColumn familyLetters = IntColumn.create("family letters");
    for (SearchResult.Hit h : result.hits()) {
      letter.append(h.letter());
      source.append(h.source());
      index.append(h.index());
      paragraph.append(h.paragraph() + 1);
      date.append(h.date() == null ? "" : h.date());
      addressee.append(h.addressee() == null ? "" : h.addressee());
      venue.append(h.venue() == null ? "" : h.venue());
      score.append(String.format(Locale.ROOT, "%.4f", h.score()));
      text.append(h.text());
      marks.append(
          String.join(" ", h.highlights().stream().map(s -> s.start() + "-" + s.end()).toList()));
      family.append(h.family() == null ? "" : h.family());
      familyLetters.append(h.familyLetters());
    }
    return t.addColumns(
        letter,
        source,
        index,
        paragraph,
        date,
        addressee,
        venue,
        score,
        text,
        marks,
        family,
        familyLetters);
  }

  /** Letters like a letter, as text. */
  public static String similar(String letter, List<PassageIndex.Similar> similar) {
    StringBuilder out = new StringBuilder();
    out.append("letters most like ").append(letter).append('\n');
    int n = 0;
    for (PassageIndex.Similar s : similar) {
      out.append(
          String.format(
              Locale.ROOT,
              "%d. %s · %s%s  (%s)  %d shared passages, score %.2f%n",
              ++n,
              s.date() == null ? "undated" : s.date(),
              TerminalText.visible(s.addressee() == null ? "no addressee" : s.addressee()),
              s.venue() == null ? "" : " · " + s.venue(),
              s.letter(),
              s.sharedPassages(),
              s.score()));
    }
    if (similar.isEmpty()) {
      out.append("(none)\n");
    }
    return out.toString();
  }
}
