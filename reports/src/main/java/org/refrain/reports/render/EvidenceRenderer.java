package org.refrain.reports.render;

import java.util.List;
import org.refrain.analysis.demand.DemandHit;
import org.refrain.analysis.demand.DemandTag;
import org.refrain.analysis.demand.Evidence;
import org.refrain.corpus.Letter;
import org.refrain.reports.table.Cells;

/**
 * Demand tags with their evidence as plain text: letter by letter, each demand with its strength,
 * then each sentence with its strength, what made it an ask, its offsets, the words that matched
 * and the sentence on one line.
 */
public final class EvidenceRenderer {

  private EvidenceRenderer() {}

  /** {@code tags} as text, in the order given (letters grouped as they come). */
  public static String plain(List<DemandTag> tags) {
    return TerminalText.visible(plainRaw(tags));
  }

  private static String plainRaw(List<DemandTag> tags) {
    StringBuilder out = new StringBuilder();
    Letter current = null;
    for (DemandTag tag : tags) {
      Letter letter = tag.letter();
      if (current == null || !current.id().equals(letter.id())) {
        out.append(current == null ? "" : "\n").append(letter.id());
        if (letter.date() != null) {
          out.append(" (").append(letter.date().iso()).append(')');
        }
        out.append('\n');
        current = letter;
      }
      out.append("  ")
          .append(tag.demand().id())
          .append(": ")
          .append(tag.strength().label())
          .append('\n');
      for (Evidence e : tag.evidence()) {
        out.append("    ").append(e.strength().label());
        if (e.cue() != null) {
          out.append(" (").append(Cells.oneLine(e.cue().toString())).append(')');
        }
        out.append(", ").append(e.span().start()).append('-').append(e.span().end());
        out.append(", matched ").append(matches(letter.text(), e.hits())).append('\n');
        out.append("      ").append(Cells.oneLine(e.text())).append('\n');
      }
    }
    return out.toString();
  }

  private static String matches(String text, List<DemandHit> hits) {
    StringBuilder out = new StringBuilder();
    for (DemandHit hit : hits) {
      out.append(out.length() == 0 ? "" : ", ")
          .append('"')
          .append(Cells.oneLine(hit.span().in(text)))
          .append("\" [")
          .append(hit.pattern())
          .append(']');
    }
    return out.toString();
  }
}
