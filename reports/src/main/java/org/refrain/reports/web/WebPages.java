package org.refrain.reports.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.refrain.analysis.demand.DemandTag;
import org.refrain.analysis.demand.Evidence;
import org.refrain.analysis.demand.LetterDemands;
import org.refrain.analysis.demand.Strength;
import org.refrain.analysis.reuse.ReuseFamily;
import org.refrain.corpus.Letter;
import org.refrain.corpus.Paragraph;
import org.refrain.corpus.Span;
import org.refrain.corpus.signatory.SignatoryMention;

/**
 * The models of the app's pages, built from a {@link WebCorpus}: plain records the templates in
 * {@code src/main/jte/web} render, every text escaped there. Links are built from ids only, each
 * URL-encoded.
 */
public final class WebPages {

  private WebPages() {}

  /** The navigation: path and name. */
  public static final List<String[]> NAV =
      List.of(
          new String[] {"/letters", "Letters"},
          new String[] {"/search", "Search"},
          new String[] {"/compare", "Compare"},
          new String[] {"/reuse", "Reuse"},
          new String[] {"/demands", "Demands"},
          new String[] {"/signatories", "Signatories"},
          new String[] {"/draft", "Draft check"},
          new String[] {"/report", "Report"});

  /** A select box of a filter form: name, label, options as {value, text}, the chosen value. */
  public record Select(String name, String label, List<String[]> options, String value) {}

  public record LetterRow(
      String id,
      String href,
      String date,
      String kind,
      String addressee,
      String venue,
      int words,
      int signatories,
      String asks) {}

  public record LettersView(
      String style, List<Select> selects, String summary, List<LetterRow> rows) {}

  /** A run of text: plain (kind null) or marked ("ask", "mention", "hit", "reused"). */
  public record Piece(String text, String kind, String id, String title) {}

  public record ParagraphView(String id, List<Piece> pieces) {}

  public record LetterView(
      String style,
      String id,
      String title,
      List<String[]> facts,
      List<ParagraphView> paragraphs,
      List<String[]> demands,
      List<String[]> families,
      String claims,
      List<String[]> signatories) {}

  /**
   * A signatory as read from its entry (name, acronym, title or description, country): the raw
   * entry of a scraped table runs its cells together ("Human AsiaSouth Korea").
   */
  static String label(SignatoryMention m) {
    StringBuilder out = new StringBuilder(m.name());
    if (m.acronym() != null && !m.name().contains(m.acronym())) {
      out.append(" (").append(m.acronym()).append(')');
    }
    if (m.title() != null) {
      out.append(", ").append(m.title());
    }
    if (m.affiliation() != null) {
      out.append(", ").append(m.affiliation());
    }
    if (m.country() != null) {
      out.append(" · ").append(m.country());
    }
    return out.toString();
  }

  static String letterHref(String id) {
    return "/letters/" + Urls.encode(id);
  }

  static String entityHref(String id) {
    return "/signatories/" + Urls.encode(id);
  }

  static String familyHref(String id) {
    return "/reuse/" + Urls.encode(id);
  }

  static String date(Letter l) {
    return l.date() == null ? "undated" : l.date().iso();
  }

  /** The letters, filtered by the query's year, addressee, venue, kind and demand. */
  static LettersView letters(WebCorpus web, Map<String, String> q, String style) {
    String year = q.getOrDefault("year", "");
    String addressee = q.getOrDefault("addressee", "");
    String venue = q.getOrDefault("venue", "");
    String kind = q.getOrDefault("kind", "");
    String demand = q.getOrDefault("demand", "");
    TreeSet<String> years = new TreeSet<>();
    TreeSet<String> addressees = new TreeSet<>();
    TreeSet<String> venues = new TreeSet<>();
    TreeSet<String> kinds = new TreeSet<>();
    for (Letter l : web.letters()) {
      if (l.date() != null) {
        years.add(Integer.toString(l.date().value().getYear()));
      }
      if (l.addressee() != null && !l.addressee().isBlank()) {
        addressees.add(l.addressee());
      }
      if (l.venue() != null) {
        venues.add(l.venue().body());
      }
      kinds.add(l.kind().label());
    }
    List<String[]> demandOptions = new ArrayList<>();
    web.demands()
        .taxonomy()
        .demands()
        .forEach(d -> demandOptions.add(new String[] {d.id(), d.label()}));
    List<Select> selects =
        List.of(
            new Select("year", "Year", options(years), year),
            new Select("addressee", "Addressee", options(addressees), addressee),
            new Select("venue", "Venue", options(venues), venue),
            new Select("kind", "Kind", options(kinds), kind),
            new Select("demand", "Asks for", demandOptions, demand));
    List<LetterRow> rows = new ArrayList<>();
    List<Letter> sorted = new ArrayList<>(web.letters());
    sorted.sort(Letter.CHRONOLOGICAL);
    for (Letter l : sorted) {
      if (!year.isEmpty()
          && (l.date() == null || !year.equals(Integer.toString(l.date().value().getYear())))) {
        continue;
      }
      if (!addressee.isEmpty() && !addressee.equals(l.addressee())) {
        continue;
      }
      if (!venue.isEmpty() && (l.venue() == null || !venue.equals(l.venue().body()))) {
        continue;
      }
      if (!kind.isEmpty() && !kind.equals(l.kind().label())) {
        continue;
      }
      LetterDemands held = web.demands(l);
      if (!demand.isEmpty() && held.strength(demand) != Strength.ASK) {
        continue;
      }
      List<String> asks = new ArrayList<>();
      for (DemandTag t : held.tags()) {
        if (t.strength() == Strength.ASK) {
          asks.add(t.demand().label());
        }
      }
      rows.add(
          new LetterRow(
              l.id(),
              letterHref(l.id()),
              date(l),
              l.kind().label(),
              l.addressee() == null ? "" : l.addressee(),
              l.venue() == null ? "" : l.venue().label(),
              l.words(),
              l.signatories().size(),
              String.join("; ", asks)));
    }
    String summary =
        rows.size() == web.letters().size()
            ? rows.size() + " letters"
            : rows.size() + " of " + web.letters().size() + " letters";
    return new LettersView(style, selects, summary, rows);
  }

