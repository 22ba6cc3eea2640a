package org.refrain.reports.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.refrain.analysis.demand.Strength;
import org.refrain.analysis.index.PassageIndex;
import org.refrain.analysis.index.SearchRequest;
import org.refrain.analysis.index.SearchResult;
import org.refrain.analysis.reuse.LetterComparer;
import org.refrain.analysis.reuse.LetterComparison;
import org.refrain.analysis.reuse.ParagraphMatch;
import org.refrain.analysis.reuse.ReuseSettings;
import org.refrain.analysis.reuse.ReuseText;
import org.refrain.corpus.Letter;
import org.refrain.reports.render.DiffRenderer;
import org.refrain.reports.web.WebPages.Piece;

/** The models of the search, compare and table pages. */
public final class SearchPages {

  private SearchPages() {}

  /** The filters a search page reads from its query string, in the order they show. */
  static final List<String> FILTERS =
      List.of("year", "addressee", "venue", "kind", "demand", "country", "signatory");

  public record Bar(String label, long count, int height) {}

  public record FacetView(String name, List<String[]> values) {}

  public record HitView(
      String href, String heading, List<Piece> pieces, String meta, String like) {}

  public record SearchView(
      String style,
      String query,
      List<String[]> hidden,
      List<String[]> filters,
      String error,
      String summary,
      List<Bar> years,
      List<FacetView> facets,
      List<HitView> hits,
      String like,
      List<String[]> similar) {

    /** A page without hits: a message, an error, or letters like one. */
    static SearchView without(
        String style,
        String query,
        List<String[]> hidden,
        List<String[]> filters,
        String error,
        String summary,
        String like,
        List<String[]> similar) {
      return new SearchView(
          style, query, hidden, filters, error, summary, List.of(), List.of(), List.of(), like,
          similar);
    }
  }

  public record CompareView(
      String style,
      List<String[]> letters,
      String a,
      String b,
      String error,
      List<String> shares,
      List<String[]> rows) {}

  public record Cell(String text, String href, String title, String cls) {
    public static Cell of(String text) {
      return new Cell(text, null, null, "");
    }

    public static Cell link(String text, String href) {
      return new Cell(text, href, null, "");
    }

    public static Cell num(long n) {
      return new Cell(Long.toString(n), null, null, "num");
    }
  }

  public record TableBlock(String heading, List<String> header, List<List<Cell>> rows) {}

  public record SimpleView(
      String style,
      String title,
      String active,
      String intro,
      List<TableBlock> tables,
      List<String> fragments) {}

  /** The search's filter from the query string; a wrong value is an IllegalArgumentException. */
  static SearchRequest.Filter filter(Map<String, String> q) {
    String demand = blank(q.get("demand"));
    Strength strength = null;
    if (demand != null && demand.contains(":")) {
      strength = Strength.of(demand.substring(demand.indexOf(':') + 1));
      demand = demand.substring(0, demand.indexOf(':'));
    }
    LocalDate from = null;
    LocalDate to = null;
    String year = blank(q.get("year"));
    if (year != null) {
      int y;
      try {
        y = Integer.parseInt(year);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("the year must be a number: " + year);
      }
      if (y < 1 || y > 9999) {
        throw new IllegalArgumentException("the year must be 1 to 9999: " + year);
      }
      from = LocalDate.of(y, 1, 1);
      to = LocalDate.of(y, 12, 31);
    }
    try {
      if (blank(q.get("from")) != null) {
        from = LocalDate.parse(q.get("from").strip());
      }
      if (blank(q.get("to")) != null) {
        to = LocalDate.parse(q.get("to").strip());
      }
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("a date is written as 2024-03-18");
    }
    return new SearchRequest.Filter(
        demand,
        strength,
        from,
        to,
        blank(q.get("addressee")),
        blank(q.get("venue")),
        blank(q.get("signatory")),
        blank(q.get("kind")),
        blank(q.get("country")));
  }

