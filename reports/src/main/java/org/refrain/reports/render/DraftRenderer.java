package org.refrain.reports.render;

import java.util.Locale;
import org.refrain.analysis.index.DraftCheck;
import org.refrain.analysis.index.PassageIndex;

/** A draft check as text or Markdown: shares, each paragraph with its matches, the demands. */
public final class DraftRenderer {

  private DraftRenderer() {}

  public static String text(DraftCheck check) {
    return render(check, DiffRenderer.PLAIN);
  }

  public static String markdown(DraftCheck check) {
    return render(check, DiffRenderer.MARKDOWN);
  }

  /**
   * A paragraph's heading, in every format: "Paragraph 2: reused, 100% of 66 words found earlier".
   */
  public static String heading(DraftCheck.Paragraph p) {
    return String.format(
        Locale.ROOT,
        "Paragraph %d: %s, %.0f%% of %d words found earlier",
        p.index() + 1,
        p.boilerplate() ? "boilerplate" : p.isReused() ? "reused" : "new",
        p.share() * 100,
        p.words());
  }

  private static String render(DraftCheck check, DiffRenderer diff) {
    boolean md = diff == DiffRenderer.MARKDOWN;
    StringBuilder out = new StringBuilder();
    out.append(md ? "# Draft check\n\n" : "");
    out.append(
        String.format(
            Locale.ROOT,
            "%d words: %d reused, %d new, %d boilerplate (salutations, openers, closings);"
                + " %.0f%% of the words of substance are found in earlier letters.%n",
            check.words(),
            check.reusedWords(),
            check.newWords(),
            check.boilerplateWords(),
            check.reusedShare() * 100));
    for (DraftCheck.Paragraph p : check.paragraphs()) {
      out.append('\n')
          .append(md ? "## " : "")
          .append(heading(p))
          .append(md ? "\n\n" : "\n")
          .append(md ? "> " : "  ")
          .append(diff.text(p.text()))
          .append('\n');
      for (DraftCheck.Match m : p.matches()) {
        var hit = m.passage();
        out.append(md ? "\n- " : "  - ")
            .append(
                String.format(
                    Locale.ROOT,
                    "%s · %s · %s, paragraph %d: %.0f%% alike, %d words shared",
                    hit.date() == null ? "undated" : hit.date(),
                    diff.text(hit.addressee() == null ? "no addressee" : hit.addressee()),
                    hit.letter(),
                    hit.paragraph() + 1,
                    m.similarity() * 100,
                    m.sharedWords()));
        if (hit.family() != null) {
          out.append("; this wording is in ").append(hit.familyLetters()).append(" letters");
        }
        if (hit.signatories() != null && !hit.signatories().isEmpty()) {
          out.append(md ? "; signed by " : "\n      signed by ")
              .append(diff.text(hit.signatories()));
        }
        out.append(md ? "\n\n  " : "\n      ").append(diff.render(m.diff())).append('\n');
      }
    }
    out.append('\n')
        .append(md ? "## " : "")
        .append("Demands the draft makes")
        .append(md ? "\n\n" : "\n");
    if (check.demands().isEmpty()) {
      out.append(md ? "None.\n" : "  none\n");
    }
    for (DraftCheck.HeldDemand d : check.demands()) {
      out.append(md ? "- " : "  ")
          .append(diff.text(d.label()))
          .append(" (")
          .append(d.strength())
          .append("): ")
          .append(diff.text(d.wording()))
          .append('\n');
    }
    out.append('\n')
        .append(md ? "## " : "")
        .append("Asked for before, not in the draft")
        .append(md ? "\n\n" : "\n");
    if (check.addressee() == null && check.venue() == null) {
      out.append(
          md
              ? "The draft names no addressee or venue: give --addressee or --venue.\n"
              : "  the draft names no addressee or venue: give --addressee or --venue\n");
    } else if (check.missing().isEmpty()) {
      out.append(md ? "Nothing.\n" : "  nothing\n");
    }
    for (DraftCheck.MissingDemand d : check.missing()) {
      out.append(md ? "### " : "  ")
          .append(diff.text(d.label()))
          .append(" (")
          .append(d.demand())
          .append(')')
          .append(d.mentioned() ? ": mentioned, not asked for" : "")
          .append(md ? "\n\n" : "\n");
      for (PassageIndex.Asked a : d.letters()) {
        out.append(md ? "- " : "    ")
            .append(a.date() == null ? "undated" : a.date())
            .append(" · ")
            .append(a.letter())
            .append(": ")
            .append(diff.text(a.wording()))
            .append('\n');
      }
    }
    return out.toString();
  }
}