  private static List<String[]> options(TreeSet<String> values) {
    return values.stream().map(v -> new String[] {v, v}).toList();
  }

  /** A letter's page. */
  static LetterView letter(WebCorpus web, Letter l, String style) {
    List<String[]> facts = new ArrayList<>();
    facts.add(new String[] {"Id", l.id()});
    facts.add(
        new String[] {
          "Date", date(l) + (l.date() == null ? "" : " (" + l.date().source().label() + ")")
        });
    facts.add(new String[] {"Kind", l.kind().label()});
    facts.add(new String[] {"Addressee", l.addressee() == null ? "not found" : l.addressee()});
    facts.add(new String[] {"Venue", l.venue() == null ? "not found" : l.venue().label()});
    facts.add(new String[] {"Sources", String.join("; ", l.sources())});
    facts.add(new String[] {"Words", Integer.toString(l.words())});
    LetterDemands held = web.demands(l);
    // Evidence sentences as marks: ask or mention, each with its demands in the title.
    TreeMap<Integer, Evidence> byStart = new TreeMap<>();
    Map<Evidence, List<String>> labels = new java.util.HashMap<>();
    for (DemandTag tag : held.tags()) {
      for (Evidence e : tag.evidence()) {
        Evidence first = byStart.putIfAbsent(e.span().start(), e);
        Evidence key = first == null ? e : first;
        labels
            .computeIfAbsent(key, k -> new ArrayList<>())
            .add(tag.demand().label() + " (" + e.strength().label() + ")");
      }
    }
    List<ParagraphView> paragraphs = new ArrayList<>();
    int p = 0;
    for (Paragraph para : l.paragraphs()) {
      List<Piece> pieces = new ArrayList<>();
      int at = para.span().start();
      int end = para.span().end();
      for (Evidence e : byStart.subMap(para.span().start(), true, end, false).values()) {
        int s = Math.max(e.span().start(), at);
        int t = Math.min(e.span().end(), end);
        if (t <= s) {
          continue;
        }
        if (s > at) {
          pieces.add(new Piece(l.text().substring(at, s), null, null, null));
        }
        boolean ask = labels.get(e).stream().anyMatch(x -> x.endsWith("(ask)"));
        pieces.add(
            new Piece(
                l.text().substring(s, t),
                ask ? "ask" : "mention",
                "ev-" + e.span().start(),
                String.join("; ", labels.get(e))));
        at = t;
      }
      if (at < end) {
        pieces.add(new Piece(l.text().substring(at, end), null, null, null));
      }
      paragraphs.add(new ParagraphView("p" + (++p), pieces));
    }
    List<String[]> demands = new ArrayList<>();
    for (DemandTag tag : held.tags()) {
      Evidence first = tag.evidence().get(0);
      demands.add(
          new String[] {
            "#ev-" + byStart.floorEntry(first.span().start()).getValue().span().start(),
            tag.demand().label() + ": " + tag.strength().label()
          });
    }
    List<String[]> families = new ArrayList<>();
    for (WebCorpus.FamilyCopy fc : web.families(l)) {
      ReuseFamily f = fc.family();
      families.add(
          new String[] {
            familyHref(f.id()),
            f.id() + " (" + f.label().label() + ", " + fc.letters() + " letters)",
            shorten(fc.copy().text(), 160)
          });
    }
    List<String[]> signatories = new ArrayList<>();
    List<SignatoryMention> mentions = l.signatories();
    for (int i = 0; i < mentions.size(); i++) {
      int position = i;
      String href = web.entity(l, position).map(e -> entityHref(e.id())).orElse(null);
      SignatoryMention m = mentions.get(i);
      signatories.add(new String[] {href, label(m), m.raw()});
    }
    String claims =
        String.format(
            Locale.ROOT,
            "The letter's own count, checked against its list: %s%s.",
            l.claimCheck().status().label(),
            l.claimCheck().detail().isBlank() ? "" : " (" + l.claimCheck().detail() + ")");
    return new LetterView(
        style,
        l.id(),
        web.labels().of(l),
        facts,
        paragraphs,
        demands,
        families,
        claims,
        signatories);
  }

  static String shorten(String text, int max) {
    String flat = text.replaceAll("\\s+", " ").strip();
    return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
  }

  /** Splits {@code text} at {@code spans} (in order, inside it) into plain and marked pieces. */
  static List<Piece> marked(String text, List<Span> spans, String kind, String href) {
    List<Piece> out = new ArrayList<>();
    int at = 0;
    for (Span s : spans) {
      if (s.start() < at || s.end() > text.length()) {
        continue;
      }
      if (s.start() > at) {
        out.add(new Piece(text.substring(at, s.start()), null, null, null));
      }
      out.add(new Piece(text.substring(s.start(), s.end()), kind, href, null));
      at = s.end();
    }
    if (at < text.length()) {
      out.add(new Piece(text.substring(at), null, null, null));
    }
    return out;
  }

  static <T> List<T> sorted(List<T> list, Comparator<T> order) {
    List<T> out = new ArrayList<>(list);
    out.sort(order);
    return out;
  }

  static String nonNull(String s) {
    return Objects.requireNonNullElse(s, "");
  }
}