  static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** The search page: the query's hits, facets as links adding a filter, hits per year. */
  static SearchView search(WebCorpus web, Map<String, String> q, String style) throws IOException {
    String query = q.getOrDefault("q", "").strip();
    String like = blank(q.get("like"));
    Map<String, String> kept = new LinkedHashMap<>();
    for (String name : FILTERS) {
      if (blank(q.get(name)) != null) {
        kept.put(name, q.get(name).strip());
      }
    }
    List<String[]> hidden = new ArrayList<>();
    List<String[]> chips = new ArrayList<>();
    kept.forEach(
        (name, value) -> {
          hidden.add(new String[] {name, value});
          Map<String, String> without = new LinkedHashMap<>(kept);
          without.remove(name);
          chips.add(new String[] {url(query, without), name + ": " + value});
        });
    List<String[]> similar = new ArrayList<>();
    if (like != null) {
      String id = web.letter(like).map(Letter::id).orElse(null);
      if (id == null) {
        return SearchView.without(
            style, query, hidden, chips, "No letter " + like + ".", null, null, List.of());
      }
      for (PassageIndex.Similar s : web.index().like(id, 10)) {
        similar.add(
            new String[] {
              WebPages.letterHref(s.letter()),
              web.labels().of(s.letter()),
              s.sharedPassages() + " passages shared"
            });
      }
      if (query.isEmpty()) {
        return SearchView.without(
            style, query, hidden, chips, null, null, web.labels().of(id), similar);
      }
    }
    if (query.isEmpty()) {
      return SearchView.without(
          style,
          query,
          hidden,
          chips,
          null,
          "Search the passages of " + web.letters().size() + " letters.",
          null,
          List.of());
    }
    SearchResult result;
    try {
      result = web.index().search(new SearchRequest(query, filter(q), 20));
    } catch (IllegalArgumentException e) {
      return SearchView.without(style, query, hidden, chips, e.getMessage(), null, null, List.of());
    }
    String summary =
        String.format(
            Locale.ROOT,
            "%d passage%s in %d letter%s%s.",
            result.total(),
            result.total() == 1 ? "" : "s",
            result.letters(),
            result.letters() == 1 ? "" : "s",
            result.hits().size() < result.total()
                ? "; the best " + result.hits().size() + " shown"
                : "");
    List<Bar> years = new ArrayList<>();
    if (!result.perYear().isEmpty()) {
      long max = result.perYear().values().stream().mapToLong(Long::longValue).max().orElse(1);
      for (int y = result.perYear().firstKey(); y <= result.perYear().lastKey(); y++) {
        long n = result.perYear().getOrDefault(y, 0L);
        years.add(new Bar(Integer.toString(y), n, (int) Math.round(80.0 * n / Math.max(1, max))));
      }
    }
    List<FacetView> facets = new ArrayList<>();
    result
        .facets()
        .forEach(
            (dim, counts) -> {
              if (counts.isEmpty() || kept.containsKey(dim)) {
                return;
              }
              List<String[]> values = new ArrayList<>();
              for (SearchResult.FacetCount c : counts) {
                Map<String, String> with = new LinkedHashMap<>(kept);
                with.put(dim, c.value());
                values.add(new String[] {url(query, with), c.value(), Long.toString(c.letters())});
              }
              facets.add(new FacetView(dim, values));
            });
    List<HitView> hits = new ArrayList<>();
    for (SearchResult.Hit h : result.hits()) {
      String heading =
          (h.date() == null ? "undated" : h.date())
              + " · "
              + (h.addressee() == null ? "no addressee" : h.addressee())
              + (h.venue() == null ? "" : " · " + h.venue())
              + ", paragraph "
              + (h.paragraph() + 1);
      String meta =
          h.family() == null
              ? h.letter()
              : h.letter() + " · wording in " + h.familyLetters() + " letters (" + h.family() + ")";
      hits.add(
          new HitView(
              WebPages.letterHref(h.letter()) + "#p" + (h.paragraph() + 1),
              heading,
              WebPages.marked(h.text(), h.highlights(), "hit", null),
              meta,
              "/search?like=" + Urls.encode(h.letter())));
    }
    return new SearchView(
        style,
        query,
        hidden,
        chips,
        null,
        summary,
        years,
        facets,
        hits,
        like == null ? null : web.labels().of(like),
        similar);
  }

