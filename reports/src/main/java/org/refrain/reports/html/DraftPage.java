package org.refrain.reports.html;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.WriterOutput;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.refrain.analysis.index.DraftCheck;
import org.refrain.analysis.index.PassageIndex;
import org.refrain.analysis.reuse.DiffSegment;
import org.refrain.corpus.Span;
import org.refrain.reports.render.DraftRenderer;

/**
 * The draft check as a self-contained HTML page: the draft with its reused spans marked, each
 * linked to the earlier passage it was found in, the matches with their word-level diffs, the
 * demands, and the missing demands with earlier wording. Every text is escaped by the template
 * (jte's HTML content type), as in the report.
 *
 * @param title the page's title
 * @param style the report's style sheet
 * @param summary the shares, as sentences
 * @param paragraphs the draft's paragraphs
 * @param demands the demands the draft makes
 * @param missing what earlier letters asked for and the draft does not
 * @param missingNote why no missing demands could be looked for, or null
 */
public record DraftPage(
    String title,
    String style,
    List<String> summary,
    List<ParagraphView> paragraphs,
    List<DraftCheck.HeldDemand> demands,
    List<MissingView> missing,
    String missingNote) {

  private static final TemplateEngine ENGINE =
      TemplateEngine.createPrecompiled(
          null,
          ContentType.Html,
          DraftPage.class.getClassLoader(),
          "org.refrain.reports.html.templates");

  public DraftPage {
    Objects.requireNonNull(title, "title");
    summary = List.copyOf(summary);
    paragraphs = List.copyOf(paragraphs);
    demands = List.copyOf(demands);
    missing = List.copyOf(missing);
  }

  /** A run of a paragraph's text, reused (with the match it links to) or not. */
  public record Piece(String text, String href) {
    public boolean reused() {
      return href != null;
    }
  }

  /** A paragraph: its pieces, what it is, and its matches. */
  public record ParagraphView(
      String id, String label, List<Piece> pieces, List<MatchView> matches) {}

  /** An earlier passage: where from, how alike, the diff as segments. */
  public record MatchView(String id, String heading, String signatories, List<DiffView> diff) {}

  /** A diff segment: "same", "del" or "ins", with its text. */
  public record DiffView(String kind, String text) {}

  /** A missing demand with the letters that asked. */
  public record MissingView(String label, String note, List<PassageIndex.Asked> letters) {}

  /** Writes {@code page}. */
  public static void write(DraftPage page, Writer out) {
    ENGINE.render("draft.jte", page, new WriterOutput(out));
  }

  /** The page of {@code check}. */
  public static DraftPage of(String title, DraftCheck check) {
    List<String> summary = new ArrayList<>();
    summary.add(
        String.format(
            Locale.ROOT,
            "%d words: %d reused from earlier letters, %d new, %d in salutations, openers and"
                + " closings (counted apart).",
            check.words(),
            check.reusedWords(),
            check.newWords(),
            check.boilerplateWords()));
    summary.add(
        String.format(
            Locale.ROOT,
            "%.0f%% of the words of substance are found in earlier letters.",
            check.reusedShare() * 100));
    List<ParagraphView> paragraphs = new ArrayList<>();
    for (DraftCheck.Paragraph p : check.paragraphs()) {
      String id = "p" + (p.index() + 1);
      List<MatchView> matches = new ArrayList<>();
      for (int m = 0; m < p.matches().size(); m++) {
        DraftCheck.Match match = p.matches().get(m);
        var hit = match.passage();
        String heading =
            String.format(
                Locale.ROOT,
                "%s · %s · %s, paragraph %d: %.0f%% alike, %d words shared%s",
                hit.date() == null ? "undated" : hit.date(),
                hit.addressee() == null ? "no addressee" : hit.addressee(),
                hit.letter(),
                hit.paragraph() + 1,
                match.similarity() * 100,
                match.sharedWords(),
                hit.family() == null
                    ? ""
                    : "; this wording is in " + hit.familyLetters() + " letters");
        matches.add(
            new MatchView(id + "m" + (m + 1), heading, hit.signatories(), diff(match.diff())));
      }
      paragraphs.add(new ParagraphView(id, DraftRenderer.heading(p), pieces(id, p), matches));
    }
    List<MissingView> missing = new ArrayList<>();
    for (DraftCheck.MissingDemand d : check.missing()) {
      missing.add(
          new MissingView(
              d.label() + " (" + d.demand() + ")",
              d.mentioned() ? "The draft mentions it but does not ask for it." : null,
              d.letters()));
    }
    String note =
        check.addressee() == null && check.venue() == null
            ? "The draft names no addressee or venue: give --addressee or --venue to compare it"
                + " with earlier letters to the same."
            : null;
    return new DraftPage(
        title,
        HtmlReport.resource("report.css") + HtmlReport.resource("draft.css"),
        summary,
        paragraphs,
        check.demands(),
        missing,
        note);
  }

  /** The paragraph cut at its reused spans, each linked to the first match holding it. */
  private static List<Piece> pieces(String id, DraftCheck.Paragraph p) {
    List<Piece> out = new ArrayList<>();
    String text = p.text();
    int at = 0;
    for (Span span : p.reused()) {
      if (span.start() > at) {
        out.add(new Piece(text.substring(at, span.start()), null));
      }
      String href = null;
      for (int m = 0; m < p.matches().size() && href == null; m++) {
        for (Span s : p.matches().get(m).reused()) {
          if (s.start() < span.end() && span.start() < s.end()) {
            href = "#" + id + "m" + (m + 1);
            break;
          }
        }
      }
      // A span found only in a passage beyond those shown links to the paragraph's matches.
      out.add(new Piece(text.substring(span.start(), span.end()), href == null ? "#" + id : href));
      at = span.end();
    }
    if (at < text.length()) {
      out.add(new Piece(text.substring(at), null));
    }
    return out;
  }

  private static List<DiffView> diff(List<DiffSegment> segments) {
    List<DiffView> out = new ArrayList<>();
    for (DiffSegment s : segments) {
      if (s instanceof DiffSegment.Same same) {
        out.add(new DiffView("same", same.text()));
      } else if (s instanceof DiffSegment.Inserted ins) {
        out.add(new DiffView("ins", ins.text()));
      } else if (s instanceof DiffSegment.Deleted del) {
        out.add(new DiffView("del", del.text()));
      } else if (s instanceof DiffSegment.Changed ch) {
        out.add(new DiffView("del", ch.from()));
        out.add(new DiffView("ins", ch.to()));
      }
    }
    return out;
  }
}
