package org.refrain.reports.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.refrain.analysis.coalition.CoalitionChange;
import org.refrain.analysis.demand.Demand;
import org.refrain.analysis.demand.DemandTag;
import org.refrain.analysis.demand.LetterDemands;
import org.refrain.analysis.demand.Strength;
import org.refrain.analysis.reuse.ReuseFamily;
import org.refrain.analysis.reuse.VariantView;
import org.refrain.analysis.signatory.Merge;
import org.refrain.analysis.signatory.SignatoryEntity;
import org.refrain.corpus.Letter;
import org.refrain.reports.render.VariantRenderer;
import org.refrain.reports.web.SearchPages.Cell;
import org.refrain.reports.web.SearchPages.SimpleView;
import org.refrain.reports.web.SearchPages.TableBlock;

/** The reuse, demand and signatory pages: tables and fragments. */
final class TablePages {

  private TablePages() {}

  /** Letters shown in the demand grid: the latest, as in the report. */
  static final int GRID_LETTERS = 40;

  /** Families listed on the reuse page. */
  static final int FAMILIES = 500;

  static SimpleView reuse(WebCorpus web, String style) {
    List<List<Cell>> rows = new ArrayList<>();
    List<ReuseFamily> families = web.reuse().families();
    for (ReuseFamily f : families.subList(0, Math.min(FAMILIES, families.size()))) {
      rows.add(
          List.of(
              Cell.link(f.id(), WebPages.familyHref(f.id())),
              Cell.of(f.label().label()),
              Cell.num(web.letters(f)),
              Cell.of(f.first().map(Object::toString).orElse("")),
              Cell.of(f.last().map(Object::toString).orElse("")),
              Cell.of(WebPages.shorten(f.text(), 200))));
    }
    String intro =
        families.size()
            + " passages shared by two letters or more, in most letters first"
            + (families.size() > FAMILIES ? " (the first " + FAMILIES + " listed)" : "")
            + ". Each family shows its copies, each as edited from the one before.";
    return new SimpleView(
        style,
        "Reused wording",
        "Reuse",
        intro,
        List.of(
            new TableBlock(
                null, List.of("Family", "Kind", "Letters", "First", "Last", "Wording"), rows)),
        List.of());
  }

  static SimpleView family(WebCorpus web, ReuseFamily family, String style) {
    List<List<Cell>> rows = new ArrayList<>();
    for (String id : family.letters()) {
      rows.add(List.of(Cell.link(web.labels().of(id), WebPages.letterHref(id)), Cell.of(id)));
    }
    String variants = VariantRenderer.html(VariantView.of(family, 40), id -> web.labels().of(id));
    return new SimpleView(
        style,
        "Reuse family " + family.id(),
        "Reuse",
        family.label().label() + ", in " + family.letters().size() + " letters.",
        List.of(new TableBlock("Letters", List.of("Letter", "Id"), rows)),
        List.of("<h2>Copies</h2>", variants));
  }

  static SimpleView demands(WebCorpus web, String style) {
    List<Letter> letters = WebPages.sorted(web.letters(), Letter.CHRONOLOGICAL);
    if (letters.size() > GRID_LETTERS) {
      letters = letters.subList(letters.size() - GRID_LETTERS, letters.size());
    }
    List<String> header = new ArrayList<>();
    header.add("Demand");
    letters.forEach(l -> header.add(web.labels().of(l)));
    List<List<Cell>> rows = new ArrayList<>();
    for (Demand d : web.demands().taxonomy().demands()) {
      List<Cell> row = new ArrayList<>();
      row.add(new Cell(d.label(), null, null, ""));
      for (Letter l : letters) {
        LetterDemands held = web.demands(l);
        DemandTag tag = held.tag(d.id()).orElse(null);
        if (tag == null) {
          row.add(new Cell("·", null, null, "absent"));
        } else {
          String anchor = "#ev-" + tag.evidence().get(0).span().start();
          row.add(
              new Cell(
                  tag.strength() == Strength.ASK ? "ask" : "mention",
                  WebPages.letterHref(l.id()) + anchor,
                  tag.evidence().get(0).text(),
                  tag.strength().label()));
        }
      }
      rows.add(row);
    }
    String intro =
        "Which letter asks for (ask) or only mentions (mention) each demand"
            + (web.letters().size() > GRID_LETTERS ? ", latest " + GRID_LETTERS + " letters" : "")
            + ". Each cell links to its evidence sentence.";
    return new SimpleView(
        style, "Demands", "Demands", intro, List.of(new TableBlock(null, header, rows)), List.of());
  }

  static SimpleView signatories(WebCorpus web, String style) {
    List<List<Cell>> rows = new ArrayList<>();
    List<SignatoryEntity> entities = new ArrayList<>(web.signatories().entities());
    entities.sort(
        java.util.Comparator.comparingInt((SignatoryEntity e) -> -e.letters().size())
            .thenComparing(SignatoryEntity::name));
    for (SignatoryEntity e : entities) {
      rows.add(
          List.of(
              Cell.link(e.name(), WebPages.entityHref(e.id())),
              Cell.of(e.kind().name().toLowerCase(Locale.ROOT)),
              Cell.of(e.country() == null ? "" : e.country()),
              Cell.num(e.letters().size()),
              Cell.num(e.aliases().size())));
    }
    List<List<Cell>> changes = new ArrayList<>();
    for (CoalitionChange c : web.changes()) {
      changes.add(
          List.of(
              Cell.link(web.labels().of(c.before()), WebPages.letterHref(c.before().id())),
              Cell.link(web.labels().of(c.after()), WebPages.letterHref(c.after().id())),
              Cell.num(c.joined().size()),
              Cell.num(c.left().size()),
              Cell.num(c.stayed().size())));
    }
    return new SimpleView(
        style,
        "Signatories",
        "Signatories",
        entities.size() + " organisations and people, resolved across letters.",
        List.of(
            new TableBlock(
                null, List.of("Name", "Kind", "Country", "Letters", "Names written"), rows),
            new TableBlock(
                "Coalition change from letter to letter",
                List.of("From", "To", "Joined", "Left", "Stayed"),
                changes)),
        List.of());
  }

  static SimpleView entity(WebCorpus web, SignatoryEntity e, String style) {
    List<List<Cell>> letters = new ArrayList<>();
    for (Letter l : e.letters()) {
      letters.add(
          List.of(
              Cell.link(web.labels().of(l), WebPages.letterHref(l.id())),
              Cell.of(WebPages.date(l))));
    }
    List<List<Cell>> aliases = new ArrayList<>();
    e.aliases().forEach(a -> aliases.add(List.of(Cell.of(a))));
    List<List<Cell>> merges = new ArrayList<>();
    for (Merge m : e.merges()) {
      merges.add(
          List.of(
              Cell.of(m.a()),
              Cell.of(m.b()),
              Cell.of(
                  m.match().rule().name().toLowerCase(Locale.ROOT) + ": " + m.match().detail())));
    }
    String intro =
        e.kind().name().toLowerCase(Locale.ROOT)
            + (e.acronym() == null ? "" : ", " + e.acronym())
            + (e.country() == null ? "" : ", " + e.country())
            + "; signed "
            + e.letters().size()
            + " letters.";
    return new SimpleView(
        style,
        e.name(),
        "Signatories",
        intro,
        List.of(
            new TableBlock("Letters signed", List.of("Letter", "Date"), letters),
            new TableBlock("Names written", List.of("Name"), aliases),
            new TableBlock(
                "Why these names are one", List.of("Name", "Merged with", "Because"), merges)),
        List.of());
  }
}