  /** A search URL with the query and these filters. */
  static String url(String query, Map<String, String> filters) {
    StringBuilder out = new StringBuilder("/search?q=").append(Urls.encode(query));
    filters.forEach((k, v) -> out.append('&').append(k).append('=').append(Urls.encode(v)));
    return out.toString();
  }

  /** The compare page: two letters' paragraphs aligned, moved ones as moves, words diffed. */
  static CompareView compare(
      WebCorpus web, Map<String, String> q, ReuseSettings settings, String style) {
    List<String[]> options = new ArrayList<>();
    List<Letter> sorted = WebPages.sorted(web.letters(), Letter.CHRONOLOGICAL);
    for (Letter l : sorted) {
      options.add(new String[] {l.id(), web.labels().of(l) + " (" + l.id() + ")"});
    }
    String a = blank(q.get("a"));
    String b = blank(q.get("b"));
    if (a == null || b == null) {
      return new CompareView(style, options, a, b, null, List.of(), List.of());
    }
    Letter la = web.letter(a).orElse(null);
    Letter lb = web.letter(b).orElse(null);
    if (la == null || lb == null) {
      return new CompareView(
          style, options, a, b, "No letter " + (la == null ? a : b) + ".", List.of(), List.of());
    }
    if (la.id().equals(lb.id())) {
      return new CompareView(
          style, options, a, b, "Choose two different letters.", List.of(), List.of());
    }
    ReuseText ta = ReuseText.of(web.annotated(a).orElseThrow(), settings.normalizer());
    ReuseText tb = ReuseText.of(web.annotated(b).orElseThrow(), settings.normalizer());
    LetterComparison c = LetterComparer.of(settings).compare(ta, tb);
    List<String> shares = new ArrayList<>();
    shares.add(
        String.format(
            Locale.ROOT,
            "A: %s, %d of its words (%.0f%%) are in B.",
            web.labels().of(la),
            c.sharedA(),
            100.0 * c.sharedA() / Math.max(1, ta.size())));
    shares.add(
        String.format(
            Locale.ROOT,
            "B: %s, %d of its words (%.0f%%) are in A.",
            web.labels().of(lb),
            c.sharedB(),
            100.0 * c.sharedB() / Math.max(1, tb.size())));
    List<String[]> rows = new ArrayList<>();
    for (ParagraphMatch row : c.rows()) {
      String heading =
          switch (row.kind()) {
            case DELETED -> "only in A: paragraph " + (row.a() + 1);
            case INSERTED -> "only in B: paragraph " + (row.b() + 1);
            case MOVED ->
                String.format(
                    Locale.ROOT,
                    "moved: A paragraph %d is B paragraph %d, %.0f%% alike",
                    row.a() + 1,
                    row.b() + 1,
                    row.similarity() * 100);
            case SAME ->
                String.format(
                    Locale.ROOT, "same: A paragraph %d, B paragraph %d", row.a() + 1, row.b() + 1);
            case CHANGED ->
                String.format(
                    Locale.ROOT,
                    "changed: A paragraph %d to B paragraph %d, %.0f%% alike",
                    row.a() + 1,
                    row.b() + 1,
                    row.similarity() * 100);
          };
      // DiffRenderer.HTML escapes every text it writes.
      rows.add(new String[] {row.kind().label(), heading, DiffRenderer.HTML.render(row.diff())});
    }
    return new CompareView(style, options, a, b, null, shares, rows);
  }
}
